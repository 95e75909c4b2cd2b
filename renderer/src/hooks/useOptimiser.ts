import { useCallback, useState } from 'react';
import { call, errorMessage } from '../api/client';
import { useJob } from './useJob';

const ignoreDone = () => undefined;

export type ApplyState =
  | { status: 'idle' }
  | { status: 'applying' }
  | { status: 'applied'; rescheduled: number; reschedule: boolean }
  | { status: 'failed'; message: string };

/**
 * "Optimise my parameters": starts the optimiser job, polls it until it ends, then applies the fitted
 * parameters on request (`onApplied` refreshes what depends on them).
 */
export function useOptimiser(onApplied: () => void) {
  const [error, setError] = useState<string | null>(null);
  const reportError = useCallback((failure: unknown) => setError(errorMessage(failure)), []);
  const { job, follow } = useJob(ignoreDone, reportError);
  const [applyState, setApplyState] = useState<ApplyState>({ status: 'idle' });

  const start = useCallback(async () => {
    setError(null);
    setApplyState({ status: 'idle' });
    try {
      follow(await call('optimizeParameters'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, [follow]);

  const apply = useCallback(
    async (parameters: number[], reschedule: boolean) => {
      setApplyState({ status: 'applying' });
      try {
        const { rescheduled } = await call('applyParameters', { parameters, reschedule });
        setApplyState({ status: 'applied', rescheduled, reschedule });
        onApplied();
      } catch (failure) {
        setApplyState({ status: 'failed', message: errorMessage(failure) });
      }
    },
    [onApplied],
  );

  return {
    job,
    error: error ?? (job?.status === 'failed' ? (job.error ?? 'The optimiser failed.') : null),
    start,
    apply,
    applyState,
  };
}
