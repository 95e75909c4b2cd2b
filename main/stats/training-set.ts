/**
 * The review log as FSRS training data: per card, the reviews since it was last new, each with `delta_t`,
 * the study days since the review before (0 for the first, and for another review the same day). As in the
 * binding's own `convertCsvToFsrsItems`: a card's history starts at its last run of new/learning reviews,
 * and every prefix of two or more reviews that contains a review on a later day is one training item.
 */
import { createStudyDays, parseInstant } from './time';

/** What the optimiser reads of one review-log entry (a `ReviewEntry` has it). */
export interface OptimizerReview {
  itemId: string;
  rating: number;
  /** The card's state before the review: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  review: string;
}

/** Reviews packed into typed arrays, cheap to hand to a worker (the buffers are transferable). */
export interface PackedReviews {
  itemIds: string[];
  item: Uint32Array;
  rating: Uint8Array;
  state: Uint8Array;
  time: Float64Array;
}

export interface TrainingReview {
  rating: number;
  deltaT: number;
}

export interface TrainingSet {
  /** Each item: a card's reviews up to one of them, oldest first; items ordered by their last review. */
  items: TrainingReview[][];
  /** Reviews in the usable histories. */
  reviews: number;
  /** Cards with a usable history (two or more reviews since last new). */
  cards: number;
  /** Cards reviewed again on a later study day than their first review: what FSRS initialises from. */
  longTermCards: number;
}

export function packReviews(reviews: Iterable<OptimizerReview>): PackedReviews {
  const list = Array.isArray(reviews) ? (reviews as OptimizerReview[]) : [...reviews];
  const ids = new Map<string, number>();
  const packed: PackedReviews = {
    itemIds: [],
    item: new Uint32Array(list.length),
    rating: new Uint8Array(list.length),
    state: new Uint8Array(list.length),
    time: new Float64Array(list.length),
  };
  list.forEach((review, i) => {
    let index = ids.get(review.itemId);
    if (index === undefined) {
      index = packed.itemIds.push(review.itemId) - 1;
      ids.set(review.itemId, index);
    }
    packed.item[i] = index;
    packed.rating[i] = review.rating;
    packed.state[i] = review.state;
    packed.time[i] = parseInstant(review.review);
  });
  return packed;
}

/** Review indices grouped by card (counting sort), each group in time order. */
export function reviewsByCard(packed: PackedReviews): Uint32Array[] {
  const counts = new Uint32Array(packed.itemIds.length);
  for (const item of packed.item) counts[item]!++;
  const groups = Array.from(counts, (count) => new Uint32Array(count));
  const filled = new Uint32Array(packed.itemIds.length);
  packed.item.forEach((item, i) => {
    (groups[item] as Uint32Array)[filled[item]!++] = i;
  });
  for (const group of groups) group.sort((a, b) => packed.time[a]! - packed.time[b]! || a - b);
  return groups;
}

/** Start of the card's last run of new/learning reviews; -1 when it has none. */
export function historyStart(group: Uint32Array, state: Uint8Array): number {
  let start = -1;
  for (let i = group.length - 1; i >= 0; i--) {
    const learning = state[group[i]!]! <= 1;
    if (learning) start = i;
    else if (start >= 0) break;
  }
  return start;
}

export function buildTrainingSet(packed: PackedReviews, dayStartHour: number): TrainingSet {
  const studyDays = createStudyDays(dayStartHour);
  const timed: { time: number; reviews: TrainingReview[] }[] = [];
  const set: TrainingSet = { items: [], reviews: 0, cards: 0, longTermCards: 0 };
  for (const group of reviewsByCard(packed)) {
    const start = historyStart(group, packed.state);
    if (start < 0 || group.length - start < 2) continue;
    const history: TrainingReview[] = [];
    let previousDay = 0;
    let longTerm = false;
    for (let i = start; i < group.length; i++) {
      const at = group[i]!;
      const day = studyDays.dayOf(packed.time[at]!);
      const deltaT = i === start ? 0 : Math.max(0, day - previousDay);
      previousDay = day;
      history.push({ rating: packed.rating[at]!, deltaT });
      longTerm ||= deltaT > 0;
      if (longTerm) timed.push({ time: packed.time[at]!, reviews: history.slice() });
    }
    set.cards++;
    set.reviews += history.length;
    if (longTerm) set.longTermCards++;
  }
  timed.sort((a, b) => a.time - b.time);
  set.items = timed.map((item) => item.reviews);
  return set;
}
