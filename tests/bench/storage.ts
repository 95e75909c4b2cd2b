/**
 * The storage benchmark (`npm run bench`; not a timed test).
 *
 * Collections: a big one (50,000 cards, 1,000,000 review logs) and a small one (1,000 / 20,000), made by
 * `writeDemoCollection` (main/store/demo-data.ts). Making the big one takes a minute or two, so both are
 * cached under `<os.tmpdir()>/argument-study-bench-v<demo data version>-layout<layout version>/`, in
 * `<cards>c-<logs>l-s<seed>/`, and reused while the generator's version, the data folder's layout version,
 * the sizes and the seed stay the same. Delete the folder or pass `--fresh` (`fresh: true`) to make them
 * again, e.g. after a change to the store's files that keeps the layout version. Each measurement works
 * on a clone of the cached folder (hard links: the store replaces files by rename, and copies a shared log
 * file before appending to it), so the cache is never changed.
 *
 * Every measurement runs in a fresh child process (`node --import tsx` on this file), so nothing cached by
 * this process (modules, parsed files, JIT) helps:
 * - startup_ms: openStore, then today's queue (`today()` of the study service), then the first due card's
 *   item (`findItem()`, which reads its article): the moment the first card can be shown. Module loading
 *   is not counted (it is reported beside it). Median of 3 processes.
 * - commit_p50_ms / commit_p99_ms (big) and commit_p50_small_ms (small): 500 answers through the real
 *   answer path, `rateItem()` of the study service, after 20 unrecorded warm-up answers. What is timed is
 *   the durable commit inside it (`store.commitReview`: the synced append to the log, then the card in memory);
 *   the whole `rateItem()` round trip is reported beside it. Due cards are answered in queue order; when
 *   none is left the learner studies ahead (cards by due date). The clock moves 10 s per answer.
 * - queue_build_ms: median of 20 `buildQueue()` calls over all 50,000 cards (gathered once, as `today()` does);
 *   the whole `today()` is reported beside it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { link, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildQueue,
  cardStamp,
  startOfNextStudyDay,
  startOfStudyDay,
  type Grade,
  type QueueCard,
} from '../../main/scheduler';
import { LAYOUT_VERSION, openStore, type Store } from '../../main/store';
import { DEMO_DATA_VERSION, writeDemoCollection } from '../../main/store/demo-data';
import { seededRandom as createRandom } from '../../main/random';

export interface StorageFigures {
  cards: number;
  logs: number;
  commit_p50_ms: number;
  commit_p99_ms: number;
  commit_p50_small_ms: number;
  startup_ms: number;
  queue_build_ms: number;
}

/** Figures measured beside the targets, for the readable table. */
export interface StorageDetails {
  small: { cards: number; logs: number };
  answer_p50_ms: number;
  answer_p99_ms: number;
  answer_p50_small_ms: number;
  commit_max_ms: number;
  commits: number;
  startup_runs_ms: number[];
  startup_import_ms: number;
  today_ms: number;
  generated: { big: string; small: string };
}

export interface StorageTarget {
  key: string;
  label: string;
  value: (figures: StorageFigures) => number;
  max: number;
  unit: string;
}

export const STORAGE_TARGETS: StorageTarget[] = [
  {
    key: 'commit_p50_ms',
    label: 'answer commit p50 (big)',
    value: (f) => f.commit_p50_ms,
    max: 2,
    unit: 'ms',
  },
  {
    key: 'commit_p99_ms',
    label: 'answer commit p99 (big)',
    value: (f) => f.commit_p99_ms,
    max: 10,
    unit: 'ms',
  },
  {
    key: 'commit_ratio',
    label: 'commit p50 big / small',
    value: (f) => round(f.commit_p50_ms / f.commit_p50_small_ms, 2),
    max: 1.5,
    unit: '×',
  },
  {
    key: 'startup_ms',
    label: 'start-up to first due card',
    value: (f) => f.startup_ms,
    max: 1000,
    unit: 'ms',
  },
  {
    key: 'queue_build_ms',
    label: 'queue build (all cards)',
    value: (f) => f.queue_build_ms,
    max: 20,
    unit: 'ms',
  },
];

export interface StorageBenchOptions {
  /** Small sizes only (a smoke run): 1,000 / 20,000 as "big" and 200 / 3,000 as "small". */
  quick?: boolean;
  /** Make the collections again even when cached. */
  fresh?: boolean;
  /** Answers recorded per collection (after the warm-up). */
  answers?: number;
  seed?: number;
  /** Progress messages (stderr in run.ts). */
  log?: (message: string) => void;
}

const BIG = { cards: 50_000, logs: 1_000_000 };
const SMALL = { cards: 1_000, logs: 20_000 };
const QUICK_BIG = SMALL;
const QUICK_SMALL = { cards: 200, logs: 3_000 };
/** The collections are "as of" this instant (cached by it); the benchmark's clock starts here. */
const BENCH_NOW = '2026-03-02T09:00:00.000Z';
const WARMUP_ANSWERS = 20;
const STARTUP_RUNS = 3;
const QUEUE_RUNS = 20;
const ANSWER_STEP_MS = 10_000;

const THIS_FILE = fileURLToPath(import.meta.url);
const PROJECT_ROOT = resolve(THIS_FILE, '../../..');

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const median = (values: readonly number[]) => percentile(values, 50);

// ------------------------------------------------------------------------------------- module loading

/**
 * The study service reaches the bundled article, imported as `article.txt?raw` (a Vite feature). Under
 * plain Node (tsx) this hook serves such imports as a module exporting the file's text.
 */
const RAW_TEXT_HOOK = `
export async function resolve(specifier, context, next) {
  if (specifier.endsWith('?raw') && context.parentURL) {
    return { url: new URL(specifier, context.parentURL).href, format: 'module', shortCircuit: true };
  }
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.startsWith('file:') && url.endsWith('?raw')) {
    const { readFile } = await import('node:fs/promises');
    const file = new URL(url);
    file.search = '';
    const text = await readFile(file, 'utf8');
    return { format: 'module', source: 'export default ' + JSON.stringify(text) + ';', shortCircuit: true };
  }
  return next(url, context);
}
`;

let rawHookRegistered = false;

/** Lets this process import `?raw` text as Vite does; call before importing the services. */
export function registerRawTextImports(): void {
  if (rawHookRegistered) return;
  register(`data:text/javascript,${encodeURIComponent(RAW_TEXT_HOOK)}`);
  rawHookRegistered = true;
}

// ------------------------------------------------------------------------------------------- collections

interface Size {
  cards: number;
  logs: number;
}

export function benchCacheRoot(): string {
  return join(tmpdir(), `argument-study-bench-v${DEMO_DATA_VERSION}-layout${LAYOUT_VERSION}`);
}

/** The cached collection of this size, made first when missing. Returns its folder. */
async function cachedCollection(size: Size, seed: number, fresh: boolean, log: (m: string) => void) {
  const folder = join(benchCacheRoot(), `${size.cards}c-${size.logs}l-s${seed}`);
  const data = join(folder, 'collection');
  const marker = join(folder, 'complete.json');
  if (!fresh && existsSync(marker)) {
    log(`using the cached collection ${data}`);
    return { data, generated: `cached (${folder})` };
  }
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const partial = join(folder, `collection.partial-${process.pid}`);
  log(`making a collection of ${size.cards} cards and ${size.logs} logs in ${folder} (cached for next time)`);
  const summary = await writeDemoCollection({
    dataDir: partial,
    cards: size.cards,
    logs: size.logs,
    seed,
    now: new Date(BENCH_NOW),
    onProgress: (message) => log(`  ${message}`),
  });
  await rename(partial, data);
  await writeFile(marker, `${JSON.stringify({ ...summary, seed, now: BENCH_NOW }, null, 1)}\n`);
  log(`  made in ${(summary.elapsedMs / 1000).toFixed(1)} s`);
  return { data, generated: `made in ${(summary.elapsedMs / 1000).toFixed(1)} s` };
}

/** A working copy of a collection: every file hard-linked (no lock file). */
async function cloneCollection(source: string): Promise<string> {
  const target = await mkdtemp(join(tmpdir(), 'argument-study-bench-run-'));
  const copy = async (from: string, to: string): Promise<void> => {
    for (const name of await readdir(from)) {
      if (name === 'lock') continue;
      const path = join(from, name);
      if ((await stat(path)).isDirectory()) {
        await mkdir(join(to, name));
        await copy(path, join(to, name));
      } else await link(path, join(to, name));
    }
  };
  await copy(source, target);
  return target;
}

// ------------------------------------------------------------------------------------------ child runs

type WorkerTask =
  | { mode: 'startup'; dataDir: string; now: string }
  | { mode: 'answers'; dataDir: string; now: string; answers: number; seed: number; queue: boolean };

interface StartupResult {
  startup_ms: number;
  import_ms: number;
  queue_length: number;
}

interface AnswersResult {
  commit_ms: number[];
  answer_ms: number[];
  queue_build_ms?: number;
  today_ms?: number;
}

/** Runs `task` in a fresh Node process (this file as its entry) and returns what it printed. */
function runWorker<T>(task: WorkerTask): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', THIS_FILE, '--worker', JSON.stringify(task)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`the ${task.mode} worker exited with code ${code}`));
      try {
        resolvePromise(JSON.parse(line) as T);
      } catch {
        reject(new Error(`the ${task.mode} worker printed no result: ${out.slice(0, 500)}`));
      }
    });
  });
}

async function loadServices() {
  registerRawTextImports();
  return import('../../main/services/study');
}

function fixedClock(iso: string) {
  let now = Date.parse(iso);
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

async function startupWorker(task: Extract<WorkerTask, { mode: 'startup' }>): Promise<StartupResult> {
  const { today, findItem } = await loadServices();
  const clock = fixedClock(task.now);
  const started = performance.now();
  const store = await openStore({ dataDir: task.dataDir, clock });
  const view = await today(store, clock.now());
  const first = view.queue[0];
  if (!first)
    throw new Error('No card is due at start-up: the collection is not what the benchmark expects.');
  await findItem(store, first);
  const startup = performance.now() - started;
  await store.close();
  return { startup_ms: startup, import_ms: started, queue_length: view.queue.length };
}

/** Every card with the fields the queue needs, as `today()` gathers them. */
function queueCardsOf(store: Store): QueueCard[] {
  return store.articleIds().flatMap((id) => {
    const doc = store.cardsDoc(id);
    if (!doc) return [];
    return Object.entries(doc.cards).map(([itemId, card]) => {
      const info = doc.queueInfo[itemId];
      return { itemId, card, kind: info?.kind, siblings: info?.siblings };
    });
  });
}

/** Median time of `buildQueue` over all cards, with the limits `today()` would pass at `now`. */
async function timeQueueBuild(store: Store, now: Date): Promise<number> {
  const settings = store.settingsFile().settings;
  const todays = await store.reviewsSince(startOfStudyDay(now, settings.dayStartHour).toISOString());
  const cards = queueCardsOf(store);
  const limits = {
    newCardsPerDay: settings.newCardsPerDay,
    reviewsPerDay: settings.reviewsPerDay,
    newSeenToday: todays.filter((entry) => entry.state === 0).length,
    reviewsDoneToday: todays.filter((entry) => entry.state === 2).length,
    dayEnd: startOfNextStudyDay(now, settings.dayStartHour),
    seenSiblingsToday: new Set<string>(),
    seenItemsToday: new Set(todays.map((entry) => entry.itemId)),
  };
  const runs: number[] = [];
  for (let i = 0; i < QUEUE_RUNS + 3; i++) {
    const started = performance.now();
    buildQueue(cards, now, limits);
    if (i >= 3) runs.push(performance.now() - started);
  }
  return median(runs);
}

async function answersWorker(task: Extract<WorkerTask, { mode: 'answers' }>): Promise<AnswersResult> {
  const { today, rateItem } = await loadServices();
  const clock = fixedClock(task.now);
  const store = await openStore({ dataDir: task.dataDir, clock });
  const result: AnswersResult = { commit_ms: [], answer_ms: [] };
  try {
    if (task.queue) {
      result.queue_build_ms = await timeQueueBuild(store, clock.now());
      const todayRuns: number[] = [];
      for (let i = 0; i < QUEUE_RUNS; i++) {
        const started = performance.now();
        await today(store, clock.now());
        todayRuns.push(performance.now() - started);
      }
      result.today_ms = median(todayRuns);
    }

    // The durable commit, timed where rateItem calls it.
    let recording = false;
    const commit = store.commitReview.bind(store);
    store.commitReview = async (entry) => {
      const started = performance.now();
      await commit(entry);
      if (recording) result.commit_ms.push(performance.now() - started);
    };

    // Due cards in queue order; then, studying ahead, the others by due date (again and again for a
    // collection smaller than the number of answers).
    const byDue = () =>
      queueCardsOf(store)
        .filter((entry) => entry.card.state !== 0 && !entry.card.suspended)
        .sort((a, b) => a.card.due.localeCompare(b.card.due))
        .map((entry) => entry.itemId);
    let order = [...new Set([...(await today(store, clock.now())).queue, ...byDue()])];
    const random = createRandom(task.seed);
    const total = WARMUP_ANSWERS + task.answers;
    for (let i = 0, next = 0; i < total; i++, next++) {
      if (next >= order.length) [order, next] = [byDue(), 0];
      const itemId = order[next]!;
      const articleId = store.articleOfItem(itemId)!;
      const card = store.cardsDoc(articleId)!.cards[itemId]!;
      const x = random();
      const rating: Grade = x < 0.12 ? 1 : x < 0.22 ? 2 : x < 0.9 ? 3 : 4;
      clock.advance(ANSWER_STEP_MS);
      recording = i >= WARMUP_ANSWERS;
      const started = performance.now();
      await rateItem(store, clock.now(), { itemId, rating, cardStamp: cardStamp(card), durationMs: 8_000 });
      if (recording) result.answer_ms.push(performance.now() - started);
    }
  } finally {
    await store.close();
  }
  return result;
}

// ------------------------------------------------------------------------------------------------- bench

export async function benchStorage(
  options: StorageBenchOptions = {},
): Promise<StorageFigures & { details: StorageDetails }> {
  const { quick = false, fresh = false, answers = 500, seed = 1, log = () => undefined } = options;
  const big = quick ? QUICK_BIG : BIG;
  const small = quick ? QUICK_SMALL : SMALL;
  const bigSource = await cachedCollection(big, seed, fresh, log);
  const smallSource = await cachedCollection(small, seed, fresh, log);

  const startupRuns: StartupResult[] = [];
  for (let run = 0; run < STARTUP_RUNS; run++) {
    const dir = await cloneCollection(bigSource.data);
    try {
      startupRuns.push(await runWorker<StartupResult>({ mode: 'startup', dataDir: dir, now: BENCH_NOW }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    log(`start-up run ${run + 1}: ${startupRuns.at(-1)!.startup_ms.toFixed(1)} ms`);
  }

  const answerRun = async (source: string, queue: boolean) => {
    const dir = await cloneCollection(source);
    try {
      return await runWorker<AnswersResult>({
        mode: 'answers',
        dataDir: dir,
        now: BENCH_NOW,
        answers,
        seed,
        queue,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  log(`answering ${answers} cards of the big collection`);
  const bigAnswers = await answerRun(bigSource.data, true);
  log(`answering ${answers} cards of the small collection`);
  const smallAnswers = await answerRun(smallSource.data, false);

  const startupMs = startupRuns.map((run) => run.startup_ms);
  return {
    cards: big.cards,
    logs: big.logs,
    commit_p50_ms: round(percentile(bigAnswers.commit_ms, 50)),
    commit_p99_ms: round(percentile(bigAnswers.commit_ms, 99)),
    commit_p50_small_ms: round(percentile(smallAnswers.commit_ms, 50)),
    startup_ms: round(median(startupMs), 1),
    queue_build_ms: round(bigAnswers.queue_build_ms ?? NaN),
    details: {
      small,
      answer_p50_ms: round(percentile(bigAnswers.answer_ms, 50)),
      answer_p99_ms: round(percentile(bigAnswers.answer_ms, 99)),
      answer_p50_small_ms: round(percentile(smallAnswers.answer_ms, 50)),
      commit_max_ms: round(Math.max(...bigAnswers.commit_ms)),
      commits: bigAnswers.commit_ms.length,
      startup_runs_ms: startupMs.map((ms) => round(ms, 1)),
      startup_import_ms: round(median(startupRuns.map((run) => run.import_ms)), 1),
      today_ms: round(bigAnswers.today_ms ?? NaN),
      generated: { big: bigSource.generated, small: smallSource.generated },
    },
  };
}

// ------------------------------------------------------------------------------------ worker entry point

if (process.argv[1] && resolve(process.argv[1]) === THIS_FILE && process.argv[2] === '--worker') {
  const task = JSON.parse(process.argv[3] ?? '{}') as WorkerTask;
  const run = task.mode === 'startup' ? startupWorker(task) : answersWorker(task);
  run.then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`bench worker: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
