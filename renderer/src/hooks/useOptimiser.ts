import { useCallback, useEffect, useState } from 'react';
import type { JobView } from '../../../main/api/contract';
import { call, errorMessage } from '../api/client';

const POLL_MS = 200;

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
  const [job, setJob] = useState<JobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applyState, setApplyState] = useState<ApplyState>({ status: 'idle' });

  const start = useCallback(async () => {
    setError(null);
    setApplyState({ status: 'idle' });
    try {
      setJob(await call('optimizeParameters'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);

  const running = job?.status === 'running' ? job.id : null;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      call('getJob', { jobId: running }).then(setJob, (failure: unknown) => {
        setError(errorMessage(failure));
        setJob(null);
      });
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [running]);

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
