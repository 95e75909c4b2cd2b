import { mkdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  packReviews,
  runOptimizerInWorker,
  runOptimizerJob,
  type OptimizeResult,
  type OptimizerMessage,
  type OptimizerProgress,
} from '../../../main/stats';
import { generateHistory, type History } from './history';

// The bundle goes under node_modules so that its bare imports (ts-fsrs, the binding) resolve from there.
const outDir = join(process.cwd(), 'node_modules', '.cache', 'stats-worker-test', String(process.pid));
const workerFile = join(outDir, 'optimizer-worker.mjs');
let history: History;

beforeAll(async () => {
  history = generateHistory({ cards: 300, newPerDay: 10, days: 90, seed: 7 });
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: ['main/stats/optimizer-worker.ts'],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
}, 60_000);
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await rmdir(dirname(outDir)).catch(() => undefined); // left when another run still uses it
});

describe('the optimiser off the main thread', () => {
  let inProcess: OptimizeResult;

  it('runs the worker code path in-process: progress messages, then one result', async () => {
    const messages: OptimizerMessage[] = [];
    await runOptimizerJob({ reviews: packReviews(history.reviews), options: { dayStartHour: 4 } }, (m) =>
      messages.push(m),
    );
    const last = messages.at(-1)!;
    expect(last.type).toBe('result');
    expect(messages.slice(0, -1).every((m) => m.type === 'progress')).toBe(true);
    inProcess = (last as Extract<OptimizerMessage, { type: 'result' }>).result;
    expect(inProcess.status).toBe('optimised');
  });

  it('gives the same result through a real worker thread, with its progress', async () => {
    const progress: OptimizerProgress[] = [];
    const result = await runOptimizerInWorker(workerFile, history.reviews, (p) => progress.push(p), {
      dayStartHour: 4,
    });
    if (result.status !== 'optimised' || inProcess.status !== 'optimised') throw new Error('not optimised');
    // fsrs-rs sums RMSE bins in parallel: the last float bits may differ from run to run.
    expect(result.parameters).toEqual(inProcess.parameters);
    expect(result.after.logLoss).toBeCloseTo(inProcess.after.logLoss, 6);
    expect(result.after.rmse).toBeCloseTo(inProcess.after.rmse, 6);
    expect(result.before.logLoss).toBeCloseTo(inProcess.before.logLoss, 6);
    expect(progress.at(-1)).toMatchObject({ phase: 'done', fraction: 1 });
  });

  it('is cancelled by an abort signal', async () => {
    const controller = new AbortController();
    const running = runOptimizerInWorker(workerFile, history.reviews, () => controller.abort(), {
      signal: controller.signal,
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects when the worker cannot run', async () => {
    await expect(runOptimizerInWorker(join(outDir, 'missing.mjs'), [], undefined)).rejects.toThrow();
  });

  it('posts an error message instead of throwing in the worker', async () => {
    const messages: OptimizerMessage[] = [];
    await runOptimizerJob({ reviews: null as never, options: {} }, (m) => messages.push(m));
    expect(messages.map((m) => m.type)).toEqual(['progress', 'error']);
  });
});
