import type { AppOptions } from '../app';
import { generateInWorker } from './generate';
import { optimizeInWorker } from './optimizer';

/**
 * Long work in worker threads, for the built app (desktop and web host): the worker files are built next
 * to the entry (`quiz-worker.js`, `optimizer-worker.js`), so `entryUrl` is the entry's `import.meta.url`.
 */
export function workerOptions(entryUrl: string): AppOptions {
  return {
    generate: generateInWorker(new URL('./quiz-worker.js', entryUrl)),
    optimize: optimizeInWorker(new URL('./optimizer-worker.js', entryUrl)),
  };
}
