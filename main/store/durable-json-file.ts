import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** The file exists but is not valid JSON (empty, truncated, garbage). */
export class UnreadableFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${basename(path)} could not be read: ${reason}`);
    this.name = 'UnreadableFileError';
  }
}

/** Makes a folder's entries (a new or renamed file) durable. */
export async function fsyncFolder(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `text` to `path` so that a crash at any moment leaves either the old or the new file, whole:
 * write a temporary file, fsync it, rename it over the target, fsync the folder.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(temp, path);
  await fsyncFolder(dirname(path));
}

/**
 * A lowdb adapter for one JSON file, written durably. Unlike lowdb's JSONFile, an unreadable file is
 * reported as such (never taken for an empty one and overwritten), and a write is on disk when it returns.
 */
export class DurableJSONFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const reason =
        text.trim() === '' ? 'the file is empty' : `not valid JSON (${(error as Error).message})`;
      throw new UnreadableFileError(this.path, reason);
    }
    // lowdb takes null for "no file yet" and would write defaults over it; a file holding null is damage.
    if (parsed === null) throw new UnreadableFileError(this.path, 'the file holds null');
    return parsed as T;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data, null, 1));
  }
}
