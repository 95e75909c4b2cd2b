import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../../main/scheduler';
import { openStore, SCHEMA_VERSION, type ArticleFile, type ReviewEntry } from '../../../main/store';
import { sampleArticleFile } from '../../helpers/articles';
import { fixedClock, withTempDir } from '../../helpers/temp-dir';

const T0 = '2026-03-02T09:00:00.000Z';

function answered(file: ArticleFile, at: Date): { entry: ReviewEntry; file: ArticleFile } {
  const card = file.cards['cz-0001']!;
  const { card: next, log } = createScheduler({
    desiredRetention: 0.9,
    maximumInterval: 36500,
    enableFuzz: false,
  }).answer(card, at, 3);
  const entry: ReviewEntry = {
    schemaVersion: SCHEMA_VERSION,
    id: `r-${at.getTime()}`,
    itemId: 'cz-0001',
    articleId: file.article.id,
    ...log,
    durationMs: 1200,
    cardAfter: next,
  };
  return { entry, file: { ...file, cards: { 'cz-0001': { ...next, suspended: false } } } };
}

describe('store on a real folder', () => {
  it('keeps an article, its cards and a review across a restart', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const store = await openStore({ dataDir: dir, clock });
      await store.saveArticle(sampleArticleFile());
      const { entry, file } = answered(sampleArticleFile(), clock.now());
      await store.recordReview(entry, file);

      const reopened = await openStore({ dataDir: dir, clock });
      expect(reopened.articleIds()).toEqual(['sample']);
      expect(reopened.article('sample')?.cards['cz-0001']?.reps).toBe(1);
      expect(reopened.reviews().map((r) => r.id)).toEqual([entry.id]);
      expect(reopened.notices).toEqual([]);
      expect(await readdir(join(dir, 'reviews'))).toEqual(['2026-03.jsonl']);
    });
  });

  it('leaves no temporary files behind after writes', async () => {
    await withTempDir(async (dir) => {
      const store = await openStore({ dataDir: dir, clock: fixedClock(T0) });
      for (let i = 0; i < 5; i++) await store.saveArticle(sampleArticleFile());
      expect(await readdir(join(dir, 'articles'))).toEqual(['sample.json']);
    });
  });

  it.each([
    ['an empty file', ''],
    ['a truncated file', '{"schemaVersion":1,"settings":{"desiredRet'],
    ['a NUL-filled file', '\0'.repeat(64)],
    ['a JSON null', 'null'],
    ['garbage', 'PK\u0003\u0004 not json at all'],
    ['a file of the wrong shape', '{"schemaVersion":1,"settings":"loud"}'],
  ])(
    'moves aside settings that are %s, keeps its bytes, and starts with a notice',
    async (_label, content) => {
      await withTempDir(async (dir) => {
        await writeFile(join(dir, 'settings.json'), content);
        const store = await openStore({ dataDir: dir, clock: fixedClock(T0) });
        const names = await readdir(dir);
        const setAside = names.find((name) => name.startsWith('settings.json.corrupt-'));
        expect(setAside).toBeDefined();
        expect(await readFile(join(dir, setAside!), 'utf8')).toBe(content);
        expect(names).not.toContain('settings.json');
        expect(store.notices).toHaveLength(1);
        expect(store.notices[0]!.message).toContain('The settings file could not be read');
        expect(store.notices[0]!.message).toContain(setAside);
        expect(store.settingsFile().settings.desiredRetention).toBe(0.9);
      });
    },
  );

  it('never overwrites a file set aside earlier', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      await writeFile(join(dir, 'settings.json'), 'first');
      await openStore({ dataDir: dir, clock });
      await writeFile(join(dir, 'settings.json'), 'second');
      await openStore({ dataDir: dir, clock });
      const kept = (await readdir(dir)).filter((name) => name.startsWith('settings.json.corrupt-')).sort();
      expect(kept).toHaveLength(2);
      const contents = await Promise.all(kept.map((name) => readFile(join(dir, name), 'utf8')));
      expect(contents.sort()).toEqual(['first', 'second']);
    });
  });

  it('sets aside an unreadable article file and still opens the others', async () => {
    await withTempDir(async (dir) => {
      const store = await openStore({ dataDir: dir, clock: fixedClock(T0) });
      await store.saveArticle(sampleArticleFile('good'));
      await writeFile(join(dir, 'articles', 'broken.json'), '{"schemaVersion": 1, "article": ');
      const reopened = await openStore({ dataDir: dir, clock: fixedClock(T0) });
      expect(reopened.articleIds()).toEqual(['good']);
      expect(reopened.notices[0]!.message).toMatch(
        /The article file broken\.json could not be read .* moved aside/,
      );
    });
  });

  it('skips a review line cut short by a crash and appends the next review on a line of its own', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const store = await openStore({ dataDir: dir, clock });
      await store.saveArticle(sampleArticleFile());
      const first = answered(sampleArticleFile(), clock.now());
      await store.recordReview(first.entry, first.file);
      await writeFile(join(dir, 'reviews', '2026-03.jsonl'), '{"schemaVersion":1,"id":"torn', { flag: 'a' });

      const afterCrash = await openStore({ dataDir: dir, clock });
      expect(afterCrash.reviews()).toHaveLength(1);
      expect(afterCrash.notices[0]!.message).toMatch(/1 review log line\(s\) could not be read/);
      clock.advance(600_000);
      const second = answered(afterCrash.article('sample')!, clock.now());
      await afterCrash.recordReview({ ...second.entry, id: 'second' }, second.file);

      const reopened = await openStore({ dataDir: dir, clock });
      expect(reopened.reviews().map((r) => r.id)).toEqual([first.entry.id, 'second']);
    });
  });

  it('repairs a card from the log when a crash came between the log append and the card write', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const store = await openStore({ dataDir: dir, clock });
      await store.saveArticle(sampleArticleFile());
      const { entry } = answered(sampleArticleFile(), clock.now());
      await mkdir(join(dir, 'reviews'), { recursive: true });
      await writeFile(join(dir, 'reviews', '2026-03.jsonl'), JSON.stringify(entry) + '\n');

      const reopened = await openStore({ dataDir: dir, clock });
      expect(reopened.article('sample')!.cards['cz-0001']).toEqual({ ...entry.cardAfter, suspended: false });
      const onDisk = JSON.parse(await readFile(join(dir, 'articles', 'sample.json'), 'utf8')) as ArticleFile;
      expect(onDisk.cards['cz-0001']!.reps).toBe(1);
    });
  });

  it('keeps the data in memory as on disk when a write fails, so the change can be retried', async () => {
    await withTempDir(async (dir) => {
      const store = await openStore({ dataDir: dir, clock: fixedClock(T0) });
      await store.saveArticle(sampleArticleFile());
      const before = store.article('sample');
      // A folder where the file should be makes the rename fail, as a full or read-only disk would.
      const broken = { ...sampleArticleFile('blocked') };
      await mkdir(join(dir, 'articles', 'blocked.json'));
      await expect(store.saveArticle(broken)).rejects.toThrow();
      expect(store.article('blocked')).toBeUndefined();
      expect(store.article('sample')).toBe(before);
    });
  });
});
