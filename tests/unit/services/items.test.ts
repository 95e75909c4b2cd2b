import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../main/app';
import { dispatch } from '../../../main/api/dispatch';
import { generateInProcess, generateInWorker } from '../../../main/services/generate';
import { fixedClock, withTempDir } from '../../helpers/temp-dir';

const T0 = '2026-03-02T09:00:00.000Z';
const ARTICLE = 'hanoi-summit';

async function waitForJob(services: Awaited<ReturnType<typeof startApp>>['services'], jobId: string) {
  for (;;) {
    const job = await services.getJob({ jobId });
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('editing, deleting and regenerating items', () => {
  it('edits an item in place: same ID, same progress, and the edit survives regeneration', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await startApp(dir, fixedClock(T0));
      const itemId = (await services.getToday({})).queue[0]!;
      const { cardStamp } = await services.previewRatings({ itemId });
      await services.rateItem({ itemId, rating: 3, cardStamp, durationMs: 1000 });
      const item = (await services.getArticle({ articleId: ARTICLE })).items.find((i) => i.id === itemId)!;
      const edited = await services.editItem({
        itemId,
        prompt: `${item.prompt} (edited)`,
        answer: item.answer,
        ...(item.options ? { options: item.options } : {}),
      });
      expect(edited).toMatchObject({ id: itemId, edited: true, card: { reps: 1 } });

      const job = await services.regenerateArticle({ articleId: ARTICLE });
      expect(await waitForJob(services, job.id)).toMatchObject({ status: 'done', progress: 1 });
      const after = (await services.getArticle({ articleId: ARTICLE })).items.find((i) => i.id === itemId)!;
      expect(after.prompt).toBe(`${item.prompt} (edited)`);
      expect(after.card.reps).toBe(1);
      await close();
    });
  });

  it('refuses an edit that would break the item, and changes nothing', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await startApp(dir, fixedClock(T0));
      const item = (await services.getArticle({ articleId: ARTICLE })).items.find((i) => i.options)!;
      const outcome = await dispatch(services, 'editItem', {
        itemId: item.id,
        prompt: item.prompt,
        answer: 'not among the options',
        options: item.options,
      });
      expect(outcome).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument', message: 'The answer must be one of the options.' },
      });
      const same = (await services.getArticle({ articleId: ARTICLE })).items.find((i) => i.id === item.id)!;
      expect(same.answer).toBe(item.answer);
      await close();
    });
  });

  it('deletes an item for good: regeneration does not bring it back', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await startApp(dir, fixedClock(T0));
      const before = (await services.getArticle({ articleId: ARTICLE })).items;
      await services.deleteItem({ itemId: before[0]!.id });
      const job = await services.regenerateArticle({ articleId: ARTICLE });
      await waitForJob(services, job.id);
      const after = (await services.getArticle({ articleId: ARTICLE })).items;
      expect(after.map((i) => i.id)).not.toContain(before[0]!.id);
      expect(after).toHaveLength(before.length - 1);
      await expect(services.getToday({})).resolves.toBeDefined();
      await close();
    });
  });

  it('keeps the progress of unchanged items when the generator runs again, and stores the argument map', async () => {
    await withTempDir(async (dir) => {
      const { services, close } = await startApp(dir, fixedClock(T0));
      const view = await services.getArticle({ articleId: ARTICLE });
      expect(view.argumentMap?.thesis).toEqual(['s0']);
      const answered = view.items.slice(0, 3).map((i) => i.id);
      for (const itemId of answered) {
        const { cardStamp } = await services.previewRatings({ itemId });
        await services.rateItem({ itemId, rating: 4, cardStamp, durationMs: 1000 });
      }
      const job = await services.regenerateArticle({ articleId: ARTICLE });
      await waitForJob(services, job.id);
      const after = await services.getArticle({ articleId: ARTICLE });
      expect(after.items.map((i) => i.id)).toEqual(view.items.map((i) => i.id));
      for (const itemId of answered)
        expect(after.items.find((i) => i.id === itemId)!.card.state).toBe('review');
      await close();
    });
  });
});

describe('generation off the main thread', () => {
  it('generates a long article in a worker thread with progress, exactly as in-process', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'argument-study-worker-'));
    try {
      const workerFile = join(dir, 'quiz-worker.mjs');
      await build({
        entryPoints: ['main/quiz/worker.ts'],
        outfile: workerFile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        logLevel: 'silent',
        banner: {
          js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        },
      });
      const folder = 'tests/fixtures/articles';
      const names = (await readdir(folder, { withFileTypes: true, recursive: true }))
        .filter((e) => e.name === 'article.txt')
        .map((e) => e.parentPath);
      const texts = await Promise.all(names.map((name) => readFile(join(name, 'article.txt'), 'utf8')));
      const input = { articleId: 'long', text: texts.join('\n') };
      expect(input.text.length).toBeGreaterThan(20_000);
      const stages: string[] = [];
      const quiz = await generateInWorker(pathToFileURL(workerFile))(input, (_fraction, stage) =>
        stages.push(stage),
      );
      expect(stages).toContain('Mapping the argument');
      expect(quiz).toEqual(await generateInProcess(input));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
