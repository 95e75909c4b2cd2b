/**
 * What the statistics read (a subset of the stored records, so a `ReviewEntry`, `StoredCard` and quiz item
 * fit as they are) and the one serialisable object they produce for the Stats view.
 */

/** What the stats read of one review-log entry. `state` is the card's state before the review. */
export interface StatsReview {
  rating: number;
  state: number;
  review: string;
  /** The interval the card had before this review: 21 days or more makes the review "mature". */
  scheduled_days: number;
  durationMs: number;
}

/** What the stats read of one FSRS card. */
export interface StatsCard {
  due: string;
  stability: number;
  state: number;
  scheduled_days: number;
  last_review?: string;
  suspended: boolean;
  buriedUntil?: string;
}

/** What mastery reads of one quiz item. */
export interface MasteryItem {
  id: string;
  articleId: string;
  kind: string;
  sourceSentenceIds: readonly string[];
  argumentNode?: string;
}

/** Cards keyed by item ID: a Map, or a plain record such as a cards file's `cards`. */
export type CardsByItem = ReadonlyMap<string, StatsCard> | Readonly<Record<string, StatsCard>>;

export const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;
export type StateName = (typeof STATE_NAMES)[number];

/** Reviews and how many of them were recalled (rating above Again); `rate` is null without reviews. */
export interface RetentionCell {
  reviews: number;
  passed: number;
  rate: number | null;
}

/** A period of the retention series: `from` and `to` are study days (YYYY-MM-DD), both included. */
export interface RetentionPoint extends RetentionCell {
  label: string;
  from: string;
  to: string;
}

export interface RetentionStats {
  desired: number;
  /** True retention (reviews of cards in the review state) per study day, the last 30, oldest first. */
  byDay: RetentionPoint[];
  /** Per 7-day period ending today, the last 12, oldest first. */
  byWeek: RetentionPoint[];
  /** Per calendar month of the study day, the last 12 including the current one, oldest first. */
  byMonth: RetentionPoint[];
  /** Pass rate of all reviews by the card's state before the review, all time. */
  byState: Record<StateName, RetentionCell>;
  /** True retention of review-state cards with an interval under 21 days / of 21 days or more, all time. */
  young: RetentionCell;
  mature: RetentionCell;
  /** True retention over today, the last 7, 30 and 365 study days, and all time. */
  summary: Record<'today' | 'last7Days' | 'last30Days' | 'last365Days' | 'allTime', RetentionCell>;
}

export interface Heatmap {
  /** The last 365 study days, oldest first, ending today. */
  days: string[];
  counts: number[];
  max: number;
  total: number;
  activeDays: number;
}

/** Cards coming due per study day from today; `due[0]` includes the overdue ones. */
export interface Forecast {
  days: string[];
  due: number[];
  overdue: number;
  /** Cards due after the last day shown. */
  later: number;
  total: number;
}

/** Non-suspended cards by state; suspended ones apart; review cards split at a 21-day interval. */
export interface CardCounts {
  new: number;
  learning: number;
  review: number;
  relearning: number;
  suspended: number;
  young: number;
  mature: number;
  total: number;
}

export interface Histogram {
  labels: string[];
  /** Lower edge of each bin (days for stability, 0-1 for retrievability). */
  edges: number[];
  counts: number[];
  total: number;
}

export interface ButtonRow {
  again: number;
  hard: number;
  good: number;
  easy: number;
  total: number;
}

/** Answers by button: learning = the card was new, learning or relearning; review = it was in review. */
export interface ButtonCounts {
  learning: ButtonRow;
  review: ButtonRow;
}

export interface TimeSpent {
  /** Same days as the heatmap. */
  days: string[];
  minutes: number[];
  todayMinutes: number;
  last30DaysMinutes: number;
  totalMinutes: number;
  averageSecondsPerReview: number | null;
}

/** Average retrievability of a group of items now. */
export interface MasteryFigures {
  items: number;
  /** Items whose card has been reviewed at least once. */
  reviewed: number;
  /** Mean retrievability of the reviewed items; null when none is. */
  averageRetrievability: number | null;
  /** Sum of retrievability over all items (unreviewed count 0) / items: how much of the group is known. */
  mastery: number;
}

export interface ArticleMastery extends MasteryFigures {
  articleId: string;
}

/** Items of one argument node, or (items with no node) of one kind, in one article. */
export interface MasteryGroup extends MasteryFigures {
  key: string;
  articleId: string;
  by: 'node' | 'kind';
  node?: string;
  /** The node's role (thesis, claim, evidence...) when the argument map was given. */
  role?: string;
  kind?: string;
}

export interface Stats {
  now: string;
  /** Today's study day, YYYY-MM-DD. */
  today: string;
  dayStartHour: number;
  totals: { reviews: number; studyDays: number; firstDay: string | null };
  heatmap: Heatmap;
  forecast30: Forecast;
  forecast90: Forecast;
  retention: RetentionStats;
  cardCounts: CardCounts;
  /** Stability in days of every card reviewed at least once. */
  stabilityHistogram: Histogram;
  /** Retrievability now (ts-fsrs forgetting curve) of every card reviewed at least once. */
  retrievabilityHistogram: Histogram & { average: number | null };
  buttonCounts: { allTime: ButtonCounts; last30Days: ButtonCounts };
  timeSpent: TimeSpent;
  /** Present when items were given. */
  mastery?: { byArticle: ArticleMastery[]; byNode: MasteryGroup[] };
}
