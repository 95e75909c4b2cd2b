import { link, unlink } from 'node:fs/promises';

/**
 * Moves an unreadable file aside under a new, timestamped name. link() refuses an existing target, so an
 * earlier file set aside is never overwritten; the original name is freed only once the copy exists.
 */
export async function moveAside(path: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt++) {
    const target = `${path}.corrupt-${stamp}${attempt ? `-${attempt}` : ''}`;
    try {
      await link(path, target);
      await unlink(path);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
