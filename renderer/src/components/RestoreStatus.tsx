import type { RestoreState } from '../hooks/useBackups';

/** The outcome of the latest restore, in the Backups dialog. */
export function RestoreStatus({ state }: { state: RestoreState }) {
  if (state.status === 'done') {
    return (
      <p className="restore-status is-done" role="status" data-testid="restore-status" data-status="done">
        The backup was restored. Your data as it was just before is kept as a backup (“Before a restore”).
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <p className="restore-status is-failed" role="alert" data-testid="restore-status" data-status="failed">
        {state.message}
      </p>
    );
  }
  return null;
}
