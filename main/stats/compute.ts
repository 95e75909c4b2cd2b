import { createStatsAccumulator, type StatsOptions } from './accumulator';
import type { CardsByItem, MasteryItem, Stats, StatsReview } from './types';

export interface StatsInput extends StatsOptions {
  /** The effective review log (undone reviews left out), in any order. */
  reviews: Iterable<StatsReview>;
  /** Every card, keyed by item ID. */
  cards: CardsByItem;
  /** Quiz items: adds per-article and per-node mastery. */
  items?: readonly MasteryItem[];
  now: Date;
}

/**
 * Every figure of the Stats view in one serialisable object, computed from the whole log in one pass.
 * The app keeps a `createStatsAccumulator` instead, so that a new answer does not re-read the log.
 */
export function computeStats(input: StatsInput): Stats {
  const { reviews, cards, items, now, ...options } = input;
  const accumulator = createStatsAccumulator(options);
  for (const review of reviews) accumulator.add(review);
  return accumulator.snapshot(cards, now, items ? { items } : {});
}
