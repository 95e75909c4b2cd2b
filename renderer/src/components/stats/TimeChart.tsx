import { useMemo } from 'react';
import type { TimeSpent } from '../../../../main/stats/types';
import { barAxes, baseOption, COLORS, type ChartOption } from '../../lib/echarts';
import { dayLabel, minutes } from '../../lib/stats-format';
import { ChartCard } from './ChartCard';
import { EChart } from './EChart';

const DAYS_SHOWN = 30;

function summaryOf(time: TimeSpent): string {
  const average =
    time.averageSecondsPerReview === null
      ? ''
      : ` About ${Math.round(time.averageSecondsPerReview)} s per answer.`;
  return (
    `Today ${minutes(time.todayMinutes)}, last 30 days ${minutes(time.last30DaysMinutes)}, ` +
    `${minutes(time.totalMinutes)} in all.${average}`
  );
}

function optionOf(time: TimeSpent): ChartOption {
  const days = time.days.slice(-DAYS_SHOWN);
  const values = time.minutes.slice(-DAYS_SHOWN).map((value) => Math.round(value * 10) / 10);
  return {
    ...baseOption(),
    ...barAxes(
      days.map((day) => dayLabel(day)),
      'min',
    ),
    series: [{ type: 'bar', name: 'Minutes', data: values, itemStyle: { color: COLORS.accent } }],
  };
}

/** Minutes spent answering per day (the last 30 days) and in total. */
export function TimeChart({ time }: { time: TimeSpent }) {
  const option = useMemo(() => optionOf(time), [time]);
  return (
    <ChartCard
      testId="chart-time"
      title="Time spent"
      summary={summaryOf(time)}
      empty={time.totalMinutes === 0 ? 'No time recorded yet: it adds up as you answer cards.' : null}
    >
      <EChart option={option} />
    </ChartCard>
  );
}
