import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../main/app';
import { dispatch } from '../../../main/api/dispatch';
import { fixedClock, withTempDir } from '../../helpers/temp-dir';

const T0 = '2026-03-02T09:00:00.000Z';
type App = Awaited<ReturnType<typeof startApp>>;

async function waitForJob(services: App['services'], jobId: string) {
  for (;;) {
    const job = await services.getJob({ jobId });
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function answerFirst(services: App['services']) {
  const itemId = (await services.getToday({})).queue[0]!;
  const { cardStamp } = await services.previewRatings({ itemId });
  await services.rateItem({ itemId, rating: 3, cardStamp, durationMs: 1500 });
  return itemId;
}

const PASTED = [
  'Cities should price congestion rather than build more roads.',
  'New lanes fill up within a few years, a pattern traffic engineers call induced demand.',
  'Stockholm cut traffic by 20 percent after it introduced a charge in 2006.',
  'Yet critics argue that charges fall hardest on poorer drivers.',
  'Revenue from the charge should therefore fund better buses.',
].join('\n');

describe('exports through the services', () => {
  it('exports every format, each readable as what it claims to be', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await startApp(dir, fixedClock(T0));
      const itemId = await answerFirst(services);
      const json = await services.exportData({ format: 'json' });
      expect(JSON.parse(json.content).reviews[0].itemId).toBe(itemId);
      const revlog = await services.exportData({ format: 'revlog-csv' });
      expect(revlog.content.split('\n')[0]).toBe(
        'card_id,review_time,review_rating,review_state,review_duration',
      );
      expect(revlog.content.trim().split('\n')).toHaveLength(2);
      const cards = await services.exportData({ format: 'cards-csv' });
      expect(cards.fileName).toMatch(/\.csv$/);
      const apkg = await services.exportData({ format: 'apkg' });
      expect(apkg.encoding).toBe('base64');
      const files = unzipSync(Buffer.from(apkg.content, 'base64'));
      expect(Object.keys(files)).toEqual(expect.arrayContaining(['collection.anki2', 'media']));
      const report = await services.exportData({ format: 'report', articleId: 'hanoi-summit' });
      expect(report.content).toContain('The Hanoi Trump-Kim Summit');
      await expect(services.exportData({ format: 'report', articleId: 'nope' })).rejects.toMatchObject({
        code: 'not-found',
      });
      await close();
    });
  });
});

describe('importing articles', () => {
  it('adds a pasted article after confirmation, with its own quiz and a backup first', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await startApp(dir, fixedClock(T0));
      const preview = await services.previewPastedArticle({ text: PASTED });
      expect(preview.text.split('\n')).toHaveLength(5);
      const job = await waitForJob(
        services,
        (
          await services.addArticle({
            title: 'Price congestion',
            author: 'A. Planner',
            source: 'https://example.org/a',
            licence: 'CC BY 4.0',
            text: preview.text,
          })
        ).id,
      );
      expect(job).toMatchObject({ status: 'done' });
      const library = await services.getLibrary(undefined);
      expect(library.articles.map((a) => a.title)).toContain('Price congestion');
      const view = await services.getArticle({ articleId: job.articleId! });
      expect(view.article).toMatchObject({
        author: 'A. Planner',
        source: 'https://example.org/a',
        licence: 'CC BY 4.0',
      });
      expect(view.items.length).toBeGreaterThan(3);
      expect((await services.listBackups(undefined)).backups.some((b) => b.reason === 'before-import')).toBe(
        true,
      );
      await close();
    });
  });

  it('reads a hostile HTML file as plain text only, and refuses binary and empty files clearly', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await startApp(dir, fixedClock(T0));
      const hostile = await readFile('tests/fixtures/import/hostile.html');
      const preview = await services.previewArticleFile({
        fileName: 'hostile.html',
        contentBase64: hostile.toString('base64'),
      });
      expect(preview.text).not.toMatch(/<script|onerror|javascript:/i);
      const binary = await dispatch(services, 'previewArticleFile', {
        fileName: 'notes.txt',
        contentBase64: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]).toString('base64'),
      });
      expect(binary).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      const empty = await dispatch(services, 'previewPastedArticle', { text: '   ' });
      expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect((await services.getLibrary(undefined)).articles).toHaveLength(1);
      await close();
    });
  });
});

describe('restoring a JSON backup file', () => {
  it('merges by stable IDs, and replaces everything after backing up the current state', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await startApp(dir, fixedClock(T0));
      const first = await answerFirst(services);
      const backup = (await services.exportData({ format: 'json' })).content;
      await answerFirst(services);

      const merged = await services.restoreBackupFile({ content: backup, mode: 'merge' });
      expect(merged).toMatchObject({ mode: 'merge', reviewsAdded: 0 });
      expect((await services.exportData({ format: 'json' })).content).toContain(first);

      const replaced = await services.restoreBackupFile({ content: backup, mode: 'replace' });
      expect(replaced.mode).toBe('replace');
      const after = JSON.parse((await services.exportData({ format: 'json' })).content);
      expect(after.reviews.map((r: { itemId: string }) => r.itemId)).toEqual([first]);

      const hostile = await dispatch(services, 'restoreBackupFile', {
        content: '{"__proto__": {"x": 1}}',
        mode: 'merge',
      });
      expect(hostile).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      const truncated = await dispatch(services, 'restoreBackupFile', {
        content: backup.slice(0, 200),
        mode: 'replace',
      });
      expect(truncated).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(JSON.parse((await services.exportData({ format: 'json' })).content).reviews).toHaveLength(1);
      await close();
    });
  });
});
