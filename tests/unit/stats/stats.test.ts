import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeStats, createStatsAccumulator, type MasteryItem, type Stats } from '../../../main/stats';
import type { QuizItemRecord } from '../../../main/store';
import { simulateWeek, type Week } from './week';

/*
 * The week (America/New_York, study days start at 4:00), as the scheduler plays it with fuzz off:
 *
 *   Mon 5   9:00  a b c g Good, d Again (all new)       9:01 d Good (learning)
 *           9:10  a b c g Good (learning -> review, due Wed)   9:11 d Good (-> review, due Tue)
 *   Tue 6   2:30  e new Good, 2:40 e Good (-> review, due Thu): before 4:00, so Monday's study day
 *           9:11  d Easy (review)
 *   Wed 7   9:00  f new Good, 9:10 f Good (-> review); a Good, b Again (-> relearning), c Hard (review)
 *           9:20  b Good (relearning -> review)          g is never reached again: due Wed, overdue
 *   Thu 8   e Good, b Good (review)     Fri 9   f Good     Sat 10  d Good     Sun 11  b Good
 *   Sunday evening: f is suspended; the stats are taken at Sun 11 20:00.
 *
 * Each answer takes 6 seconds.
 */
let week: Week;
let stats: Stats;
const originalTz = process.env.TZ;

beforeAll(() => {
  process.env.TZ = 'America/New_York';
  week = simulateWeek();
  stats = computeStats({ ...week, dayStartHour: 4, desiredRetention: 0.9 });
});
afterAll(() => {
  process.env.TZ = originalTz;
});

// The stored records fit the stats' inputs as they are (ReviewEntry and StoredCard are used below).
export const itemsFit = (item: QuizItemRecord): MasteryItem => item;

const lastWeekOf = <T>(values: T[]) => values.slice(-7);

describe('stats after a simulated week', () => {
  it('counts reviews per study day in the heatmap, a 2:30 answer on the day before', () => {
    expect(stats.today).toBe('2026-01-11');
    expect(stats.heatmap.days).toHaveLength(365);
    expect(lastWeekOf(stats.heatmap.days)).toEqual([
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-01-10',
      '2026-01-11',
    ]);
    // Mon: 5 first answers + d's second + 5 graduating answers = 11, and e's two answers at 2:30/2:40 Tue = 13.
    // Tue: d. Wed: f twice, a, b, c, b again = 6. Thu: e, b. Fri: f. Sat: d. Sun: b.
    expect(lastWeekOf(stats.heatmap.counts)).toEqual([13, 1, 6, 2, 1, 1, 1]);
    expect(stats.heatmap).toMatchObject({ total: 25, max: 13, activeDays: 7 });
    expect(stats.totals).toEqual({ reviews: 25, studyDays: 7, firstDay: '2026-01-05' });
  });

  it('splits the answer buttons between learning and review', () => {
    // Learning (card new, learning or relearning before the answer): 7 new answers (d's Again, 6 Good),
    // 8 learning-step answers (all Good), b's relearning Good: 1 Again, 15 Good.
    // Review: Tue d Easy; Wed a Good, b Again, c Hard; Thu e, b Good; Fri f, Sat d, Sun b Good.
    const expected = {
      learning: { again: 1, hard: 0, good: 15, easy: 0, total: 16 },
      review: { again: 1, hard: 1, good: 6, easy: 1, total: 9 },
    };
    expect(stats.buttonCounts.allTime).toEqual(expected);
    expect(stats.buttonCounts.last30Days).toEqual(expected);
  });

  it('measures true retention on review-state answers, beside the desired retention', () => {
    const { retention } = stats;
    expect(retention.desired).toBe(0.9);
    // 9 review-state answers, one of them Again (b on Wednesday): 8 / 9.
    expect(retention.summary.allTime).toEqual({ reviews: 9, passed: 8, rate: 8 / 9 });
    expect(retention.summary.last7Days).toEqual({ reviews: 9, passed: 8, rate: 8 / 9 });
    expect(retention.summary.today).toEqual({ reviews: 1, passed: 1, rate: 1 });
    // Monday had no review-state answer: no rate, not 0%.
    const days = lastWeekOf(retention.byDay).map((d) => [d.label, d.reviews, d.passed]);
    expect(days).toEqual([
      ['2026-01-05', 0, 0],
      ['2026-01-06', 1, 1],
      ['2026-01-07', 3, 2],
      ['2026-01-08', 2, 2],
      ['2026-01-09', 1, 1],
      ['2026-01-10', 1, 1],
      ['2026-01-11', 1, 1],
    ]);
    expect(retention.byDay[retention.byDay.length - 7]?.rate).toBeNull();
    expect(retention.byWeek.at(-1)).toMatchObject({
      from: '2026-01-05',
      to: '2026-01-11',
      reviews: 9,
      passed: 8,
    });
    expect(retention.byWeek.at(-2)).toMatchObject({ reviews: 0, rate: null });
    expect(retention.byMonth.at(-1)).toMatchObject({
      label: '2026-01',
      from: '2026-01-01',
      to: '2026-01-11',
    });
    expect(retention.byMonth.map((m) => m.label)[0]).toBe('2025-02');
    // By the state before the answer: new 6/7 (d's Again), learning 8/8, review 8/9, relearning 1/1.
    expect(retention.byState).toEqual({
      new: { reviews: 7, passed: 6, rate: 6 / 7 },
      learning: { reviews: 8, passed: 8, rate: 1 },
      review: { reviews: 9, passed: 8, rate: 8 / 9 },
      relearning: { reviews: 1, passed: 1, rate: 1 },
    });
    // No interval reached 21 days in a week: every review-state answer is young.
    expect(retention.young).toEqual({ reviews: 9, passed: 8, rate: 8 / 9 });
    expect(retention.mature).toEqual({ reviews: 0, passed: 0, rate: null });
  });

  it('forecasts due cards from today, the overdue one counted today and the suspended one left out', () => {
    const { forecast30, forecast90 } = stats;
    expect(forecast30.days[0]).toBe('2026-01-11');
    expect(forecast30.days).toHaveLength(30);
    expect(forecast90.days).toHaveLength(90);
    // g (due Wed, overdue) today; c Thu 15; a and b Sun 18; e Mon 19; d Sat 24. f (Tue 20) is suspended.
    expect(forecast30.due.slice(0, 14)).toEqual([1, 0, 0, 0, 1, 0, 0, 2, 1, 0, 0, 0, 0, 1]);
    expect(forecast30).toMatchObject({ overdue: 1, later: 0, total: 6 });
    expect(forecast90.due.slice(0, 30)).toEqual(forecast30.due);
    expect(forecast90.total).toBe(6);
  });

  it('counts cards by state, the suspended one apart', () => {
    expect(stats.cardCounts).toEqual({
      new: 0,
      learning: 0,
      review: 6,
      relearning: 0,
      suspended: 1,
      young: 6,
      mature: 0,
      total: 7,
    });
  });

  it('adds up the time spent per day and in all', () => {
    // 6 seconds per answer: Monday 13 answers = 1.3 minutes; 25 answers = 2.5 minutes.
    expect(lastWeekOf(stats.timeSpent.minutes)).toEqual([1.3, 0.1, 0.6, 0.2, 0.1, 0.1, 0.1]);
    expect(stats.timeSpent).toMatchObject({
      todayMinutes: 0.1,
      last30DaysMinutes: 2.5,
      totalMinutes: 2.5,
      averageSecondsPerReview: 6,
    });
  });

  it('draws the stability and retrievability distributions of the reviewed cards', () => {
    // g kept its first stability, 2.31 days; a, e, f 10.97, b 7.26, c 7.52, d 13.69: all 7-14 days.
    expect(stats.stabilityHistogram.counts).toEqual([0, 0, 1, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(stats.stabilityHistogram.labels[5]).toBe('7-14d');
    // g was last seen 6.4 days ago with a 2.3-day stability: about 82%; the others are above 90%.
    expect(stats.retrievabilityHistogram.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 6]);
    expect(stats.retrievabilityHistogram.average).toBeCloseTo(0.9432, 4);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(stats))).toEqual(stats);
  });
});

describe('the stats accumulator', () => {
  it('gives the same figures as the one-shot computation, whatever the order of the reviews', () => {
    const accumulator = createStatsAccumulator({ dayStartHour: 4, desiredRetention: 0.9 });
    for (const review of [...week.reviews].reverse()) accumulator.add(review);
    expect(accumulator.reviews).toBe(25);
    expect(accumulator.snapshot(week.cards, week.now)).toEqual(stats);
  });

  it('folds a new review in and takes an undone one back out', () => {
    const accumulator = createStatsAccumulator({ dayStartHour: 4, desiredRetention: 0.9 });
    const [last, ...earlier] = [...week.reviews].reverse();
    for (const review of earlier) accumulator.add(review);
    const before = accumulator.snapshot(week.cards, week.now);
    accumulator.add(last!);
    expect(accumulator.snapshot(week.cards, week.now)).toEqual(stats);
    accumulator.remove(last!);
    expect(accumulator.snapshot(week.cards, week.now)).toEqual(before);
    expect(before.heatmap.counts.at(-1)).toBe(0);
  });

  it('skips an entry it cannot place instead of failing', () => {
    const accumulator = createStatsAccumulator({ dayStartHour: 4, desiredRetention: 0.9 });
    accumulator.add({
      rating: 5,
      state: 2,
      review: week.now.toISOString(),
      scheduled_days: 0,
      durationMs: 0,
    });
    accumulator.add({ rating: 3, state: 2, review: 'not a date', scheduled_days: 0, durationMs: 0 });
    expect(accumulator.reviews).toBe(0);
  });

  it('shows an empty collection as zeros and nulls', () => {
    const empty = computeStats({
      reviews: [],
      cards: {},
      now: week.now,
      dayStartHour: 4,
      desiredRetention: 0.85,
    });
    expect(empty.heatmap.total).toBe(0);
    expect(empty.retention.summary.allTime.rate).toBeNull();
    expect(empty.retrievabilityHistogram.average).toBeNull();
    expect(empty.timeSpent.averageSecondsPerReview).toBeNull();
    expect(empty.totals).toEqual({ reviews: 0, studyDays: 0, firstDay: null });
  });
});
