import { useCallback } from 'react';
import { call } from '../api/client';
import { useJob } from './useJob';

/** Regenerates the article's quiz as a job and follows its progress; calls `onDone` when it has finished. */
export function useRegenerate(articleId: string, onDone: () => void, report: (error: unknown) => void) {
  const { job, follow } = useJob(onDone, report);
  const start = useCallback(async () => {
    try {
      follow(await call('regenerateArticle', { articleId }));
    } catch (error) {
      report(error);
    }
  }, [articleId, follow, report]);
  return { job, start };
}
