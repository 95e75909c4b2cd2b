/**
 * After new parameters are applied: each card's memory state and due date recomputed from its own review
 * history under them, with ts-fsrs's `FSRS.reschedule` (a replay of the history). The replayed card is
 * taken as it stood after its last real review; ts-fsrs's extra "manual" record at `now` is not used,
 * because it would stamp `now` as the last review and make every card look freshly reviewed.
 */
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade, type StepUnit } from 'ts-fsrs';
import type { StoredCard } from '../store';
import { historyStart, packReviews, reviewsByCard, type OptimizerReview } from './training-set';

export interface RescheduleSettings {
  desiredRetention: number;
  maximumInterval: number;
  enableFuzz?: boolean;
  learningSteps?: readonly string[];
  relearningSteps?: readonly string[];
}

export interface RescheduleResult {
  /** Every card given, rescheduled where its history allows (new objects; the input is not changed). */
  cards: Record<string, StoredCard>;
  /** Item IDs whose due date or memory state changed. */
  changed: string[];
  /** Item IDs left as they were: no history since they were new, or the log and the card disagree. */
  skipped: string[];
}

function replayed(card: StoredCard, next: Card): StoredCard {
  return {
    ...card,
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    elapsed_days: next.elapsed_days,
    scheduled_days: next.scheduled_days,
    learning_steps: next.learning_steps,
    state: next.state as StoredCard['state'],
  };
}

/**
 * Reschedules `cards` (keyed by item ID) under `parameters`, from the effective review log. Pure: `now` is
 * passed to ts-fsrs, nothing is read from the clock. Reps, lapses and the app's flags are kept.
 */
export function rescheduleCards(
  cards: Readonly<Record<string, StoredCard>>,
  reviews: Iterable<OptimizerReview>,
  parameters: readonly number[],
  now: Date,
  settings: RescheduleSettings,
): RescheduleResult {
  const engine = fsrs(
    generatorParameters({
      w: [...parameters],
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumInterval,
      enable_fuzz: settings.enableFuzz ?? false,
      ...(settings.learningSteps ? { learning_steps: settings.learningSteps as StepUnit[] } : {}),
      ...(settings.relearningSteps ? { relearning_steps: settings.relearningSteps as StepUnit[] } : {}),
    }),
  );
  const packed = packReviews(reviews);
  const groups = reviewsByCard(packed);
  const result: RescheduleResult = { cards: {}, changed: [], skipped: [] };
  const byItem = new Map(packed.itemIds.map((id, index) => [id, groups[index] as Uint32Array]));
  for (const [itemId, card] of Object.entries(cards)) {
    result.cards[itemId] = { ...card };
    const group = byItem.get(itemId);
    const start = group ? historyStart(group, packed.state) : -1;
    const last = group?.[group.length - 1];
    const lastTime = last === undefined ? Number.NaN : packed.time[last];
    if (!group || start < 0 || !card.last_review || Date.parse(card.last_review) !== lastTime) {
      if (group) result.skipped.push(itemId);
      continue;
    }
    const history = Array.from(group.subarray(start), (at) => ({
      rating: packed.rating[at] as Grade,
      review: new Date(packed.time[at]!),
    }));
    const first = createEmptyCard(history[0]!.review);
    const { collections } = engine.reschedule(first, history, {
      update_memory_state: true,
      now,
      first_card: first,
    });
    const next = collections[collections.length - 1]?.card;
    if (!next) continue;
    const updated = replayed(card, next);
    result.cards[itemId] = updated;
    if (
      updated.due !== card.due ||
      updated.stability !== card.stability ||
      updated.difficulty !== card.difficulty
    )
      result.changed.push(itemId);
  }
  return result;
}
