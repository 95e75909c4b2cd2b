import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledArticles } from '../../../content';
import { startApp } from '../../../main/app';
import { AppError } from '../../../main/api/errors';
import { BACKUP_FORMAT } from '../../../main/export';
import { DAY_MS, fixedClock, withTempDir } from '../../helpers/temp-dir';

const T0 = '2026-03-02T09:00:00.000Z';
const ARTICLE = 'hanoi-summit';

async function fresh(dir: string, clock = fixedClock(T0)) {
  const app = await startApp(dir, clock);
  const { services, store } = app;
  // Study with fuzz off so that intervals are exact.
  await store.saveSettings({
    ...store.settingsFile(),
    settings: { ...store.settingsFile().settings, enableFuzz: false },
  });
  return { services, store, clock };
}

describe('services on a real data folder', () => {
  it('loads the bundled article with its metadata and generated items on first run', async () => {
    await withTempDir(async (dir) => {
      const { services } = await fresh(dir);
      const library = await services.getLibrary(undefined);
      expect(library.articles.map((a) => a.id)).toEqual([ARTICLE]);
      const view = await services.getArticle({ articleId: ARTICLE });
      expect(view.article.title).toBe('The Hanoi Trump-Kim Summit: Personal Chemistry Fizzles');
      expect(view.article.author).toBe('Trevor Findlay');
      expect(view.article.attribution).toMatch(/Creative Commons/);
      expect(view.text).toBe(bundledArticles[0]!.text);
      expect(view.items.length).toBeGreaterThan(10);
      for (const item of view.items) expect(item.card.state).toBe('new');
      expect(await readdir(join(dir, 'articles'))).toEqual([`${ARTICLE}.json`]);
    });
  });

  it('answers a card: preview, rate, and the card leaves the queue until it is due again', async () => {
    await withTempDir(async (dir) => {
      const { services, clock } = await fresh(dir);
      const before = await services.getToday({ articleId: ARTICLE });
      const itemId = before.queue[0]!;
      const preview = await services.previewRatings({ itemId });
      expect(preview.outcomes.map((o) => o.interval).slice(0, 3)).toEqual(['1m', '6m', '10m']);
      const result = await services.rateItem({
        itemId,
        rating: 3,
        cardStamp: preview.cardStamp,
        durationMs: 4000,
      });
      expect(result.card.state).toBe('learning');
      expect(result.today.queue).not.toContain(itemId);
      expect(result.today.reviewedToday).toBe(1);
      expect(result.today.counts.new).toBe(before.counts.new - 1);

      clock.advance(DAY_MS);
      const tomorrow = await services.getToday({ articleId: ARTICLE });
      expect(tomorrow.queue[0]).toBe(itemId);
      expect(tomorrow.counts.learning).toBe(1);
    });
  });

  it('refuses a second answer to the same showing of a card and records nothing', async () => {
    await withTempDir(async (dir) => {
      const { services, store } = await fresh(dir);
      const itemId = (await services.getToday({})).queue[0]!;
      const { cardStamp } = await services.previewRatings({ itemId });
      const first = services.rateItem({ itemId, rating: 3, cardStamp, durationMs: 1 });
      const second = services.rateItem({ itemId, rating: 1, cardStamp, durationMs: 1 });
      await expect(first).resolves.toBeDefined();
      await expect(second).rejects.toMatchObject({ code: 'stale-answer' });
      await expect(second).rejects.toBeInstanceOf(AppError);
      const reviews = await store.allReviews();
      expect(reviews).toHaveLength(1);
      expect(reviews[0]!.rating).toBe(3);
      await store.close();
    });
  });

  it('keeps progress across a restart', async () => {
    await withTempDir(async (dir) => {
      const { services, clock, store } = await fresh(dir);
      const itemId = (await services.getToday({})).queue[0]!;
      const { cardStamp } = await services.previewRatings({ itemId });
      await services.rateItem({ itemId, rating: 4, cardStamp, durationMs: 1, response: 'whatever' });
      await store.close();

      const reopened = await startApp(dir, clock);
      const view = await reopened.services.getArticle({ articleId: ARTICLE });
      expect(view.items.find((item) => item.id === itemId)!.card.state).toBe('review');
      const reviews = await reopened.store.allReviews();
      expect(reviews).toHaveLength(1);
      expect(reviews[0]!.correct).toBe(false);
      await reopened.close();
    });
  });

  it('checks typed answers forgivingly against the item', async () => {
    await withTempDir(async (dir) => {
      const { services } = await fresh(dir);
      const view = await services.getArticle({ articleId: ARTICLE });
      const cloze = view.items.find((item) => item.kind === 'cloze')!;
      expect(
        await services.checkAnswer({ itemId: cloze.id, response: ` ${cloze.answer.toUpperCase()} ` }),
      ).toMatchObject({
        correct: true,
        expected: cloze.answer,
      });
      expect((await services.checkAnswer({ itemId: cloze.id, response: 'zzzz' })).correct).toBe(false);
    });
  });

  it('exports everything as one JSON document that holds the review', async () => {
    await withTempDir(async (dir) => {
      const { services } = await fresh(dir);
      const itemId = (await services.getToday({})).queue[0]!;
      const { cardStamp } = await services.previewRatings({ itemId });
      await services.rateItem({ itemId, rating: 3, cardStamp, durationMs: 2500 });
      const file = await services.exportData({ format: 'json' });
      expect(file.fileName).toBe('argument-study-backup-2026-03-02.json');
      const backup = JSON.parse(file.content);
      expect(backup.format).toBe(BACKUP_FORMAT);
      expect(backup.settings.desiredRetention).toBe(0.9);
      expect(backup.articles[0].article.id).toBe(ARTICLE);
      expect(backup.articles[0].items.length).toBe(Object.keys(backup.articles[0].cards).length);
      expect(backup.reviews).toHaveLength(1);
      expect(backup.reviews[0]).toMatchObject({ itemId, rating: 3, durationMs: 2500, state: 0 });
    });
  });

  it('does not add back a bundled article once loaded, and reports an unknown article clearly', async () => {
    await withTempDir(async (dir) => {
      const { store } = await fresh(dir);
      expect(store.settingsFile().seededArticles).toEqual([ARTICLE]);
      await store.close();
      const again = await startApp(dir, fixedClock(T0));
      await expect(again.services.getArticle({ articleId: 'missing' })).rejects.toThrow(
        'No article with ID "missing".',
      );
    });
  });
});
