/**
 * The optimiser's worker side, apart from `node:worker_threads` so that it also runs in-process (tests,
 * or a host without workers): it runs one job and reports through `post`.
 */
import {
  optimizeParameters,
  type OptimizeResult,
  type OptimizerOptions,
  type OptimizerProgress,
} from './optimizer';
import type { PackedReviews } from './training-set';

export type OptimizerJobOptions = Omit<OptimizerOptions, 'onProgress' | 'signal'>;

/** What the worker is started with (its `workerData`). */
export interface OptimizerJob {
  reviews: PackedReviews;
  options: OptimizerJobOptions;
}

/** What the worker posts back: progress messages, then one result or one error. */
export type OptimizerMessage =
  | { type: 'progress'; progress: OptimizerProgress }
  | { type: 'result'; result: OptimizeResult }
  | { type: 'error'; message: string };

export async function runOptimizerJob(
  job: OptimizerJob,
  post: (message: OptimizerMessage) => void,
): Promise<void> {
  try {
    const result = await optimizeParameters(job.reviews, {
      ...job.options,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({ type: 'result', result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
