import { fsrs, type Card } from 'ts-fsrs';
import type { StoredCard } from '../store/schema';

// ts-fsrs's default parameters: the app does not store fitted weights yet, so this is what it schedules with.
const engine = fsrs();

/**
 * The probability of recalling a card at `now` (0..1) by ts-fsrs's forgetting curve, or undefined for a
 * card never reviewed (it has no memory state yet).
 */
export function retrievabilityAt(card: StoredCard, now: Date): number | undefined {
  if (card.state === 0 || !card.last_review) return undefined;
  const fsrsCard: Card = {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: new Date(card.last_review),
  };
  return engine.get_retrievability(fsrsCard, now, false);
}
