import { useId, type ReactNode } from 'react';

interface Props {
  testId: string;
  title: string;
  /** What the chart shows, in words: read by screen readers (and by the end-to-end tests). */
  summary: string;
  /** When set, the chart has nothing to draw: this friendly message stands in for it. */
  empty?: string | null;
  /** A toggle (range, period) shown beside the heading. */
  controls?: ReactNode;
  wide?: boolean;
  children?: ReactNode;
}

/** A chart's frame: heading, toggle, text summary, then the chart (or a message when there is no data). */
export function ChartCard({ testId, title, summary, empty, controls, wide, children }: Props) {
  const headingId = useId();
  return (
    <section
      className={wide ? 'chart-card is-wide' : 'chart-card'}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <header className="chart-card-header">
        <h2 id={headingId}>{title}</h2>
        {controls}
      </header>
      <p className="chart-summary" data-testid="chart-summary">
        {summary}
      </p>
      {empty ? (
        <p className="chart-empty" data-testid="chart-empty">
          {empty}
        </p>
      ) : (
        children
      )}
    </section>
  );
}
