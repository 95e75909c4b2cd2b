import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, type ReviewEntry } from '../../../main/store';
import { sampleArticle } from '../../helpers/articles';
import { goodAnswer } from '../../helpers/reviews';
import { fixedClock, withTempDir } from '../../helpers/temp-dir';

const T0 = '2026-03-02T09:00:00.000Z';

/** Writes a data folder as layout version 1 wrote it: cards inside the article file, monthly logs. */
async function writeV1Folder(dir: string): Promise<ReviewEntry[]> {
  const bundle = sampleArticle();
  const first = goodAnswer(
    'sample',
    'sample-cz-1',
    bundle.cards['sample-cz-1']!,
    new Date('2026-02-27T23:59:00.000Z'),
    'feb',
  );
  const second = goodAnswer(
    'sample',
    'sample-cz-2',
    bundle.cards['sample-cz-2']!,
    new Date('2026-03-01T08:00:00.000Z'),
    'mar',
  );
  const cards = {
    'sample-cz-1': { ...first.cardAfter, suspended: false },
    'sample-cz-2': { ...second.cardAfter, suspended: true },
  };
  await mkdir(join(dir, 'articles'), { recursive: true });
  await mkdir(join(dir, 'reviews'), { recursive: true });
  const settings = { desiredRetention: 0.85, maximumInterval: 365, enableFuzz: true, newCardsPerDay: 7 };
  await writeFile(
    join(dir, 'settings.json'),
    JSON.stringify({ schemaVersion: 1, settings, seededArticles: ['hanoi-summit'] }),
  );
  await writeFile(
    join(dir, 'articles', 'sample.json'),
    JSON.stringify({ schemaVersion: 1, ...bundle, cards }),
  );
  await writeFile(join(dir, 'reviews', '2026-02.jsonl'), JSON.stringify(first) + '\n');
  await writeFile(join(dir, 'reviews', '2026-03.jsonl'), JSON.stringify(second) + '\n');
  return [first, second];
}

describe('migration from layout version 1', () => {
  it('keeps settings, articles, cards and every review, and takes a backup first', async () => {
    await withTempDir(async (dir) => {
      const reviews = await writeV1Folder(dir);
      const store = await openStore({ dataDir: dir, clock: fixedClock(T0) });
      expect(store.settingsFile()).toMatchObject({
        layoutVersion: 2,
        settings: { newCardsPerDay: 7, desiredRetention: 0.85 },
      });
      expect(store.settingsFile().seededArticles).toEqual(['hanoi-summit']);
      expect(store.cardsDoc('sample')!.cards['sample-cz-2']!.suspended).toBe(true);
      expect(store.cardsDoc('sample')!.cards['sample-cz-1']!.reps).toBe(1);
      expect((await store.loadArticle('sample'))!.items.map((i) => i.answer)).toEqual(['Boeing', '110']);
      expect((await store.allReviews()).map((r) => r.id)).toEqual(reviews.map((r) => r.id));
      expect(await readdir(join(dir, 'reviews'))).toEqual(['2026-02-27.jsonl', '2026-03-01.jsonl']);
      expect(store.notices[0]!.message).toMatch(/upgraded to format 2; a backup was kept/);

      const [backup] = await readdir(join(dir, 'backups'));
      expect(backup).toMatch(/before-migration$/);
      const kept = JSON.parse(await readFile(join(dir, 'backups', backup!, 'settings.json'), 'utf8'));
      expect(kept.schemaVersion).toBe(1);
      expect(await readdir(join(dir, 'backups', backup!, 'reviews'))).toEqual([
        '2026-02.jsonl',
        '2026-03.jsonl',
      ]);
      await store.close();
    });
  });

  it('finishes a migration that was interrupted, without duplicating reviews', async () => {
    await withTempDir(async (dir) => {
      await writeV1Folder(dir);
      const v1Settings = await readFile(join(dir, 'settings.json'), 'utf8');
      await (await openStore({ dataDir: dir, clock: fixedClock(T0) })).close();
      // As if it had stopped before the settings file was rewritten: the monthly logs are back, settings say v1.
      await writeFile(join(dir, 'settings.json'), v1Settings);
      await writeV1Folder(join(dir, 'again'));
      for (const month of ['2026-02.jsonl', '2026-03.jsonl']) {
        await writeFile(join(dir, 'reviews', month), await readFile(join(dir, 'again', 'reviews', month)));
      }
      const store = await openStore({ dataDir: dir, clock: fixedClock(T0) });
      expect((await store.allReviews()).map((r) => r.id)).toEqual(['feb', 'mar']);
      expect(store.cardsDoc('sample')!.cards['sample-cz-1']!.reps).toBe(1);
      await store.close();
    });
  });
});
