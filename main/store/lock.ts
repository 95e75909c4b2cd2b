import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FILES } from './layout';

/** Another live process writes this data folder; this one must not. */
export class FolderLockedError extends Error {
  constructor(
    readonly owner: LockOwner,
    folder: string,
  ) {
    super(
      `The data folder ${folder} is in use by another Argument Study process (pid ${owner.pid} on ${owner.host}, ` +
        `since ${owner.since}). Close it first, or use another data folder.`,
    );
    this.name = 'FolderLockedError';
  }
}

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface FolderLock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** Long enough for an owner to have written its pid into a lock it just created. */
const UNREADABLE_GRACE_MS = 5_000;

/** A lock is stale when its owner is gone: same machine and no such process, or unreadable for a while. */
async function isStale(path: string, owner: LockOwner | undefined): Promise<boolean> {
  if (!owner) {
    const age = Date.now() - (await stat(path)).mtimeMs;
    return age > UNREADABLE_GRACE_MS;
  }
  return owner.host === hostname() && owner.pid !== process.pid && !isAlive(owner.pid);
}

/**
 * Makes this process the one writer of the data folder. The lock file is created exclusively and holds
 * the owner's pid; a lock whose owner died is taken over, a live one is refused with a clear error.
 */
export async function lockFolder(folder: string, now: Date): Promise<FolderLock> {
  const path = join(folder, FILES.lock);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: now.toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.sync();
      await handle.close();
      return { release: () => unlink(path).catch(() => undefined) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readOwner(path);
      if (!(await isStale(path, owner))) {
        throw new FolderLockedError(owner ?? { pid: 0, host: 'unknown', since: 'just now' }, folder);
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error(`Could not take the lock on ${folder}.`);
}
