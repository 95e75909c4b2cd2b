import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store';
import { sampleArticle } from '../../helpers/articles';
import { goodAnswer } from '../../helpers/reviews';
import { fixedClock, withTempDir } from '../../helpers/temp-dir';

const T0 = '2026-03-02T09:00:00.000Z';

const DAMAGE: [string, string][] = [
  ['empty', ''],
  ['truncated', '{"layoutVersion":2,"settings":{"desiredRet'],
  ['NUL-filled', '\0'.repeat(64)],
  ['a JSON null', 'null'],
  ['garbage', 'PK\u0003\u0004 not json at all'],
  ['of the wrong shape', '{"layoutVersion":2,"cards":"loud","schemaVersion":2}'],
];

const FILES: [string, string, RegExp][] = [
  ['settings', 'settings.json', /The settings file could not be read/],
  ['cards', 'cards/sample.json', /The cards file sample\.json could not be read/],
  ['checkpoint', 'checkpoint.json', /The checkpoint file could not be read/],
];

async function preparedFolder(dir: string) {
  const clock = fixedClock(T0);
  const store = await openStore({ dataDir: dir, clock });
  await store.saveArticle(sampleArticle());
  await store.commitReview(
    goodAnswer('sample', 'sample-cz-1', store.cardsDoc('sample')!.cards['sample-cz-1']!, clock.now()),
  );
  await store.close();
}

async function setAsideNames(dir: string, file: string): Promise<string[]> {
  const folder = join(dir, file, '..');
  const base = file.split('/').pop()!;
  return (await readdir(folder)).filter((name) => name.startsWith(`${base}.corrupt-`));
}

describe('damaged files', () => {
  for (const [what, file, message] of FILES) {
    it.each(DAMAGE)(
      `a ${what} file that is %s is moved aside with its bytes kept, and the app starts and says so`,
      async (_label, content) => {
        await withTempDir(async (dir) => {
          await preparedFolder(dir);
          await writeFile(join(dir, file), content);
          const store = await openStore({ dataDir: dir, clock: fixedClock(T0) });
          const [setAside] = await setAsideNames(dir, file);
          expect(setAside).toBeDefined();
          expect(await readFile(join(dir, file, '..', setAside!), 'utf8')).toBe(content);
          expect(store.notices.map((n) => n.message).join('\n')).toMatch(message);
          expect(store.notices.map((n) => n.message).join('\n')).toContain(setAside);
          await store.close();
        });
      },
    );
  }

  it('an unreadable article file is set aside when the article is opened, and named', async () => {
    await withTempDir(async (dir) => {
      await preparedFolder(dir);
      await writeFile(join(dir, 'articles', 'sample.json'), '{"schemaVersion": 2, "article": ');
      const store = await openStore({ dataDir: dir, clock: fixedClock(T0) });
      expect(await store.loadArticle('sample')).toBeUndefined();
      expect(store.notices[0]!.message).toMatch(
        /The article file sample\.json could not be read .* moved aside/,
      );
      expect(await setAsideNames(dir, 'articles/sample.json')).toHaveLength(1);
      await store.close();
    });
  });

  it('a damaged checkpoint only means a longer replay: every review is still applied', async () => {
    await withTempDir(async (dir) => {
      await preparedFolder(dir);
      await writeFile(join(dir, 'checkpoint.json'), 'garbage');
      const store = await openStore({ dataDir: dir, clock: fixedClock(T0) });
      expect(store.cardsDoc('sample')!.cards['sample-cz-1']!.reps).toBe(1);
      await store.close();
    });
  });

  it('never overwrites a file set aside earlier', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      await writeFile(join(dir, 'settings.json'), 'first');
      await (await openStore({ dataDir: dir, clock })).close();
      await writeFile(join(dir, 'settings.json'), 'second');
      await (await openStore({ dataDir: dir, clock })).close();
      const kept = (await readdir(dir)).filter((name) => name.startsWith('settings.json.corrupt-')).sort();
      expect(kept).toHaveLength(2);
      const contents = await Promise.all(kept.map((name) => readFile(join(dir, name), 'utf8')));
      expect(contents.sort()).toEqual(['first', 'second']);
    });
  });
});
