import { useState } from 'react';
import type { OptimizeResult } from '../../../../main/stats/optimizer';
import type { ApplyState } from '../../hooks/useOptimiser';

interface Props {
  result: OptimizeResult;
  applyState: ApplyState;
  onApply: (parameters: number[], reschedule: boolean) => void;
}

const fixed = (value: number) => value.toFixed(4);

function appliedText(state: Extract<ApplyState, { status: 'applied' }>): string {
  if (!state.reschedule) return 'Applied: your next answers are scheduled with your own parameters.';
  const cards = state.rescheduled === 1 ? '1 card was' : `${state.rescheduled} cards were`;
  return `Applied: ${cards} rescheduled under your own parameters.`;
}

/** The optimiser's finding: not enough history yet, or the fit before and after, with Apply. */
export function OptimiserResult({ result, applyState, onApply }: Props) {
  const [reschedule, setReschedule] = useState(false);
  if (result.status === 'not-enough-history') {
    return (
      <div className="optimiser-result is-waiting" data-testid="optimiser-result" data-status={result.status}>
        <p>{result.message}</p>
      </div>
    );
  }
  return (
    <div className="optimiser-result" data-testid="optimiser-result" data-status={result.status}>
      <p>{result.message}</p>
      <table className="stats-table">
        <caption>How well each set of parameters predicts your answers (lower is better)</caption>
        <thead>
          <tr>
            <th scope="col">Parameters</th>
            <th scope="col">Log loss</th>
            <th scope="col">RMSE</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Default</th>
            <td data-testid="logloss-before">{fixed(result.before.logLoss)}</td>
            <td data-testid="rmse-before">{fixed(result.before.rmse)}</td>
          </tr>
          <tr>
            <th scope="row">Yours</th>
            <td data-testid="logloss-after">{fixed(result.after.logLoss)}</td>
            <td data-testid="rmse-after">{fixed(result.after.rmse)}</td>
          </tr>
        </tbody>
      </table>
      <div className="optimiser-apply">
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="reschedule-cards"
            checked={reschedule}
            onChange={(event) => setReschedule(event.target.checked)}
          />
          Also reschedule my existing cards
        </label>
        <button
          type="button"
          className="button primary"
          data-testid="apply-parameters"
          disabled={applyState.status === 'applying' || applyState.status === 'applied'}
          onClick={() => onApply(result.parameters, reschedule)}
        >
          {applyState.status === 'applying' ? 'Applying…' : 'Apply'}
        </button>
      </div>
      <p role="status" data-testid="apply-status" className={`apply-status is-${applyState.status}`}>
        {applyState.status === 'applied' && appliedText(applyState)}
        {applyState.status === 'failed' && applyState.message}
      </p>
    </div>
  );
}
