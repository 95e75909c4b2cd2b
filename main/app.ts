import type { Clock } from './clock';
import { createServices, seedBundledArticles, type SharedServices } from './services';
import { openStore, type Store } from './store';

export interface App {
  store: Store;
  services: SharedServices;
}

/** Opens the data folder, loads the bundled articles on first run, and builds the service table. */
export async function startApp(dataDir: string, clock: Clock): Promise<App> {
  const store = await openStore({ dataDir, clock });
  await seedBundledArticles(store, clock.now());
  return { store, services: createServices({ store, clock }) };
}
