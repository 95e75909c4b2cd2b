import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock } from '../clock';
import { planRestore } from '../export';
import { readBackupFile } from './articles';
import { FILES, openStore } from '../store';
import { backupIdOf } from '../store/backups/names';

/**
 * Turns a JSON backup file into a snapshot folder in `backups/` (through the store's own code, in a
 * staging folder renamed into place once whole), so that "replace" restores it like any other backup:
 * the current state is backed up first and the swap is crash-safe. Returns the new backup's ID.
 */
export async function snapshotFromBackupFile(
  dataDir: string,
  clock: Clock,
  content: string,
): Promise<string> {
  const parsed = readBackupFile(content);
  const now = clock.now();
  const plan = planRestore({ articles: [], reviews: [], settings: parsed.settings }, parsed, 'replace');
  const id = backupIdOf(now, 'from-file');
  const staging = join(dataDir, FILES.backups, `.staging-${id}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const store = await openStore({ dataDir: staging, clock });
    try {
      if (plan.settings) await store.saveSettings({ ...store.settingsFile(), settings: plan.settings });
      for (const bundle of plan.write) await store.saveArticle(bundle);
      await store.importReviews(plan.reviews);
    } finally {
      await store.close();
    }
    await rm(join(staging, FILES.backups), { recursive: true, force: true });
    await rename(staging, join(dataDir, FILES.backups, id));
    return id;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
