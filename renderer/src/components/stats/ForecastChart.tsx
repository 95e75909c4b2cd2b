import { useMemo, useState } from 'react';
import type { Forecast } from '../../../../main/stats/types';
import { barAxes, baseOption, COLORS, type ChartOption } from '../../lib/echarts';
import { dayLabel, plural } from '../../lib/stats-format';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';
import { Toggle } from './Toggle';

type Range = '30' | '90';
const RANGES = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
] as const;

function summaryOf(forecast: Forecast, days: number): string {
  const today = forecast.due[0] ?? 0;
  const overdue = forecast.overdue ? `, ${forecast.overdue} of them overdue` : '';
  const later = forecast.later ? ` ${plural(forecast.later, 'card')} fall due later.` : '';
  return `${plural(forecast.total, 'card')} due in the next ${days} days: ${today} today${overdue}.${later}`;
}

function optionOf(forecast: Forecast): ChartOption {
  return {
    ...baseOption(),
    ...barAxes(forecast.days.map((day) => dayLabel(day))),
    series: [{ type: 'bar', name: 'Due', data: forecast.due, itemStyle: { color: COLORS.accent } }],
  };
}

/** How many cards fall due on each of the coming days. */
export function ForecastChart({ forecast30, forecast90 }: { forecast30: Forecast; forecast90: Forecast }) {
  const [range, setRange] = useState<Range>('30');
  const forecast = range === '30' ? forecast30 : forecast90;
  const option = useMemo(() => optionOf(forecast), [forecast]);
  const nothing = forecast.total === 0 && forecast.later === 0;
  return (
    <ChartCard
      testId="chart-forecast"
      title="Coming due"
      summary={summaryOf(forecast, Number(range))}
      empty={nothing ? 'Nothing is scheduled yet: cards appear here once you have studied them.' : null}
      controls={
        <Toggle
          label="Forecast range"
          value={range}
          options={RANGES}
          onChange={setRange}
          testId="forecast-range"
        />
      }
    >
      <EChart option={option} />
    </ChartCard>
  );
}
