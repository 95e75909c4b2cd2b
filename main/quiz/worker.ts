/**
 * The quiz generator in a worker thread, so that a long article does not block the process that serves
 * the window. Receives a QuizInput, posts progress messages, then the quiz.
 */
import { parentPort } from 'node:worker_threads';
import { generateQuiz, type QuizInput } from './generator';

export type WorkerMessage =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'done'; quiz: ReturnType<typeof generateQuiz> }
  | { type: 'failed'; message: string };

parentPort?.on('message', (input: QuizInput) => {
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);
  try {
    const quiz = generateQuiz({
      ...input,
      onProgress: (fraction, stage) => post({ type: 'progress', fraction, stage }),
    });
    post({ type: 'done', quiz });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
