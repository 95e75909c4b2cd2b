import type { Clock } from './clock';
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

/** Opens the data folder and loads the bundled articles on first run. */
async function openSeeded(dataDir: string, clock: Clock): Promise<Store> {
  const store = await openStore({ dataDir, clock });
  try {
    await seedBundledArticles(store, clock.now());
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
export async function startApp(dataDir: string, clock: Clock): Promise<App> {
  const holder = createStoreHolder(await openSeeded(dataDir, clock), () => openSeeded(dataDir, clock));
  const backups = createBackups({ holder, clock });
  await backups.snapshotIfChanged();
  backups.start();
  return {
    get store() {
      return holder.current();
    },
    services: createAppServices({ holder, clock, backups }),
    close: async () => {
      backups.stop();
      await holder.close();
    },
  };
}
