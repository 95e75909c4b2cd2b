/** Runs the optimiser off the main thread: spawns the worker entry, relays its progress, returns its result. */
import { Worker } from 'node:worker_threads';
import { cancelled, type OptimizeResult, type OptimizerProgress } from './optimizer';
import type { OptimizerJob, OptimizerJobOptions, OptimizerMessage } from './optimizer-job';
import { packReviews, type OptimizerReview } from './training-set';

export interface WorkerRunOptions extends OptimizerJobOptions {
  /** Aborting terminates the worker and rejects with an AbortError. */
  signal?: AbortSignal;
}

/**
 * `workerScript` is the built optimizer-worker file (a path or file: URL). Rejects if the worker fails or
 * exits without a result.
 */
export function runOptimizerInWorker(
  workerScript: string | URL,
  reviews: Iterable<OptimizerReview>,
  onProgress?: (progress: OptimizerProgress) => void,
  options: WorkerRunOptions = {},
): Promise<OptimizeResult> {
  const { signal, ...jobOptions } = options;
  if (signal?.aborted) return Promise.reject(cancelled());
  const packed = packReviews(reviews);
  const job: OptimizerJob = { reviews: packed, options: jobOptions };
  const transferList = [packed.item.buffer, packed.rating.buffer, packed.state.buffer, packed.time.buffer];
  const worker = new Worker(workerScript, { workerData: job, transferList: transferList as ArrayBuffer[] });
  return new Promise<OptimizeResult>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = () => finish(() => reject(cancelled()));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: OptimizerMessage) => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'result') finish(() => resolve(message.result));
      else finish(() => reject(new Error(`The optimiser failed: ${message.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`The optimiser's worker exited (code ${code}) without a result.`))),
    );
  });
}
