import { copyFile, link, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FILES } from './layout';
import { fsyncFolder } from './durable-json-file';

/** What a snapshot holds: everything but the lock and the backups themselves. */
export const SNAPSHOT_ENTRIES = [
  FILES.settings,
  FILES.checkpoint,
  FILES.articles,
  FILES.cards,
  FILES.reviews,
];

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Past days of the review log never change, so a snapshot links them instead of copying. */
async function copyOrLink(from: string, to: string, immutable: boolean): Promise<void> {
  if (immutable) {
    try {
      await link(from, to);
      return;
    } catch {
      // Another file system or no hard links: copy instead.
    }
  }
  await copyFile(from, to);
}

async function copyTree(from: string, to: string, isImmutable: (name: string) => boolean): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.name.endsWith('.tmp')) continue;
    const source = join(from, entry.name);
    if (entry.isDirectory()) await copyTree(source, join(to, entry.name), isImmutable);
    else await copyOrLink(source, join(to, entry.name), isImmutable(entry.name));
  }
  await fsyncFolder(to);
}

/** A file name safe on every platform for an instant. */
export function stampOf(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Copies the data folder's files into `backups/<time>-<reason>/`. Log files of days before `now` are
 * hard-linked (they are append-only and closed), so a snapshot costs little even with a long history.
 */
export async function snapshotDataFolder(dataDir: string, reason: string, now: Date): Promise<string> {
  const name = `${stampOf(now)}-${reason}`;
  const target = join(dataDir, FILES.backups, name);
  const today = now.toISOString().slice(0, 10);
  const isClosedDay = (file: string) => /^\d{4}-\d{2}-\d{2}\.jsonl$/.test(file) && file.slice(0, 10) < today;
  await mkdir(target, { recursive: true });
  for (const entry of SNAPSHOT_ENTRIES) {
    const source = join(dataDir, entry);
    if (!(await exists(source))) continue;
    if ((await stat(source)).isDirectory()) await copyTree(source, join(target, entry), isClosedDay);
    else await copyFile(source, join(target, entry));
  }
  await fsyncFolder(target);
  return name;
}
