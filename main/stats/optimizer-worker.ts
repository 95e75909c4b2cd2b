/**
 * Worker entry of the optimiser (node:worker_threads). Under electron-vite it is a build entry of its own
 * next to main/index.ts; `runOptimizerInWorker` is given the built file's path.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runOptimizerJob, type OptimizerJob } from './optimizer-job';

const port = parentPort;
if (port) void runOptimizerJob(workerData as OptimizerJob, (message) => port.postMessage(message));
