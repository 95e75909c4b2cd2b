import { describe, expect, it } from 'vitest';
import { startApp } from '../../../main/app';
import { DAY_MS, fixedClock, withTempDir } from '../../helpers/temp-dir';

const T0 = '2026-03-02T09:00:00.000Z';

async function waitForJob(services: Awaited<ReturnType<typeof startApp>>['services'], jobId: string) {
  for (;;) {
    const job = await services.getJob({ jobId });
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('statistics and the optimiser in the app', () => {
  it('keeps the statistics current as answers are made and taken back', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await startApp(dir, fixedClock(T0));
      const answer = async (rating: 1 | 2 | 3 | 4) => {
        const itemId = (await services.getToday({})).queue[0]!;
        const { cardStamp } = await services.previewRatings({ itemId });
        await services.rateItem({ itemId, rating, cardStamp, durationMs: 6000 });
        return itemId;
      };
      expect((await services.getStats(undefined)).totals.reviews).toBe(0);
      await answer(3);
      await answer(1);
      await answer(4);
      let stats = await services.getStats(undefined);
      expect(stats.totals.reviews).toBe(3);
      expect(stats.buttonCounts.allTime.learning).toMatchObject({ again: 1, good: 1, easy: 1 });
      await services.undoLast(undefined);
      stats = await services.getStats(undefined);
      expect(stats.totals.reviews).toBe(2);
      expect(stats.mastery?.byArticle[0]?.articleId).toBe('hanoi-summit');
      await close();
    });
  });

  it('tints the sentences of reviewed items for the overlay', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await startApp(dir, fixedClock(T0));
      const itemId = (await services.getToday({})).queue[0]!;
      const item = (await services.getArticle({ articleId: 'hanoi-summit' })).items.find(
        (i) => i.id === itemId,
      )!;
      expect(await services.getSentenceMastery({ articleId: 'hanoi-summit' })).toEqual({});
      const { cardStamp } = await services.previewRatings({ itemId });
      await services.rateItem({ itemId, rating: 4, cardStamp, durationMs: 1000 });
      const mastery = await services.getSentenceMastery({ articleId: 'hanoi-summit' });
      for (const sentence of item.sourceSentenceIds) expect(mastery[sentence]).toBeGreaterThan(0.9);
      await close();
    });
  });

  it('says how much more history the optimiser needs, and applies parameters on request', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const { services, close } = await startApp(dir, clock);
      const job = await waitForJob(services, (await services.optimizeParameters(undefined)).id);
      expect(job.status).toBe('done');
      expect(job.optimizer?.status).toBe('not-enough-history');
      expect(job.optimizer?.message).toMatch(/more/);

      const settings = await services.getSettings(undefined);
      const parameters = Array.from({ length: 21 }, (_, i) => [0.5, 1.5, 3, 16][i] ?? 0.5);
      await services.updateSettings({ settings: { ...settings, enableFuzz: false } });
      const applied = await services.applyParameters({ parameters, reschedule: true });
      expect(applied.rescheduled).toBe(0);
      expect((await services.getSettings(undefined)).fsrsParameters).toEqual(parameters);
      expect(settings.fsrsParameters).toBeUndefined();
      // The scheduler now uses them: a new card answered Easy goes to about w[3] = 16 days.
      const itemId = (await services.getToday({})).queue[0]!;
      const preview = await services.previewRatings({ itemId });
      expect(preview.outcomes[3]!.interval).toBe('16d');
      clock.advance(DAY_MS);
      await close();
    });
  });
});
