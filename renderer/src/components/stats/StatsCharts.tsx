import type { Stats } from '../../../../main/stats/types';
import type { ArticleInfo } from '../../hooks/useStats';
import { COLORS } from '../../lib/echarts';
import { percent, plural } from '../../lib/stats-format';
import { ButtonsChart } from './ButtonsChart';
import { CardCountsChart } from './CardCountsChart';
import { ForecastChart } from './ForecastChart';
import { HeatmapChart } from './HeatmapChart';
import { HistogramChart } from './HistogramChart';
import { MasteryTable } from './MasteryTable';
import { OptimiserPanel } from './OptimiserPanel';
import { RetentionChart } from './RetentionChart';
import { TimeChart } from './TimeChart';

interface Props {
  stats: Stats;
  articles: ReadonlyMap<string, ArticleInfo>;
  onApplied: () => void;
}

function totalsText({ totals }: Stats): string {
  if (totals.reviews === 0) return '';
  return `${plural(totals.reviews, 'review')} on ${plural(totals.studyDays, 'study day')} since you began.`;
}

/** The charts in reading order: activity, what is coming, how well it sticks, the cards, the argument. */
export function StatsCharts({ stats, articles, onApplied }: Props) {
  const { retrievabilityHistogram: recall } = stats;
  return (
    <>
      {stats.totals.reviews === 0 ? (
        <p className="stats-intro" data-testid="stats-empty">
          No reviews yet. Answer a few cards on the Study screen and your statistics will appear here.
        </p>
      ) : (
        <p className="stats-intro" data-testid="stats-totals">
          {totalsText(stats)}
        </p>
      )}
      <div className="stats-grid">
        <HeatmapChart heatmap={stats.heatmap} />
        <ForecastChart forecast30={stats.forecast30} forecast90={stats.forecast90} />
        <RetentionChart retention={stats.retention} />
        <CardCountsChart counts={stats.cardCounts} />
        <ButtonsChart allTime={stats.buttonCounts.allTime} last30Days={stats.buttonCounts.last30Days} />
        <HistogramChart
          testId="chart-stability"
          title="Stability"
          measure="stability (days for recall to fall to 90%)"
          histogram={stats.stabilityHistogram}
          color={COLORS.good}
        />
        <HistogramChart
          testId="chart-retrievability"
          title="Chance of recall now"
          measure="retrievability"
          histogram={recall}
          color={COLORS.accent}
          extra={recall.average === null ? undefined : `Average: ${percent(recall.average)}.`}
        />
        <TimeChart time={stats.timeSpent} />
        <MasteryTable mastery={stats.mastery} articles={articles} />
        <OptimiserPanel onApplied={onApplied} />
      </div>
    </>
  );
}
