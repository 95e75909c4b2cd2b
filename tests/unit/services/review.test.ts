import { describe, expect, it } from 'vitest';
import { startApp } from '../../../main/app';
import { DAY_MS, fixedClock, withTempDir } from '../../helpers/temp-dir';

const T0 = '2026-03-02T09:00:00.000Z';

async function app(dir: string, clock = fixedClock(T0), changes: Record<string, unknown> = {}) {
  const started = await startApp(dir, clock);
  const current = started.store.settingsFile().settings;
  await started.services.updateSettings({ settings: { ...current, enableFuzz: false, ...changes } });
  return { ...started, clock };
}

async function answer(
  services: Awaited<ReturnType<typeof app>>['services'],
  itemId: string,
  rating: 1 | 2 | 3 | 4,
) {
  const { cardStamp } = await services.previewRatings({ itemId });
  return services.rateItem({ itemId, rating, cardStamp, durationMs: 3000 });
}

describe('daily review', () => {
  it('undoes the last answers one by one: card and log return to what they were', async () => {
    await withTempDir(async (dir) => {
      const { services, store, close } = await app(dir);
      const [first, second] = (await services.getToday({})).queue;
      const before = (await services.getArticle({ articleId: 'hanoi-summit' })).items.find(
        (i) => i.id === first,
      )!.card;
      await answer(services, first!, 3);
      await answer(services, second!, 4);

      const undone = await services.undoLast(undefined);
      expect(undone.itemId).toBe(second);
      expect(undone.card.state).toBe('new');
      const undoneFirst = await services.undoLast(undefined);
      expect(undoneFirst.itemId).toBe(first);
      expect(undoneFirst.card).toEqual(before);
      expect(await store.allReviews()).toEqual([]);
      expect(undoneFirst.today.reviewedToday).toBe(0);
      await expect(services.undoLast(undefined)).rejects.toMatchObject({ code: 'not-found' });
      await close();

      const reopened = await startApp(dir, fixedClock(T0));
      const card = (await reopened.services.getArticle({ articleId: 'hanoi-summit' })).items.find(
        (i) => i.id === first,
      )!.card;
      expect(card).toEqual(before);
      await reopened.close();
    });
  });

  it('buries a card until the next study day and suspends one until it is unsuspended', async () => {
    await withTempDir(async (dir) => {
      const { services, clock, close } = await app(dir);
      const [first, second] = (await services.getToday({})).queue;
      const buried = await services.buryItem({ itemId: first! });
      expect(buried.today.queue).not.toContain(first);
      const suspended = await services.setSuspended({ itemId: second!, suspended: true });
      expect(suspended.card.suspended).toBe(true);
      expect(suspended.today.queue).not.toContain(second);

      clock.advance(DAY_MS);
      const tomorrow = await services.getToday({});
      expect(tomorrow.queue).toContain(first);
      expect(tomorrow.queue).not.toContain(second);
      await services.setSuspended({ itemId: second!, suspended: false });
      expect((await services.getToday({})).queue).toContain(second);
      await close();
    });
  });

  it('tags and suspends a leech when its lapses reach the threshold, and says so', async () => {
    await withTempDir(async (dir) => {
      const { services, clock, close } = await app(dir, fixedClock(T0), {
        leechThreshold: 2,
        relearningSteps: [],
      });
      const itemId = (await services.getToday({})).queue[0]!;
      const lapses: boolean[] = [];
      await answer(services, itemId, 4);
      for (let i = 0; i < 2; i++) {
        clock.advance(30 * DAY_MS);
        const again = await answer(services, itemId, 1);
        lapses.push(again.leech);
        clock.advance(DAY_MS);
        if (!again.leech) await answer(services, itemId, 3);
      }
      expect(lapses).toEqual([false, true]);
      const view = (await services.getArticle({ articleId: 'hanoi-summit' })).items.find(
        (i) => i.id === itemId,
      )!;
      expect(view.card).toMatchObject({ suspended: true, lapses: 2 });
      expect((await services.getToday({})).queue).not.toContain(itemId);
      await close();
    });
  });

  it('buries the siblings of an item seen today until tomorrow', async () => {
    await withTempDir(async (dir) => {
      const { services, store, clock, close } = await app(dir);
      const view = await services.getArticle({ articleId: 'hanoi-summit' });
      const bySentence = new Map<string, string[]>();
      for (const item of view.items) {
        for (const sentence of item.sourceSentenceIds)
          bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), item.id]);
      }
      const group = [...bySentence.values()].find((ids) => ids.length > 1)!;
      const [seen, sibling] = group;
      await answer(services, seen!, 3);
      const queue = (await services.getToday({})).queue;
      expect(queue).not.toContain(sibling);
      clock.advance(DAY_MS);
      expect((await services.getToday({})).queue).toContain(sibling);
      expect(store.settingsFile().settings.newCardsPerDay).toBe(20);
      await close();
    });
  });

  it('suggests Again for a wrong answer, Good for a slow right one and Easy for a quick right one', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await app(dir);
      const item = (await services.getArticle({ articleId: 'hanoi-summit' })).items.find(
        (i) => i.kind === 'cloze',
      )!;
      expect(
        (await services.checkAnswer({ itemId: item.id, response: 'zzz', durationMs: 1000 })).suggestedRating,
      ).toBe(1);
      expect(
        (await services.checkAnswer({ itemId: item.id, response: item.answer, durationMs: 60_000 }))
          .suggestedRating,
      ).toBe(3);
      expect(
        (await services.checkAnswer({ itemId: item.id, response: item.answer, durationMs: 2_000 }))
          .suggestedRating,
      ).toBe(4);
      await close();
    });
  });

  it('counts a streak once every due card of the day is done', async () => {
    await withTempDir(async (dir) => {
      const { services, clock, close } = await app(dir, fixedClock(T0), {
        newCardsPerDay: 2,
        learningSteps: [],
      });
      for (let day = 0; day < 2; day++) {
        for (
          let next = (await services.getToday({})).queue[0];
          next;
          next = (await services.getToday({})).queue[0]
        ) {
          await answer(services, next, 4);
        }
        expect((await services.getToday({})).streak).toBe(day + 1);
        clock.advance(DAY_MS);
      }
      await close();
    });
  });

  it('validates settings and keeps the old ones when they are refused', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await app(dir);
      const { dispatch } = await import('../../../main/api/dispatch');
      const current = await services.getSettings(undefined);
      const refused = await dispatch(services, 'updateSettings', {
        settings: { ...current, desiredRetention: 1.5 },
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect((await services.getSettings(undefined)).desiredRetention).toBe(current.desiredRetention);
      const steps = await dispatch(services, 'updateSettings', {
        settings: { ...current, learningSteps: ['ten minutes'] },
      });
      expect(steps).toMatchObject({ ok: false });
      await close();
    });
  });
});
