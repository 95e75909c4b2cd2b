import { Worker } from 'node:worker_threads';
import { generateQuiz, type Quiz, type QuizInput } from '../quiz';
import type { WorkerMessage } from '../quiz/worker';
import type { GenerateQuiz } from './items';

/** Generation in this thread: for tests and for short articles where a worker costs more than it saves. */
export const generateInProcess: GenerateQuiz = async (input, onProgress) =>
  generateQuiz({ ...input, onProgress });

/** Texts shorter than this are generated in-process (the bundled article takes well under 100 ms). */
const WORKER_THRESHOLD_CHARS = 20_000;

/**
 * Generation in a worker thread (`workerFile` is the built `quiz-worker.js`), with progress. One worker
 * per run: generation is rare, and a fresh worker cannot leak state between articles.
 */
export function generateInWorker(workerFile: URL): GenerateQuiz {
  return (input, onProgress) => {
    if (input.text.length < WORKER_THRESHOLD_CHARS) return generateInProcess(input, onProgress);
    return new Promise<Quiz>((resolve, reject) => {
      const worker = new Worker(workerFile);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') onProgress?.(message.fraction, message.stage);
        else {
          void worker.terminate();
          if (message.type === 'done') resolve(message.quiz);
          else reject(new Error(message.message));
        }
      });
      worker.on('error', reject);
      worker.postMessage(input satisfies QuizInput);
    });
  };
}
