import { randomUUID } from 'node:crypto';
import type { JobView } from '../api/contract';

/** How long a finished job stays readable, so a UI that polls late still sees the outcome. */
const KEEP_FINISHED_MS = 10 * 60_000;

export type ReportProgress = (fraction: number, stage: string) => void;

/**
 * Long work (generating a long article, importing) runs as a job: it starts at once, the UI polls its
 * progress, and the outcome stays readable for a while after it ends.
 */
export function createJobs(describeError: (error: unknown) => string) {
  const jobs = new Map<string, JobView>();

  const start = (
    label: string,
    run: (progress: ReportProgress) => Promise<Partial<JobView> | void>,
  ): JobView => {
    const job: JobView = { id: randomUUID(), label, status: 'running', progress: 0, stage: 'Starting' };
    jobs.set(job.id, job);
    const update = (change: Partial<JobView>) => jobs.set(job.id, { ...jobs.get(job.id)!, ...change });
    const forget = () => setTimeout(() => jobs.delete(job.id), KEEP_FINISHED_MS).unref?.();
    run((fraction, stage) => update({ progress: Math.max(0, Math.min(1, fraction)), stage }))
      .then((outcome) => update({ ...outcome, status: 'done', progress: 1, stage: 'Done' }))
      .catch((error: unknown) => update({ status: 'failed', error: describeError(error) }))
      .finally(forget);
    return job;
  };

  return { start, get: (id: string): JobView | undefined => jobs.get(id) };
}
