/**
 * The statistics, folded in as reviews arrive. `add` costs a few array increments, `snapshot` a pass over
 * a few hundred days and one over the cards, whatever the size of the review log; so the app folds the log
 * in once at start and each new answer afterwards, and the Stats view reads a snapshot.
 *
 * Use:
 *   const stats = createStatsAccumulator({ dayStartHour, desiredRetention });
 *   for (const review of effectiveReviews(log)) stats.add(review);   // once, at start
 *   stats.add(entry);                                                  // on each answer
 *   stats.remove(undoneEntry);                                         // on an undo
 *   const figures = stats.snapshot(cards, now, { items });             // when the view asks
 *
 * Reviews are bucketed by study day when they are added, with the time zone in force at each review and
 * `dayStartHour`: after a change of the day-start hour, build a new accumulator from the log.
 */
import { cardFigures } from './cards';
import { DayTable } from './day-table';
import { masteryOverview } from './mastery';
import { cardValues, DEFAULT_PARAMETERS, retrievabilityOf } from './retrievability';
import { reviewFigures } from './review-figures';
import { createStudyDays, parseInstant } from './time';
import type { CardsByItem, MasteryItem, Stats, StatsReview } from './types';

export interface StatsOptions {
  /** The local hour at which a study day starts (settings' `dayStartHour`). */
  dayStartHour: number;
  /** Settings' `desiredRetention`, shown beside true retention. */
  desiredRetention: number;
  /** The FSRS parameters in use; ts-fsrs's defaults when absent. */
  parameters?: readonly number[];
}

export interface SnapshotOptions {
  /** Quiz items (at least `id`, `articleId`, `kind`, `sourceSentenceIds`, `argumentNode`): adds `mastery`. */
  items?: readonly MasteryItem[];
  desiredRetention?: number;
  parameters?: readonly number[];
}

export interface StatsAccumulator {
  /** Folds one review in. Entries with a rating outside 1-4, a state outside 0-3 or a bad date are skipped. */
  add(review: StatsReview): void;
  /** Takes one review back out (it was undone). */
  remove(review: StatsReview): void;
  /** Reviews folded in so far. */
  readonly reviews: number;
  /** Every figure of the Stats view at `now`, from the reviews folded in and `cards` (keyed by item ID). */
  snapshot(cards: CardsByItem, now: Date, options?: SnapshotOptions): Stats;
}

export function createStatsAccumulator(options: StatsOptions): StatsAccumulator {
  const studyDays = createStudyDays(options.dayStartHour);
  const table = new DayTable();
  let count = 0;

  const fold = (review: StatsReview, sign: 1 | -1) => {
    const { rating, state } = review;
    if (!(rating >= 1 && rating <= 4 && state >= 0 && state <= 3)) return;
    const ms = parseInstant(review.review);
    if (!Number.isFinite(ms)) return;
    table.apply(studyDays.dayOf(ms), rating, state, review.scheduled_days, review.durationMs || 0, sign);
    count += sign;
  };

  return {
    add: (review) => fold(review, 1),
    remove: (review) => fold(review, -1),
    get reviews() {
      return count;
    },
    snapshot(cards, now, snapshotOptions = {}) {
      const nowMs = now.getTime();
      const today = studyDays.dayOf(nowMs);
      const parameters = snapshotOptions.parameters ?? options.parameters ?? DEFAULT_PARAMETERS;
      const desired = snapshotOptions.desiredRetention ?? options.desiredRetention;
      const active = table.activeDays();
      const stats: Stats = {
        now: now.toISOString(),
        today: studyDays.keyOf(today),
        dayStartHour: options.dayStartHour,
        totals: {
          reviews: count,
          studyDays: active.count,
          firstDay: active.first === null ? null : studyDays.keyOf(active.first),
        },
        ...reviewFigures(table, today, studyDays, desired),
        ...cardFigures(cardValues(cards), nowMs, today, studyDays, retrievabilityOf(parameters)),
      };
      const { items } = snapshotOptions;
      if (items) stats.mastery = masteryOverview(items, cards, now, { parameters });
      return stats;
    },
  };
}
