import { useMemo, useState } from 'react';
import type { RetentionPoint, RetentionStats } from '../../../../main/stats/types';
import { barAxes, baseOption, COLORS, type ChartOption } from '../../lib/echarts';
import { dayLabel, percent, plural } from '../../lib/stats-format';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { RetentionByState } from './RetentionByState';
import { Toggle } from './Toggle';

type Period = 'day' | 'week' | 'month';
const PERIODS = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
] as const;

function seriesOf(retention: RetentionStats, period: Period): RetentionPoint[] {
  if (period === 'week') return retention.byWeek;
  if (period === 'month') return retention.byMonth;
  return retention.byDay;
}

function summaryOf(retention: RetentionStats): string {
  const { last30Days, allTime } = retention.summary;
  const desired = `Desired retention: ${percent(retention.desired)}.`;
  if (allTime.reviews === 0) return `No reviews of cards in review yet. ${desired}`;
  return (
    `True retention: ${percent(last30Days.rate)} of ${plural(last30Days.reviews, 'review')} in the last 30 days, ` +
    `${percent(allTime.rate)} of ${plural(allTime.reviews, 'review')} in all. ${desired}`
  );
}

function optionOf(points: RetentionPoint[], desired: number, period: Period): ChartOption {
  const label = (point: RetentionPoint) => (period === 'day' ? dayLabel(point.to) : point.label);
  const axes = barAxes(points.map(label), '%');
  return {
    ...baseOption(),
    ...axes,
    yAxis: { ...(axes.yAxis as object), min: 0, max: 100, minInterval: undefined },
    series: [
      {
        type: 'bar',
        name: 'True retention',
        data: points.map((point) => (point.rate === null ? null : Math.round(point.rate * 1000) / 10)),
        itemStyle: { color: COLORS.good },
        markLine: {
          symbol: 'none',
          silent: true,
          data: [{ yAxis: Math.round(desired * 1000) / 10, name: 'Desired' }],
          lineStyle: { color: COLORS.bad, type: 'dashed' },
          label: { formatter: 'desired {c}%', position: 'insideEndTop', color: COLORS.bad },
        },
      },
    ],
  };
}

/** True retention per day, week or month against the desired retention, and the pass rate by card state. */
export function RetentionChart({ retention }: { retention: RetentionStats }) {
  const [period, setPeriod] = useState<Period>('week');
  const points = seriesOf(retention, period);
  const option = useMemo(
    () => optionOf(points, retention.desired, period),
    [points, retention.desired, period],
  );
  const anyReview = Object.values(retention.byState).some((cell) => cell.reviews > 0);
  return (
    <ChartCard
      testId="chart-retention"
      title="Retention"
      summary={summaryOf(retention)}
      empty={anyReview ? null : 'No reviews yet: retention shows how much you recall when cards come back.'}
      controls={
        <Toggle
          label="Retention period"
          value={period}
          options={PERIODS}
          onChange={setPeriod}
          testId="retention-period"
        />
      }
    >
      {retention.summary.allTime.reviews > 0 ? (
        <EChart option={option} />
      ) : (
        <p className="chart-empty">
          True retention counts answers to cards already in review: it starts when studied cards come back on
          a later day.
        </p>
      )}
      <RetentionByState retention={retention} />
    </ChartCard>
  );
}
