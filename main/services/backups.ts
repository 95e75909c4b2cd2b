import type { ArgumentOf, Notice, ResultOf } from '../api/contract';
import { AppError } from '../api/errors';
import type { Clock } from '../clock';
import {
  BackupDamagedError,
  BackupNotFoundError,
  FolderLockedError,
  listBackups,
  offerNewestGoodBackup,
  restoreBackup,
  snapshotIfChanged,
  thinBackups,
  type Store,
} from '../store';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The open store, replaceable while the services run: a restore closes it, changes the files and opens the
 * folder again. Calls run through `use`; a swap waits for the calls in flight and holds new ones until the
 * new store is open, so no call ever sees a closed store or a folder half restored.
 */
export interface StoreHolder {
  readonly dataDir: string;
  /** The open store; an 'unavailable' error when the folder could not be opened again after a swap. */
  current(): Store;
  use<T>(task: () => Promise<T>): Promise<T>;
  /** Closes the store, runs `change` on the closed folder, opens it again (also when `change` failed). */
  swap<T>(change: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createStoreHolder(first: Store, open: () => Promise<Store>): StoreHolder {
  let store: Store | undefined = first;
  let openFailure: unknown;
  let active = 0;
  const idle: (() => void)[] = [];
  let swapping: Promise<unknown> | undefined;
  let closing = false;

  const waitForIdle = async () => {
    while (active > 0) await new Promise<void>((resolve) => idle.push(resolve));
  };
  const reopen = async () => {
    try {
      store = await open();
      openFailure = undefined;
    } catch (error) {
      openFailure = error;
    }
  };

  return {
    dataDir: first.dataDir,
    current() {
      if (store) return store;
      const why = closing ? 'the app is closing' : reasonOf(openFailure);
      throw new AppError('unavailable', `The data folder is not open (${why}). Restart the app.`);
    },
    async use(task) {
      while (swapping) await swapping.catch(() => undefined);
      active++;
      try {
        return await task();
      } finally {
        active--;
        if (active === 0) idle.splice(0).forEach((wake) => wake());
      }
    },
    async swap(change) {
      while (swapping) await swapping.catch(() => undefined);
      const run = (async () => {
        await waitForIdle();
        if (closing) throw new AppError('unavailable', 'The app is closing.');
        await store?.close();
        store = undefined;
        try {
          return await change();
        } finally {
          await reopen();
        }
      })();
      swapping = run;
      try {
        return await run;
      } finally {
        swapping = undefined;
      }
    },
    async close() {
      closing = true;
      while (swapping) await swapping.catch(() => undefined);
      await waitForIdle();
      const last = store;
      store = undefined;
      await last?.close();
    },
  };
}

/** Files set aside (the error notices): the backups stay as they are until the user has chosen. */
function hasFilesSetAside(notices: readonly Notice[]): boolean {
  return notices.some((notice) => notice.level === 'error');
}

function reportFailure(store: Store, error: unknown): void {
  const code = (error as NodeJS.ErrnoException).code ?? reasonOf(error);
  const message = `A backup of the data folder could not be taken (${code}). Your data is unchanged; the app will try again.`;
  if (!store.notices.some((notice) => notice.message === message))
    store.notices.push({ level: 'warning', message });
}

function explainRestoreFailure(error: unknown): never {
  if (error instanceof BackupNotFoundError) throw new AppError('not-found', error.message);
  if (error instanceof BackupDamagedError) throw new AppError('storage', error.message);
  if (error instanceof FolderLockedError) throw new AppError('unavailable', error.message);
  throw error;
}

export interface Backups {
  listBackups(arg: ArgumentOf<'listBackups'>): Promise<ResultOf<'listBackups'>>;
  restoreBackup(arg: ArgumentOf<'restoreBackup'>): Promise<ResultOf<'restoreBackup'>>;
  /** Takes a scheduled snapshot if the data changed since the last one, then thins. Returns its ID. */
  snapshotIfChanged(): Promise<string | undefined>;
  /** Offers the newest good backup on notices of files set aside. Call inside `holder.use`. */
  offerRestore(store: Store): Promise<void>;
  /** Checks once a day (wall time of the app's clock) while the app runs. */
  start(tickMs?: number): void;
  stop(): void;
}

/** The backup services and the schedule of snapshots: at start-up, then at most daily while running. */
export function createBackups({ holder, clock }: { holder: StoreHolder; clock: Clock }): Backups {
  // One backup-folder operation at a time (a listing never reads a snapshot being written or thinned).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const thin = (store: Store) =>
    thinBackups(holder.dataDir, clock.now(), store.settingsFile().settings.backups);
  let lastCheck = -Infinity;
  let timer: NodeJS.Timeout | undefined;

  const backups: Backups = {
    listBackups: () => holder.use(() => serial(async () => ({ backups: await listBackups(holder.dataDir) }))),

    async restoreBackup({ backupId }) {
      const outcome = await holder
        .swap(() => serial(() => restoreBackup(holder.dataDir, backupId, clock.now())))
        .catch(explainRestoreFailure);
      return holder.use(async () => {
        const store = holder.current();
        await serial(() => thin(store)).catch((error: unknown) => reportFailure(store, error));
        return { ...outcome, notices: store.notices };
      });
    },

    snapshotIfChanged: () =>
      holder.use(async () => {
        const store = holder.current();
        if (hasFilesSetAside(store.notices)) return undefined;
        lastCheck = clock.now().getTime();
        try {
          // Alone with the store: no answer is committed while the folder is copied.
          return await store.exclusive(async () => {
            await store.flush();
            return serial(async () => {
              const id = await snapshotIfChanged(holder.dataDir, clock.now());
              await thin(store);
              return id;
            });
          });
        } catch (error) {
          reportFailure(store, error);
          return undefined;
        }
      }),

    offerRestore: (store) => serial(() => offerNewestGoodBackup(holder.dataDir, store.notices)),

    start(tickMs = HOUR_MS) {
      clearInterval(timer);
      timer = setInterval(() => {
        if (clock.now().getTime() - lastCheck >= DAY_MS) backups.snapshotIfChanged().catch(() => undefined);
      }, tickMs);
      timer.unref?.();
    },

    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
  return backups;
}
