import { mkdir, readdir, readFile, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderLockedError, openStore, type CardsDoc } from '../../../main/store';
import { ReviewLog } from '../../../main/store/review-log';
import { sampleArticle } from '../../helpers/articles';
import { goodAnswer } from '../../helpers/reviews';
import { fixedClock, withTempDir } from '../../helpers/temp-dir';

const T0 = '2026-03-02T09:00:00.000Z';
const SLOW = { quietMs: 3_600_000, maxDelayMs: 3_600_000 };

async function seeded(dir: string, clock = fixedClock(T0)) {
  const store = await openStore({ dataDir: dir, clock, checkpointTiming: SLOW });
  await store.saveArticle(sampleArticle());
  return store;
}

const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T;

describe('store on a real folder', () => {
  it('keeps an article, its cards and a review across a restart', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const store = await seeded(dir, clock);
      const entry = goodAnswer(
        'sample',
        'sample-cz-1',
        store.cardsDoc('sample')!.cards['sample-cz-1']!,
        clock.now(),
      );
      await store.commitReview(entry);
      expect(store.cardsDoc('sample')!.cards['sample-cz-1']!.reps).toBe(1);
      await store.close();

      const reopened = await openStore({ dataDir: dir, clock });
      expect(reopened.articleIds()).toEqual(['sample']);
      expect(reopened.cardsDoc('sample')!.cards['sample-cz-1']!.reps).toBe(1);
      expect((await reopened.loadArticle('sample'))!.items).toHaveLength(2);
      expect((await reopened.allReviews()).map((r) => r.id)).toEqual([entry.id]);
      expect(reopened.notices).toEqual([]);
      expect(await readdir(join(dir, 'reviews'))).toEqual(['2026-03-02.jsonl']);
      await reopened.close();
    });
  });

  it('commits an answer by the log alone; the card file catches up at the checkpoint', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const store = await seeded(dir, clock);
      await store.commitReview(
        goodAnswer('sample', 'sample-cz-1', store.cardsDoc('sample')!.cards['sample-cz-1']!, clock.now()),
      );
      const onDisk = () => readJson<CardsDoc>(join(dir, 'cards', 'sample.json'));
      expect((await onDisk()).cards['sample-cz-1']!.reps).toBe(0);
      await store.flush();
      expect((await onDisk()).cards['sample-cz-1']!.reps).toBe(1);
      expect((await readJson<{ through: { file: string } }>(join(dir, 'checkpoint.json'))).through.file).toBe(
        '2026-03-02.jsonl',
      );
      await store.close();
    });
  });

  it('rebuilds a card from the log when the card file never caught up (a crash after the commit)', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const store = await seeded(dir, clock);
      await store.close();
      const entry = goodAnswer(
        'sample',
        'sample-cz-2',
        (await readJson<CardsDoc>(join(dir, 'cards', 'sample.json'))).cards['sample-cz-2']!,
        clock.now(),
      );
      const log = new ReviewLog(join(dir, 'reviews'));
      await log.append(entry);
      await log.closeCurrent();

      const reopened = await openStore({ dataDir: dir, clock });
      expect(reopened.cardsDoc('sample')!.cards['sample-cz-2']).toEqual({
        ...entry.cardAfter,
        suspended: false,
      });
      expect((await readJson<CardsDoc>(join(dir, 'cards', 'sample.json'))).cards['sample-cz-2']!.reps).toBe(
        1,
      );
      await reopened.close();
    });
  });

  it('refuses a second writer on the same folder with a clear message, and takes over a stale lock', async () => {
    await withTempDir(async (dir) => {
      const store = await seeded(dir);
      const second = openStore({ dataDir: dir, clock: fixedClock(T0) });
      await expect(second).rejects.toBeInstanceOf(FolderLockedError);
      await expect(second).rejects.toThrow(/in use by another Argument Study process \(pid \d+/);
      await store.close();

      const { hostname } = await import('node:os');
      await writeFile(join(dir, 'lock'), JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), since: T0 }));
      const afterCrash = await openStore({ dataDir: dir, clock: fixedClock(T0) });
      expect(afterCrash.articleIds()).toEqual(['sample']);
      await afterCrash.close();
      await expect(readdir(dir)).resolves.not.toContain('lock');
    });
  });

  it('reads reviews of earlier days from the log when asked', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock('2026-02-01T09:00:00.000Z');
      const store = await seeded(dir, clock);
      await store.commitReview(
        goodAnswer(
          'sample',
          'sample-cz-1',
          store.cardsDoc('sample')!.cards['sample-cz-1']!,
          clock.now(),
          'old',
        ),
      );
      await store.close();
      clock.set(T0);
      const later = await openStore({ dataDir: dir, clock });
      expect(await later.reviewsSince('2026-03-01T00:00:00.000Z')).toEqual([]);
      expect((await later.reviewsSince('2026-01-31T00:00:00.000Z')).map((r) => r.id)).toEqual(['old']);
      await later.close();
    });
  });

  it('removes temporary files left by a write cut short', async () => {
    await withTempDir(async (dir) => {
      await (await seeded(dir)).close();
      await writeFile(join(dir, 'cards', '.sample.json.123.456.tmp'), '{"half');
      const store = await openStore({ dataDir: dir, clock: fixedClock(T0) });
      expect(await readdir(join(dir, 'cards'))).toEqual(['sample.json']);
      await store.close();
    });
  });

  it('reports a full disk, keeps the card as it was, and accepts the same answer once there is room', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const store = await seeded(dir, clock);
      const dayFile = join(dir, 'reviews', '2026-03-02.jsonl');
      await symlink('/dev/full', dayFile);
      const card = store.cardsDoc('sample')!.cards['sample-cz-1']!;
      const entry = goodAnswer('sample', 'sample-cz-1', card, clock.now());
      await expect(store.commitReview(entry)).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(store.cardsDoc('sample')!.cards['sample-cz-1']).toBe(card);
      expect(await store.reviewsSince('2026-03-01T00:00:00.000Z')).toEqual([]);

      await unlink(dayFile);
      await store.commitReview(entry);
      await store.close();
      const reopened = await openStore({ dataDir: dir, clock });
      expect((await reopened.allReviews()).map((r) => r.id)).toEqual([entry.id]);
      await reopened.close();
    });
  });

  it('skips a review line cut short by a crash and appends the next review on a line of its own', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const store = await seeded(dir, clock);
      const first = goodAnswer(
        'sample',
        'sample-cz-1',
        store.cardsDoc('sample')!.cards['sample-cz-1']!,
        clock.now(),
        'first',
      );
      await store.commitReview(first);
      await store.close();
      await writeFile(join(dir, 'reviews', '2026-03-02.jsonl'), '{"schemaVersion":1,"id":"torn', {
        flag: 'a',
      });

      const afterCrash = await openStore({ dataDir: dir, clock });
      expect(afterCrash.notices[0]!.message).toMatch(/1 review log line\(s\) could not be read/);
      clock.advance(600_000);
      await afterCrash.commitReview(
        goodAnswer(
          'sample',
          'sample-cz-2',
          afterCrash.cardsDoc('sample')!.cards['sample-cz-2']!,
          clock.now(),
          'second',
        ),
      );
      await afterCrash.close();

      const reopened = await openStore({ dataDir: dir, clock });
      expect((await reopened.allReviews()).map((r) => r.id)).toEqual(['first', 'second']);
      await reopened.close();
    });
  });

  it('keeps the data in memory as on disk when an article write fails', async () => {
    await withTempDir(async (dir) => {
      const store = await seeded(dir);
      await mkdir(join(dir, 'cards', 'blocked.json'));
      await expect(store.saveArticle(sampleArticle('blocked'))).rejects.toThrow();
      expect(store.cardsDoc('blocked')).toBeUndefined();
      expect(store.articleIds()).toEqual(['sample']);
      await store.close();
    });
  });
});
