import { useMemo } from 'react';
import type { Heatmap } from '../../../../main/stats/types';
import { baseOption, COLORS, type ChartOption } from '../../lib/echarts';
import { dayLabel, peak, plural } from '../../lib/stats-format';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';

function summaryOf(heatmap: Heatmap): string {
  const busiest = peak(heatmap.counts);
  const head = `${plural(heatmap.total, 'review')} on ${plural(heatmap.activeDays, 'day')} in the last 365 days.`;
  if (!busiest) return head;
  const day = heatmap.days[busiest.index] ?? '';
  return `${head} Busiest day: ${dayLabel(day, true)}, ${plural(busiest.value, 'review')}.`;
}

function optionOf(heatmap: Heatmap): ChartOption {
  const first = heatmap.days[0] ?? '';
  const last = heatmap.days[heatmap.days.length - 1] ?? '';
  const data = heatmap.days.flatMap((day, i) =>
    (heatmap.counts[i] ?? 0) > 0 ? [[day, heatmap.counts[i]]] : [],
  );
  return {
    ...baseOption(),
    tooltip: { renderMode: 'richText', confine: true, formatter: '{c0}' },
    visualMap: {
      show: false,
      min: 0,
      max: Math.max(1, heatmap.max),
      inRange: { color: [COLORS.accentSoft, COLORS.accent] },
    },
    calendar: {
      range: [first, last],
      cellSize: ['auto', 13],
      left: 36,
      right: 8,
      top: 22,
      bottom: 4,
      splitLine: { show: false },
      itemStyle: { color: COLORS.empty, borderColor: '#ffffff', borderWidth: 2 },
      yearLabel: { show: false },
      dayLabel: { firstDay: 1, nameMap: 'EN', color: COLORS.muted, fontSize: 10 },
      monthLabel: { nameMap: 'EN', color: COLORS.muted, fontSize: 10 },
    },
    series: [{ type: 'heatmap', coordinateSystem: 'calendar', data }],
  };
}

/** Reviews per study day over the last year, as a calendar. */
export function HeatmapChart({ heatmap }: { heatmap: Heatmap }) {
  const option = useMemo(() => optionOf(heatmap), [heatmap]);
  return (
    <ChartCard
      testId="chart-heatmap"
      title="Reviews per day"
      summary={summaryOf(heatmap)}
      empty={heatmap.total === 0 ? 'No reviews yet: each day you study will fill a square here.' : null}
      wide
    >
      <EChart option={option} size="short" />
    </ChartCard>
  );
}
