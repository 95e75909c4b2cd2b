import { AppError } from './api/errors';
import type { Clock } from './clock';
import { generateInProcess } from './services/generate';
import type { GenerateQuiz } from './services/items';
import { createJobs } from './services/jobs';
import { optimizeInProcess, type Optimize } from './services/optimizer';
import { createStatsCache } from './services/stats';
import {
  createAppServices,
  createBackups,
  createStoreHolder,
  seedBundledArticles,
  type SharedServices,
} from './services';
import { openStore, type Store } from './store';

export interface App {
  /** The store open now (a restore replaces it). */
  readonly store: Store;
  services: SharedServices;
  /** Writes what is pending and gives up the data folder. */
  close(): Promise<void>;
}

export interface AppOptions {
  /** How quizzes are generated: in a worker thread in the app, in-process by default (tests). */
  generate?: GenerateQuiz;
  /** How the FSRS optimiser runs: in a worker thread in the app, in-process by default. */
  optimize?: Optimize;
}

/** What a failed job tells the user: our own errors as they are, others by their code. */
function describeFailure(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  return code
    ? `The work could not be finished (${code}); nothing was changed.`
    : 'The work could not be finished; nothing was changed.';
}

/** Opens the data folder and loads the bundled articles on first run. */
async function openSeeded(dataDir: string, clock: Clock, generate: GenerateQuiz): Promise<Store> {
  const store = await openStore({ dataDir, clock });
  try {
    await seedBundledArticles(store, clock.now(), generate);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/**
 * Opens the data folder, takes a backup if the data changed since the last one (then at most daily while
 * running), and builds the service table. The services reach the store through a holder, so that
 * restoring a backup can close the store, replace the files and open the folder again under them.
 */
export async function startApp(dataDir: string, clock: Clock, options: AppOptions = {}): Promise<App> {
  const generate = options.generate ?? generateInProcess;
  const reopen = () => openSeeded(dataDir, clock, generate);
  const holder = createStoreHolder(await reopen(), reopen);
  const jobs = createJobs(describeFailure);
  const backups = createBackups({ holder, clock });
  await backups.snapshotIfChanged();
  backups.start();
  return {
    get store() {
      return holder.current();
    },
    services: createAppServices({
      holder,
      clock,
      backups,
      generate,
      jobs,
      stats: createStatsCache(),
      optimize: options.optimize ?? optimizeInProcess,
    }),
    close: async () => {
      backups.stop();
      await holder.close();
    },
  };
}
