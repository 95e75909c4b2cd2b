import type { Clock } from './clock';
import { createServices, seedBundledArticles, type SharedServices } from './services';
import { openStore, type Store } from './store';

export interface App {
  store: Store;
  services: SharedServices;
  /** Writes what is pending and gives up the data folder. */
  close(): Promise<void>;
}

/** Opens the data folder, loads the bundled articles on first run, and builds the service table. */
export async function startApp(dataDir: string, clock: Clock): Promise<App> {
  const store = await openStore({ dataDir, clock });
  try {
    await seedBundledArticles(store, clock.now());
  } catch (error) {
    await store.close();
    throw error;
  }
  return { store, services: createServices({ store, clock }), close: () => store.close() };
}
