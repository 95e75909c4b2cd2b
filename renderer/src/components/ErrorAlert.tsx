import type { ShownError } from '../hooks/useErrorAlert';

/** The latest failed call, until dismissed. */
export function ErrorAlert({ error, onDismiss }: { error: ShownError | null; onDismiss: () => void }) {
  if (!error) return null;
  return (
    <div key={error.id} className="alert" role="alert" data-testid="error-alert" data-code={error.code}>
      <p className="alert-message">{error.message}</p>
      <button type="button" className="button" data-testid="dismiss-error" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
