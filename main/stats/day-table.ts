/**
 * Per-study-day counters of the review log in one growing Float64Array: a row per study day with reviews,
 * found through a map (with a fast path for the common case of consecutive reviews on the same day), plus
 * a row of all-time totals. Every counter is a sum, so a review can be taken back (undo) by subtracting it.
 */

/** Column of each counter in a row. Buttons: 1 + (rating - 1) for learning, 5 + (rating - 1) for review. */
export const COL = {
  count: 0,
  learningButtons: 1,
  reviewButtons: 5,
  /** Reviews by the card's state before the review: 9 + state. */
  byState: 9,
  /** Recalled (rating > 1) reviews by state before: 13 + state. */
  passedByState: 13,
  young: 17,
  youngPassed: 18,
  mature: 19,
  maturePassed: 20,
  durationMs: 21,
} as const;
export const COLUMNS = 22;

/** Anki's line between young and mature cards: an interval of 21 days. */
export const MATURE_DAYS = 21;

interface ReviewCounts {
  rating: number;
  state: number;
  intervalDays: number;
  durationMs: number;
  sign: 1 | -1;
}

function bump(target: Float64Array, at: number, review: ReviewCounts): void {
  const { rating, state, sign } = review;
  const passed = rating > 1 ? sign : 0;
  target[at + COL.count]! += sign;
  target[at + (state === 2 ? COL.reviewButtons : COL.learningButtons) + rating - 1]! += sign;
  target[at + COL.byState + state]! += sign;
  target[at + COL.passedByState + state]! += passed;
  target[at + COL.durationMs]! += sign * review.durationMs;
  if (state === 2) {
    const mature = review.intervalDays >= MATURE_DAYS;
    target[at + (mature ? COL.mature : COL.young)]! += sign;
    target[at + (mature ? COL.maturePassed : COL.youngPassed)]! += passed;
  }
}

export class DayTable {
  readonly totals = new Float64Array(COLUMNS);
  private readonly rows = new Map<number, number>();
  private data = new Float64Array(COLUMNS * 64);
  private used = 0;
  private lastDay = Number.NaN;
  private lastOffset = 0;

  /** Offset of the day's row in `data`, created on first use. */
  private rowOf(day: number): number {
    if (day === this.lastDay) return this.lastOffset;
    let row = this.rows.get(day);
    if (row === undefined) {
      row = this.used++;
      if (this.used * COLUMNS > this.data.length) {
        const grown = new Float64Array(this.data.length * 2);
        grown.set(this.data);
        this.data = grown;
      }
      this.rows.set(day, row);
    }
    this.lastDay = day;
    this.lastOffset = row * COLUMNS;
    return this.lastOffset;
  }

  /** Adds (sign 1) or takes back (sign -1) one review. */
  apply(day: number, rating: number, state: number, intervalDays: number, durationMs: number, sign: 1 | -1) {
    const review: ReviewCounts = { rating, state, intervalDays, durationMs, sign };
    bump(this.data, this.rowOf(day), review);
    bump(this.totals, 0, review);
  }

  /** Copies the rows of days `first`..`first + length - 1` into one dense array (zeros where no review). */
  window(first: number, length: number): Float64Array {
    const out = new Float64Array(length * COLUMNS);
    for (let i = 0; i < length; i++) {
      const row = this.rows.get(first + i);
      if (row !== undefined) out.set(this.data.subarray(row * COLUMNS, (row + 1) * COLUMNS), i * COLUMNS);
    }
    return out;
  }

  /** Study days that have at least one review, and the first of them. */
  activeDays(): { count: number; first: number | null } {
    let count = 0;
    let first: number | null = null;
    for (const [day, row] of this.rows) {
      if (this.data[row * COLUMNS + COL.count]! <= 0) continue;
      count++;
      if (first === null || day < first) first = day;
    }
    return { count, first };
  }
}
