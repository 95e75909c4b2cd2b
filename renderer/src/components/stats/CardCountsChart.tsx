import { useMemo } from 'react';
import type { CardCounts } from '../../../../main/stats/types';
import { barAxes, baseOption, COLORS, type ChartOption } from '../../lib/echarts';
import { plural } from '../../lib/stats-format';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';

const BARS: { key: keyof CardCounts; label: string; color: string }[] = [
  { key: 'new', label: 'New', color: COLORS.accent },
  { key: 'learning', label: 'Learning', color: COLORS.warn },
  { key: 'young', label: 'Young', color: '#5aa469' },
  { key: 'mature', label: 'Mature', color: COLORS.good },
  { key: 'relearning', label: 'Relearning', color: COLORS.relearn },
  { key: 'suspended', label: 'Suspended', color: COLORS.muted },
];

function summaryOf(counts: CardCounts): string {
  return (
    `${plural(counts.total, 'card')}: ${counts.new} new, ${counts.learning} learning, ` +
    `${counts.review} in review (${counts.young} young, ${counts.mature} mature), ` +
    `${counts.relearning} relearning; ${counts.suspended} suspended.`
  );
}

function optionOf(counts: CardCounts): ChartOption {
  return {
    ...baseOption(),
    ...barAxes(BARS.map((bar) => bar.label)),
    series: [
      {
        type: 'bar',
        name: 'Cards',
        data: BARS.map((bar) => ({ value: counts[bar.key], itemStyle: { color: bar.color } })),
        label: { show: true, position: 'top', color: COLORS.muted },
      },
    ],
  };
}

/** Cards by state: new, learning, review (young and mature), relearning, and suspended ones apart. */
export function CardCountsChart({ counts }: { counts: CardCounts }) {
  const option = useMemo(() => optionOf(counts), [counts]);
  const none = counts.total === 0 && counts.suspended === 0;
  return (
    <ChartCard
      testId="chart-card-counts"
      title="Cards"
      summary={summaryOf(counts)}
      empty={none ? 'No cards yet: add an article to get quiz items.' : null}
    >
      <EChart option={option} />
    </ChartCard>
  );
}
