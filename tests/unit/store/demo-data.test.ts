import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScheduler, newCard, type CardRecord } from '../../../main/scheduler';
import {
  DEFAULT_SETTINGS,
  openStore,
  quizItemSchema,
  reviewEntrySchema,
  type ReviewEntry,
} from '../../../main/store';
import { writeDemoCollection } from '../../../main/store/demo-data';
import { withTempDir } from '../../helpers/temp-dir';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const SIZE = { cards: 200, logs: 3_000 };

/** Every file under `dir` (but the lock) with its bytes, by relative path. */
async function filesOf(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (folder: string): Promise<void> => {
    for (const name of (await readdir(folder)).sort()) {
      const path = join(folder, name);
      if ((await stat(path)).isDirectory()) await walk(path);
      else if (name !== 'lock') files.set(relative(dir, path), await readFile(path, 'utf8'));
    }
  };
  await walk(dir);
  return files;
}

/** The FSRS fields of a card (what `cardAfter` holds). */
function fsrsFields(card: CardRecord): CardRecord {
  const { due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state } =
    card;
  const fields: CardRecord = {
    due,
    stability,
    difficulty,
    elapsed_days,
    scheduled_days,
    learning_steps,
    reps,
    lapses,
    state,
  };
  if (card.last_review) fields.last_review = card.last_review;
  return fields;
}

describe('demo data', () => {
  it('writes a collection the store opens, consistent with FSRS, card by card', async () => {
    await withTempDir(async (dir) => {
      const summary = await writeDemoCollection({ dataDir: dir, ...SIZE, seed: 7, now: NOW });
      expect(summary).toMatchObject({ cards: SIZE.cards, logs: SIZE.logs });

      // Every log line, read raw, is a valid entry; the history ends on the UTC day before `now`.
      const dayFiles = (await readdir(join(dir, 'reviews'))).sort();
      const raw: ReviewEntry[] = [];
      for (const file of dayFiles) {
        const lines = (await readFile(join(dir, 'reviews', file), 'utf8')).split('\n').filter(Boolean);
        for (const line of lines) raw.push(reviewEntrySchema.parse(JSON.parse(line)));
      }
      expect(raw).toHaveLength(SIZE.logs);
      expect(new Set(raw.map((entry) => entry.id)).size).toBe(SIZE.logs);
      expect(dayFiles.at(-1)).toBe('2026-03-01.jsonl');
      expect(raw.every((entry, i) => i === 0 || raw[i - 1]!.review <= entry.review)).toBe(true);

      const store = await openStore({ dataDir: dir, clock: { now: () => NOW } });
      try {
        expect(store.notices).toEqual([]);
        expect(store.articleIds()).toHaveLength(summary.articles);
        expect(await store.allReviews()).toHaveLength(SIZE.logs);

        const lastEntry = new Map<string, ReviewEntry>();
        const entriesOf = new Map<string, ReviewEntry[]>();
        for (const entry of raw) {
          lastEntry.set(entry.itemId, entry);
          entriesOf.set(entry.itemId, [...(entriesOf.get(entry.itemId) ?? []), entry]);
        }
        const scheduler = createScheduler({
          desiredRetention: DEFAULT_SETTINGS.desiredRetention,
          maximumInterval: DEFAULT_SETTINGS.maximumInterval,
          enableFuzz: false,
          learningSteps: DEFAULT_SETTINGS.learningSteps,
          relearningSteps: DEFAULT_SETTINGS.relearningSteps,
        });
        let cardCount = 0;
        for (const articleId of store.articleIds()) {
          const cards = store.cardsDoc(articleId)!.cards;
          const doc = (await store.loadArticle(articleId))!;
          expect(Object.keys(cards).sort()).toEqual(doc.items.map((item) => item.id).sort());
          expect(doc.article.addedAt < NOW.toISOString()).toBe(true);
          for (const item of doc.items) {
            // Well-formed items whose source is a sentence of the text that holds the answer.
            expect(quizItemSchema.safeParse(item).success).toBe(true);
            const [span] = item.sources;
            expect(span!.end).toBeLessThanOrEqual(doc.article.text.length);
            expect(doc.article.text.slice(span!.start, span!.end)).toContain(item.answer);
            expect(item.prompt).toContain('_____');
            if (item.options) expect(item.options).toContain(item.answer);
          }
          for (const [itemId, card] of Object.entries(cards)) {
            cardCount++;
            const last = lastEntry.get(itemId);
            if (!last) {
              expect(card.state).toBe(0);
              continue;
            }
            // The card is the cardAfter of its last log entry...
            expect(fsrsFields(card)).toEqual(last.cardAfter);
            expect(card.suspended).toBe(last.leech === true);
            // ...and every entry is what FSRS gives for its rating at its time, from a new card on.
            let replayed: CardRecord = newCard(new Date(entriesOf.get(itemId)![0]!.due));
            for (const entry of entriesOf.get(itemId)!) {
              const outcome = scheduler.answer(replayed, new Date(entry.review), entry.rating);
              expect(outcome.card).toEqual(entry.cardAfter);
              expect(entry.state).toBe(replayed.state);
              replayed = outcome.card;
            }
          }
        }
        expect(cardCount).toBe(SIZE.cards);
      } finally {
        await store.close();
      }

      // The card files caught up with the whole log: the checkpoint points at its end.
      const checkpoint = JSON.parse(await readFile(join(dir, 'checkpoint.json'), 'utf8')) as {
        through: { file: string; offset: number };
      };
      expect(checkpoint.through.file).toBe(dayFiles.at(-1));
      expect(checkpoint.through.offset).toBe((await stat(join(dir, 'reviews', dayFiles.at(-1)!))).size);

      // Ratings in realistic proportions.
      const share = (rating: number) => raw.filter((entry) => entry.rating === rating).length / raw.length;
      expect(share(1)).toBeGreaterThan(0.08);
      expect(share(1)).toBeLessThan(0.16);
      expect(share(3)).toBeGreaterThan(0.6);
    });
  }, 60_000);

  it('gives identical files for the same seed, and another history for another seed', async () => {
    await withTempDir(async (root) => {
      const make = async (name: string, seed: number) => {
        const dir = join(root, name);
        await writeDemoCollection({ dataDir: dir, ...SIZE, seed, now: NOW });
        return filesOf(dir);
      };
      const first = await make('a', 3);
      const second = await make('b', 3);
      const other = await make('c', 4);
      expect([...second.keys()]).toEqual([...first.keys()]);
      for (const [path, text] of first) expect(second.get(path), path).toBe(text);
      expect(other.get('checkpoint.json')).not.toBe(first.get('checkpoint.json'));
    });
  }, 60_000);

  it('refuses impossible sizes', async () => {
    await withTempDir(async (dir) => {
      await expect(writeDemoCollection({ dataDir: dir, cards: 0, logs: 10, now: NOW })).rejects.toThrow(
        /need cards/,
      );
      await expect(writeDemoCollection({ dataDir: dir, cards: 1.5, logs: 10, now: NOW })).rejects.toThrow(
        /whole number/,
      );
    });
  });
});

describe('demo data CLI', () => {
  const run = (args: string[]) =>
    spawnSync('npx', ['tsx', 'main/cli/demo-data.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

  it('exits non-zero with a clear message on bad arguments or a folder that is not empty', async () => {
    await withTempDir(async (dir) => {
      const bad = run(['--data-dir', dir, '--cards', 'abc', '--logs', '10']);
      expect(bad.status).not.toBe(0);
      expect(bad.stderr).toContain('--cards must be a whole number, got "abc"');
      expect(bad.stderr).toContain('usage: npm run demo-data');

      await mkdir(join(dir, 'full'));
      await writeFile(join(dir, 'full', 'settings.json'), '{}');
      const taken = run(['--data-dir', join(dir, 'full'), '--cards', '10', '--logs', '10']);
      expect(taken.status).not.toBe(0);
      expect(taken.stderr).toContain('is not empty');
      expect(await readdir(join(dir, 'full'))).toEqual(['settings.json']);
    });
  }, 120_000);
});
