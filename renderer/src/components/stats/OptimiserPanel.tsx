import { useOptimiser } from '../../hooks/useOptimiser';
import { OptimiserResult } from './OptimiserResult';

/** "Optimise my parameters": fit FSRS to this learner's own reviews, see the fit, apply it. */
export function OptimiserPanel({ onApplied }: { onApplied: () => void }) {
  const { job, error, start, apply, applyState } = useOptimiser(onApplied);
  const running = job?.status === 'running';
  const result = job?.status === 'done' ? job.optimizer : undefined;
  return (
    <section className="chart-card is-wide optimiser" aria-labelledby="optimiser-heading">
      <header className="chart-card-header">
        <h2 id="optimiser-heading">Your memory model</h2>
      </header>
      <p className="chart-summary">
        FSRS predicts when you will forget with 21 parameters. Fitting them to your own review history makes
        its predictions, and so your intervals, closer to how you remember.
      </p>
      <button
        type="button"
        className="button primary"
        data-testid="optimise"
        onClick={() => void start()}
        disabled={running}
      >
        Optimise my parameters
      </button>
      {running && (
        <div className="optimiser-progress" data-testid="optimiser-progress" role="status">
          <label htmlFor="optimiser-bar">
            {job.stage}… {Math.round(job.progress * 100)}%
          </label>
          <progress id="optimiser-bar" max={1} value={job.progress} />
        </div>
      )}
      {error && (
        <p className="optimiser-error" role="alert" data-testid="optimiser-error">
          {error}
        </p>
      )}
      {result && <OptimiserResult result={result} applyState={applyState} onApply={apply} />}
    </section>
  );
}
