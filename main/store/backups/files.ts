import { copyFile, link, mkdir, open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncFolder } from '../durable-json-file';

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Copies a file or a folder tree and syncs every file and folder it wrote. With `linkFiles`, files are
 * hard-linked where the file system allows it (review-log day files: the log un-shares a linked file
 * before it appends to it, so the source never changes).
 */
export async function copyDurably(from: string, to: string, linkFiles = false): Promise<void> {
  if (!(await stat(from)).isDirectory()) {
    if (linkFiles) {
      try {
        await link(from, to);
        return;
      } catch {
        // Another file system or no hard links: copy instead.
      }
    }
    await copyFile(from, to);
    await syncFile(to);
    return;
  }
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) {
    if (name.endsWith('.tmp')) continue;
    await copyDurably(join(from, name), join(to, name), linkFiles);
  }
  await fsyncFolder(to);
}

/** Every file under `path` (itself when it is a file), with its size. */
export async function filesUnder(path: string): Promise<{ path: string; size: number }[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [{ path, size: info.size }];
  const found: { path: string; size: number }[] = [];
  for (const name of (await readdir(path)).sort()) found.push(...(await filesUnder(join(path, name))));
  return found;
}
