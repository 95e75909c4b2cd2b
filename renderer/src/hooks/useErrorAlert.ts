import { useCallback, useState } from 'react';
import { ApiError, errorMessage } from '../api/client';

export interface ShownError {
  id: number;
  code?: string;
  message: string;
}

/** The error alert's state: the latest failure of any call, until dismissed. */
export function useErrorAlert() {
  const [error, setError] = useState<ShownError | null>(null);

  const report = useCallback((failure: unknown) => {
    setError((previous) => ({
      id: (previous?.id ?? 0) + 1,
      code: failure instanceof ApiError ? failure.code : undefined,
      message: errorMessage(failure),
    }));
  }, []);

  const dismiss = useCallback(() => setError(null), []);

  return { error, report, dismiss };
}
