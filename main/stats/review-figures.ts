/**
 * The figures that come from the review log, read from the per-day counters: the heatmap, true retention,
 * answer buttons and time spent. Cost: a few hundred days, whatever the number of reviews.
 */
import { COL, COLUMNS, type DayTable } from './day-table';
import { daysFromCivil, monthKey, type StudyDays } from './time';
import {
  STATE_NAMES,
  type ButtonCounts,
  type ButtonRow,
  type Heatmap,
  type RetentionCell,
  type RetentionPoint,
  type RetentionStats,
  type TimeSpent,
} from './types';

const HEATMAP_DAYS = 365;

export interface ReviewFigures {
  heatmap: Heatmap;
  retention: RetentionStats;
  buttonCounts: { allTime: ButtonCounts; last30Days: ButtonCounts };
  timeSpent: TimeSpent;
}

function cell(reviews: number, passed: number): RetentionCell {
  return { reviews, passed, rate: reviews > 0 ? passed / reviews : null };
}

function buttonRow(values: (offset: number) => number, first: number): ButtonRow {
  const [again, hard, good, easy] = [0, 1, 2, 3].map((i) => values(first + i)) as [
    number,
    number,
    number,
    number,
  ];
  return { again, hard, good, easy, total: again + hard + good + easy };
}

function buttons(values: (column: number) => number): ButtonCounts {
  return { learning: buttonRow(values, COL.learningButtons), review: buttonRow(values, COL.reviewButtons) };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function reviewFigures(
  table: DayTable,
  today: number,
  studyDays: StudyDays,
  desired: number,
): ReviewFigures {
  const month = studyDays.monthOf(today);
  const firstMonth = month - 11;
  const firstMonthDay = daysFromCivil(Math.floor(firstMonth / 12), (firstMonth % 12) + 1, 1);
  const start = Math.min(today - HEATMAP_DAYS + 1, firstMonthDay);
  const window = table.window(start, today - start + 1);
  const at = (day: number, column: number) => window[(day - start) * COLUMNS + column] ?? 0;
  const sum = (from: number, to: number, column: number) => {
    let total = 0;
    for (let day = Math.max(from, start); day <= to; day++) total += at(day, column);
    return total;
  };
  const trueRetention = (from: number, to: number): RetentionCell =>
    cell(sum(from, to, COL.byState + 2), sum(from, to, COL.passedByState + 2));
  const point = (label: string, from: number, to: number): RetentionPoint => ({
    label,
    from: studyDays.keyOf(from),
    to: studyDays.keyOf(to),
    ...trueRetention(from, to),
  });
  const totals = (column: number) => table.totals[column] ?? 0;

  const heatDays: number[] = Array.from({ length: HEATMAP_DAYS }, (_, i) => today - HEATMAP_DAYS + 1 + i);
  const counts = heatDays.map((day) => at(day, COL.count));
  const keys = heatDays.map((day) => studyDays.keyOf(day));
  const minutes = heatDays.map((day) => round2(at(day, COL.durationMs) / 60_000));

  const byMonth: RetentionPoint[] = [];
  for (let m = firstMonth; m <= month; m++) {
    const from = daysFromCivil(Math.floor(m / 12), (m % 12) + 1, 1);
    const next = daysFromCivil(Math.floor((m + 1) / 12), ((m + 1) % 12) + 1, 1);
    byMonth.push(point(monthKey(m), from, Math.min(next - 1, today)));
  }

  const retention: RetentionStats = {
    desired,
    byDay: Array.from({ length: 30 }, (_, i) => today - 29 + i).map((day) =>
      point(studyDays.keyOf(day), day, day),
    ),
    byWeek: Array.from({ length: 12 }, (_, i) => today - 7 * (11 - i)).map((to) =>
      point(studyDays.keyOf(to - 6), to - 6, to),
    ),
    byMonth,
    byState: Object.fromEntries(
      STATE_NAMES.map((name, state) => [
        name,
        cell(totals(COL.byState + state), totals(COL.passedByState + state)),
      ]),
    ) as RetentionStats['byState'],
    young: cell(totals(COL.young), totals(COL.youngPassed)),
    mature: cell(totals(COL.mature), totals(COL.maturePassed)),
    summary: {
      today: trueRetention(today, today),
      last7Days: trueRetention(today - 6, today),
      last30Days: trueRetention(today - 29, today),
      last365Days: trueRetention(today - 364, today),
      allTime: cell(totals(COL.byState + 2), totals(COL.passedByState + 2)),
    },
  };

  const reviews = totals(COL.count);
  return {
    heatmap: {
      days: keys,
      counts,
      max: Math.max(0, ...counts),
      total: counts.reduce((a, b) => a + b, 0),
      activeDays: counts.filter((count) => count > 0).length,
    },
    retention,
    buttonCounts: {
      allTime: buttons(totals),
      last30Days: buttons((column) => sum(today - 29, today, column)),
    },
    timeSpent: {
      days: keys,
      minutes,
      todayMinutes: round2(at(today, COL.durationMs) / 60_000),
      last30DaysMinutes: round2(sum(today - 29, today, COL.durationMs) / 60_000),
      totalMinutes: round2(totals(COL.durationMs) / 60_000),
      averageSecondsPerReview: reviews > 0 ? round2(totals(COL.durationMs) / reviews / 1000) : null,
    },
  };
}
