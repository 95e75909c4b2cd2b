/**
 * `npm run demo-data -- --data-dir <dir> --cards N --logs M [--seed S] [--now ISO]`: writes a realistic
 * collection (articles, items, FSRS cards and a review history made by running FSRS) into an empty or new
 * data folder, through the store's own code. See main/store/demo-data.ts.
 */
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDemoCollection } from '../store/demo-data';

const USAGE =
  'usage: npm run demo-data -- --data-dir <dir> --cards <N> --logs <M> [--seed <S>] [--now <ISO date-time>]';

export interface DemoCliOptions {
  dataDir: string;
  cards: number;
  logs: number;
  seed: number;
  now: Date;
}

export class UsageError extends Error {}

function count(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required.`);
  }
  // Digits only (underscores allowed as separators): "1e6", "-3", "12abc" and "" are refused.
  if (!/^\d[\d_]*$/.test(value)) throw new UsageError(`--${name} must be a whole number, got "${value}".`);
  const number = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(number)) throw new UsageError(`--${name} is too large: ${value}.`);
  return number;
}

/** Reads the command line; anything unknown, missing or malformed is a UsageError. */
export function parseDemoArgs(argv: string[]): DemoCliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        'data-dir': { type: 'string' },
        cards: { type: 'string' },
        logs: { type: 'string' },
        seed: { type: 'string' },
        now: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UsageError('--data-dir is required.');
  const cards = count('cards', values.cards);
  const logs = count('logs', values.logs);
  const seed = count('seed', values.seed, 1);
  if (cards < 1) throw new UsageError('--cards must be at least 1.');
  if (seed > 0xffffffff) throw new UsageError('--seed must be below 2^32.');
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime()))
    throw new UsageError(`--now must be an ISO 8601 date-time, got "${values.now}".`);
  return { dataDir: resolve(dataDir), cards, logs, seed, now };
}

/** A folder that holds anything is refused: demo data never mixes with (or overwrites) a collection. */
async function checkEmpty(dataDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new UsageError(`${dataDir} is not a folder.`);
    throw error;
  }
  if (names.length > 0)
    throw new UsageError(
      `${dataDir} is not empty (it holds ${names.length} entries); give a new or empty folder.`,
    );
}

async function main(): Promise<void> {
  const options = parseDemoArgs(process.argv.slice(2));
  await checkEmpty(options.dataDir);
  const progress = (message: string) => process.stderr.write(`demo-data: ${message}\n`);
  const summary = await writeDemoCollection({ ...options, onProgress: progress });
  const seconds = (summary.elapsedMs / 1000).toFixed(1);
  process.stdout.write(
    [
      `Wrote a demo collection to ${options.dataDir} in ${seconds} s (seed ${options.seed}):`,
      `  ${summary.articles} articles, ${summary.cards} cards ` +
        `(${summary.cardsStarted} studied, ${summary.cards - summary.cardsStarted} still new)`,
      `  ${summary.logs} review-log entries over ${summary.days} days` +
        (summary.firstReview ? `, ${summary.firstReview} to ${summary.lastReview}` : ''),
      `  ${summary.dueNow} cards due at ${options.now.toISOString()}`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof RangeError) {
    process.stderr.write(`demo-data: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  process.stderr.write(`demo-data: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
