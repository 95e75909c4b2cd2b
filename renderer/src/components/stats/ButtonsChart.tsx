import { useMemo, useState } from 'react';
import type { ButtonCounts, ButtonRow } from '../../../../main/stats/types';
import { barAxes, baseOption, COLORS, type ChartOption } from '../../lib/echarts';
import { plural } from '../../lib/stats-format';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { Toggle } from './Toggle';

type Span = 'allTime' | 'last30Days';
const SPANS = [
  { value: 'allTime', label: 'All time' },
  { value: 'last30Days', label: '30 days' },
] as const;
const BUTTONS = ['again', 'hard', 'good', 'easy'] as const;
const LABELS = ['Again', 'Hard', 'Good', 'Easy'];

function rowText(name: string, row: ButtonRow): string {
  if (row.total === 0) return `${name}: none`;
  return `${name}: ${plural(row.total, 'answer')} (Again ${row.again}, Hard ${row.hard}, Good ${row.good}, Easy ${row.easy})`;
}

function summaryOf(counts: ButtonCounts, span: Span): string {
  const when = span === 'allTime' ? 'All time' : 'Last 30 days';
  return `${when}. ${rowText('Learning', counts.learning)}. ${rowText('Review', counts.review)}.`;
}

function optionOf(counts: ButtonCounts): ChartOption {
  const series = (name: string, row: ButtonRow, color: string) =>
    ({ type: 'bar', name, data: BUTTONS.map((button) => row[button]), itemStyle: { color } }) as const;
  const axes = barAxes(LABELS);
  return {
    ...baseOption(),
    ...axes,
    grid: { left: 44, right: 16, top: 32, bottom: 28 },
    legend: { top: 0, right: 0, textStyle: { color: COLORS.muted } },
    series: [
      series('Learning', counts.learning, COLORS.warn),
      series('Review', counts.review, COLORS.accent),
    ],
  };
}

/** How often each answer button was pressed, for learning cards and for cards in review. */
export function ButtonsChart({ allTime, last30Days }: { allTime: ButtonCounts; last30Days: ButtonCounts }) {
  const [span, setSpan] = useState<Span>('allTime');
  const counts = span === 'allTime' ? allTime : last30Days;
  const option = useMemo(() => optionOf(counts), [counts]);
  const none = counts.learning.total + counts.review.total === 0;
  return (
    <ChartCard
      testId="chart-buttons"
      title="Answer buttons"
      summary={summaryOf(counts, span)}
      empty={none ? 'No answers yet in this period.' : null}
      controls={
        <Toggle label="Answer period" value={span} options={SPANS} onChange={setSpan} testId="buttons-span" />
      }
    >
      <EChart option={option} />
    </ChartCard>
  );
}
