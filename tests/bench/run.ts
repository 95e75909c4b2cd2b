/**
 * `npm run bench [-- --json] [--quick] [--fresh]`: the benchmarks of issue 3, not timed tests.
 *
 * Runs the storage benchmark (tests/bench/storage.ts), the quiz generator's and the statistics'. Prints a table with each target and PASS/MISS; with --json, exactly one
 * JSON object `{ "storage": {...}, "quizgen": {...}, "stats": {...} }` on stdout (progress goes to stderr). --quick uses
 * small collections only (a smoke run; the targets are meant for the full sizes). --fresh makes the cached
 * collections again.
 */
import { parseArgs } from 'node:util';
import { benchQuizgen } from './quizgen';
import { benchStats } from './stats';
import { benchStorage, registerRawTextImports, STORAGE_TARGETS, type StorageFigures } from './storage';

interface Target {
  key: string;
  label?: string;
  min?: number;
  max?: number;
  unit?: string;
}

function options() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      strict: true,
      allowPositionals: false,
      options: {
        json: { type: 'boolean', default: false },
        quick: { type: 'boolean', default: false },
        fresh: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(
      `bench: ${(error as Error).message}\nusage: npm run bench -- [--json] [--quick] [--fresh]\n`,
    );
    process.exit(2);
  }
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) => `  ${row.map((cell, i) => cell.padEnd(widths[i]!)).join('   ')}`.trimEnd())
    .join('\n');
}

const fmt = (value: number, unit: string) => (unit === 'ms' ? `${value} ms` : `${value}${unit}`);

function storageReport(
  figures: StorageFigures & { details: Awaited<ReturnType<typeof benchStorage>>['details'] },
) {
  const { details } = figures;
  const rows = [['figure', 'measured', 'target', '']];
  for (const target of STORAGE_TARGETS) {
    const value = target.value(figures);
    rows.push([
      target.label,
      fmt(value, target.unit),
      `≤ ${fmt(target.max, target.unit)}`,
      value <= target.max ? 'PASS' : 'MISS',
    ]);
  }
  const n = (value: number) => value.toLocaleString('en-US');
  const small = `${n(details.small.cards)} / ${n(details.small.logs)}`;
  return [
    `Storage: ${n(figures.cards)} cards / ${n(figures.logs)} logs (small: ${small})`,
    table(rows),
    '',
    '  beside the targets:',
    `    answer commit: small p50 ${figures.commit_p50_small_ms} ms; ` +
      `big max ${details.commit_max_ms} ms over ${details.commits} answers`,
    `    rateItem() round trip p50 / p99: ${details.answer_p50_ms} / ${details.answer_p99_ms} ms ` +
      `(small p50 ${details.answer_p50_small_ms} ms)`,
    `    start-up runs ${details.startup_runs_ms.join(', ')} ms; ` +
      `module loading before it ${details.startup_import_ms} ms`,
    `    today() over all cards (gather + queue + counts): ${details.today_ms} ms`,
    `    collections: big ${details.generated.big}; small ${details.generated.small}`,
  ].join('\n');
}

const QUIZGEN_TARGETS: Target[] = [
  { key: 'words_per_s', label: 'quiz generation, words/s on 100,000 words', min: 50_000 },
  { key: 'seed_ms', label: 'quiz generation, the bundled article', max: 100, unit: 'ms' },
];
const STATS_TARGETS: Target[] = [
  { key: 'stats_ms', label: 'every Stats figure over 1,000,000 logs', max: 300, unit: 'ms' },
];

function figuresReport(title: string, figures: Record<string, unknown>, targets: Target[]): string {
  const rows = [['figure', 'measured', 'target', '']];
  const byKey = new Map(targets.map((target) => [target.key, target]));
  for (const [key, value] of Object.entries(figures)) {
    const target = byKey.get(key);
    const unit = target?.unit ? ` ${target.unit}` : '';
    let limit = '';
    let verdict = '';
    if (target && typeof value === 'number') {
      const okMin = target.min === undefined || value >= target.min;
      const okMax = target.max === undefined || value <= target.max;
      limit = [
        target.min !== undefined ? `≥ ${target.min}` : '',
        target.max !== undefined ? `≤ ${target.max}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      verdict = okMin && okMax ? 'PASS' : 'MISS';
    }
    rows.push([target?.label ?? key, `${String(value)}${unit}`, limit, verdict]);
  }
  return [title, table(rows)].join('\n');
}

async function main(): Promise<void> {
  const { json, quick, fresh } = options();
  // The services import the bundled article as Vite `?raw` text.
  registerRawTextImports();
  const { details, ...storage } = await benchStorage({ quick, fresh, log });
  log('running the quiz generator benchmark');
  const quizgen = await benchQuizgen();
  log('running the statistics benchmark');
  const stats = await benchStats();

  if (json) {
    process.stdout.write(`${JSON.stringify({ storage, quizgen, stats })}\n`);
    return;
  }
  const parts = [storageReport({ ...storage, details })];
  if (quick)
    parts.push(
      '  (--quick: small collections only; the targets are meant for 50,000 cards / 1,000,000 logs)',
    );
  parts.push('', figuresReport('Quiz generator', quizgen, QUIZGEN_TARGETS));
  parts.push('', figuresReport('Statistics', stats, STATS_TARGETS));
  process.stdout.write(`${parts.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
