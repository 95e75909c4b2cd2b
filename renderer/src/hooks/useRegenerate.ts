import { useCallback, useEffect, useState } from 'react';
import type { JobView } from '../../../main/api/contract';
import { call } from '../api/client';

const POLL_MS = 200;

/** Regenerates the article's quiz as a job and follows its progress; calls `onDone` when it has finished. */
export function useRegenerate(articleId: string, onDone: () => void, report: (error: unknown) => void) {
  const [job, setJob] = useState<JobView | null>(null);

  const start = useCallback(async () => {
    try {
      setJob(await call('regenerateArticle', { articleId }));
    } catch (error) {
      report(error);
    }
  }, [articleId, report]);

  const running = job?.status === 'running' ? job.id : null;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      call('getJob', { jobId: running }).then((next) => {
        setJob(next);
        if (next.status === 'done') onDone();
      }, report);
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [running, onDone, report]);

  return { job, start };
}
