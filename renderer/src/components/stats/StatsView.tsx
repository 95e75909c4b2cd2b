import { useEffect, useRef } from 'react';
import { useStats } from '../../hooks/useStats';
import { StatsCharts } from './StatsCharts';

/** The Statistics view: every chart of the review history, mastery, and the optimiser. */
export function StatsView() {
  const { state, reload } = useStats();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <main className="view stats-view" data-testid="stats-view" aria-labelledby="stats-heading">
      <header className="view-header">
        <h1 id="stats-heading" ref={heading} tabIndex={-1}>
          Statistics
        </h1>
        <button type="button" className="button" data-testid="reload-stats" onClick={reload}>
          Refresh
        </button>
      </header>
      {state.status === 'loading' && (
        <p role="status" data-testid="stats-loading">
          Loading your statistics…
        </p>
      )}
      {state.status === 'error' && (
        <div role="alert" className="view-error" data-testid="stats-error">
          <p>The statistics could not be loaded: {state.message}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <StatsCharts stats={state.stats} articles={state.articles} onApplied={reload} />
      )}
    </main>
  );
}

export default StatsView;
