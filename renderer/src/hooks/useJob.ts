import { useCallback, useEffect, useState } from 'react';
import type { JobView } from '../../../main/api/contract';
import { call } from '../api/client';

const POLL_MS = 200;

/**
 * Follows a job the main process runs (generation, import, optimisation) until it ends. If the job cannot
 * be read any more, following stops and the failure is reported.
 */
export function useJob(onDone: (job: JobView) => void, report: (error: unknown) => void) {
  const [job, setJob] = useState<JobView | null>(null);
  const running = job?.status === 'running' ? job.id : null;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      call('getJob', { jobId: running }).then(
        (next) => {
          setJob(next);
          if (next.status === 'done') onDone(next);
        },
        (failure: unknown) => {
          setJob(null);
          report(failure);
        },
      );
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [running, onDone, report]);
  const follow = useCallback((started: JobView) => setJob(started), []);
  return { job, follow };
}
