/**
 * `npm run bench [-- --json] [--quick] [--fresh]`: the benchmarks of issue 3, not timed tests.
 *
 * Runs the storage benchmark (tests/bench/storage.ts) and, when tests/bench/quizgen.ts exists, the quiz
 * generator's (`benchQuizgen()`). Prints a table with each target and PASS/MISS; with --json, exactly one
 * JSON object `{ "storage": {...}, "quizgen": {...} }` on stdout (progress goes to stderr). --quick uses
 * small collections only (a smoke run; the targets are meant for the full sizes). --fresh makes the cached
 * collections again.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchStorage, registerRawTextImports, STORAGE_TARGETS, type StorageFigures } from './storage';

interface QuizgenTarget {
  key: string;
  label?: string;
  min?: number;
  max?: number;
  unit?: string;
}

interface QuizgenModule {
  benchQuizgen: () => Promise<Record<string, unknown>>;
  /** Optional: the quiz generator's targets, shown with PASS/MISS when the module exports them. */
  QUIZGEN_TARGETS?: QuizgenTarget[];
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

function quizgenReport(figures: Record<string, unknown>, targets: QuizgenTarget[] | undefined): string {
  const rows = [['figure', 'measured', 'target', '']];
  const byKey = new Map((targets ?? []).map((target) => [target.key, target]));
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
  return ['Quiz generator', table(rows)].join('\n');
}

async function loadQuizgen(): Promise<QuizgenModule | undefined> {
  const url = new URL('./quizgen.ts', import.meta.url);
  if (!existsSync(fileURLToPath(url))) return undefined;
  const module = (await import(url.href)) as Partial<QuizgenModule>;
  return typeof module.benchQuizgen === 'function' ? (module as QuizgenModule) : undefined;
}

async function main(): Promise<void> {
  const { json, quick, fresh } = options();
  // The services (and maybe the quiz bench) import the bundled article as Vite `?raw` text.
  registerRawTextImports();
  const { details, ...storage } = await benchStorage({ quick, fresh, log });
  const quizgenModule = await loadQuizgen();
  let quizgen: Record<string, unknown> | null = null;
  if (quizgenModule) {
    log('running the quiz generator benchmark');
    quizgen = await quizgenModule.benchQuizgen();
  } else log('tests/bench/quizgen.ts is not there (or exports no benchQuizgen); skipped');

  if (json) {
    process.stdout.write(`${JSON.stringify({ storage, quizgen })}\n`);
    return;
  }
  const parts = [storageReport({ ...storage, details })];
  if (quick)
    parts.push(
      '  (--quick: small collections only; the targets are meant for 50,000 cards / 1,000,000 logs)',
    );
  if (quizgen) parts.push('', quizgenReport(quizgen, quizgenModule?.QUIZGEN_TARGETS));
  process.stdout.write(`${parts.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
