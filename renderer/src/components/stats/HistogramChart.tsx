import { useMemo } from 'react';
import type { Histogram } from '../../../../main/stats/types';
import { barAxes, baseOption, type ChartOption } from '../../lib/echarts';
import { peak, plural } from '../../lib/stats-format';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';

interface Props {
  testId: string;
  title: string;
  histogram: Histogram;
  /** What one bin measures, e.g. "stability" or "chance of recall". */
  measure: string;
  color: string;
  /** A sentence added to the summary (e.g. the average). */
  extra?: string;
}

function summaryOf({ histogram, measure, extra }: Props): string {
  const top = peak(histogram.counts);
  const head = `${plural(histogram.total, 'studied card')} by ${measure}.`;
  const most = top ? ` Most often ${histogram.labels[top.index]}: ${plural(top.value, 'card')}.` : '';
  return `${head}${most}${extra ? ` ${extra}` : ''}`;
}

function optionOf(histogram: Histogram, color: string): ChartOption {
  return {
    ...baseOption(),
    ...barAxes(histogram.labels),
    series: [
      { type: 'bar', name: 'Cards', data: histogram.counts, itemStyle: { color }, barCategoryGap: '15%' },
    ],
  };
}

/** A distribution over the studied cards: stability in days, or retrievability now. */
export function HistogramChart(props: Props) {
  const { testId, title, histogram, color } = props;
  const option = useMemo(() => optionOf(histogram, color), [histogram, color]);
  return (
    <ChartCard
      testId={testId}
      title={title}
      summary={summaryOf(props)}
      empty={histogram.total === 0 ? 'No studied cards yet: this fills in as you answer cards.' : null}
    >
      <EChart option={option} />
    </ChartCard>
  );
}
