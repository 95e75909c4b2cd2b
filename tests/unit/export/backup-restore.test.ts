import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BackupFileError,
  buildJsonBackup,
  parseBackup,
  planRestore,
  type ParsedBackup,
  type RestoreCollection,
} from '../../../main/export';
import { collection, history, NOW } from './fixtures';

function backupText(source = collection()): string {
  return buildJsonBackup(source, NOW).content;
}

/** The BackupFileError `run` throws (failing the test when it throws nothing or something else). */
function refusal(run: () => unknown): BackupFileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BackupFileError);
    return error as BackupFileError;
  }
  throw new Error('expected a BackupFileError');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const empty: RestoreCollection = { articles: [], reviews: [], settings: collection().settings };

describe('restoring a JSON backup: parsing', () => {
  it('reads back exactly what was exported', () => {
    const source = collection();
    const parsed = parseBackup(backupText(source));
    expect(parsed.articles).toEqual(source.articles);
    expect(parsed.reviews).toEqual(source.reviews);
    expect(parsed.settings).toEqual(source.settings);
    expect(parsed.exportedAt).toBe(NOW.toISOString());
  });

  it('refuses a truncated file as incomplete JSON', () => {
    const text = backupText();
    const error = refusal(() => parseBackup(text.slice(0, Math.floor(text.length / 2))));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/not complete JSON; it may be truncated/);
    expect(refusal(() => parseBackup('')).code).toBe('not-json');
  });

  it('refuses JSON that is not a backup, or one from a newer version', () => {
    for (const foreign of ['{"name":"argument-study","version":"0.1.0"}', '[1,2,3]', '"text"', 'null']) {
      const error = refusal(() => parseBackup(foreign));
      expect(error.code).toBe('not-a-backup');
      expect(error.message).toContain('not an Argument Study backup');
    }
    const newer = refusal(() => parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 99 })));
    expect(newer.code).toBe('newer-version');
    expect(newer.message).toContain('newer version');
  });

  it('refuses a 50 MB string and a file over the size limit before parsing', () => {
    const huge = `{"format":"${BACKUP_FORMAT}","version":1,"settings":"${'a'.repeat(50 * 1024 * 1024)}"}`;
    const error = refusal(() => parseBackup(huge));
    expect(error.code).toBe('string-too-long');
    expect(error.message).toMatch(/more than 8 MB/);
    const limited = refusal(() =>
      parseBackup(backupText(), { maxChars: 1000, maxDepth: 32, maxStringChars: 1000 }),
    );
    expect(limited.code).toBe('too-large');
    expect(limited.message).toMatch(/more than the 1 KB accepted/);
  });

  it('refuses nesting 10,000 levels deep without overflowing the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const error = refusal(() => parseBackup(deep));
    expect(error.code).toBe('too-deep');
    expect(error.message).toContain('nested more than 32 levels');
    const deepObject = `{"format":"${BACKUP_FORMAT}","x":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    expect(refusal(() => parseBackup(deepObject)).code).toBe('too-deep');
  });

  it('refuses __proto__, constructor and prototype keys, and pollutes nothing', () => {
    const valid = JSON.parse(backupText()) as Record<string, unknown>;
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = backupText().replace('"settings": {', `"settings": {"${key}": {"polluted": true},`);
      expect(text).toContain(`"${key}"`);
      const error = refusal(() => parseBackup(text));
      expect(error.code).toBe('forbidden-key');
      expect(error.message).toContain(`"${key}"`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(valid.format).toBe(BACKUP_FORMAT);
    // an escaped spelling is the same key once parsed
    const escaped = backupText().replace(
      '"settings": {',
      '"settings": {"\\u005f_proto__": {"polluted": true},',
    );
    expect(refusal(() => parseBackup(escaped)).code).toBe('forbidden-key');
  });

  it('refuses a backup that does not match the schemas, naming where', () => {
    const source = collection();
    const broken = JSON.parse(backupText(source)) as { reviews: { rating: number }[] };
    broken.reviews[2]!.rating = 5;
    const error = refusal(() => parseBackup(JSON.stringify(broken)));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('reviews[2].rating');
    const twice = JSON.parse(backupText(source)) as { articles: unknown[] };
    twice.articles.push(twice.articles[0]);
    expect(refusal(() => parseBackup(JSON.stringify(twice))).message).toContain('article "hanoi" twice');
  });
});

describe('restoring a JSON backup: the plan', () => {
  it('replace: export, parse and plan give back the original collection', () => {
    const source = collection();
    const current: RestoreCollection = {
      articles: [{ ...source.articles[1]!, article: { ...source.articles[1]!.article, id: 'gone' } }],
      reviews: [],
      settings: { ...source.settings, newCardsPerDay: 5 },
    };
    const plan = planRestore(current, parseBackup(backupText(source)), 'replace');
    expect(plan.write).toEqual(source.articles);
    expect(plan.reviews).toEqual(source.reviews);
    expect(plan.settings).toEqual(source.settings);
    expect(plan.remove).toEqual(['gone']);
    expect(plan.summary).toMatchObject({
      articlesAdded: 2,
      articlesRemoved: 1,
      reviewsAdded: 12,
      reviewsWithoutCard: 0,
    });
  });

  it('merge: adds what only the backup has and leaves what only the current collection has', () => {
    const source = collection();
    const backup = parseBackup(backupText(source));
    const current: RestoreCollection = {
      articles: [source.articles[0]!],
      reviews: source.reviews.filter((r) => r.articleId === 'hanoi'),
      settings: source.settings,
    };
    const plan = planRestore(current, backup, 'merge');
    expect(plan.write.map((b) => b.article.id)).toEqual(['other']);
    expect(plan.remove).toEqual([]);
    expect(plan.settings).toBeUndefined();
    expect(plan.reviews.map((r) => r.id)).toEqual(['cz-2-r0', 'cz-2-r1']);
    expect(plan.summary).toMatchObject({
      articlesAdded: 1,
      articlesUnchanged: 1,
      reviewsAlreadyPresent: 10,
      reviewsAdded: 2,
    });
  });

  it('merge: the card reviewed more recently wins, and the reviews are the union by ID', () => {
    const source = collection();
    const hanoi = source.articles[0]!;
    // The backup answered tf-1 (new here) twice; the current collection reviewed cz-1 once more, after the backup.
    const tf = history('hanoi', 'tf-1', [
      [3, 3],
      [1, 3],
    ]);
    const backupSource = {
      ...source,
      articles: [{ ...hanoi, cards: { ...hanoi.cards, 'tf-1': tf.card } }],
      reviews: [...source.reviews.filter((r) => r.articleId === 'hanoi'), ...tf.entries],
    };
    const extra = history('hanoi', 'cz-1', [
      [60, 3],
      [57, 3],
      [40, 3],
      [10, 3],
      [0.5, 3],
    ]);
    const newer = extra.entries.at(-1)!;
    const current: RestoreCollection = deepFreeze({
      articles: [{ ...hanoi, cards: { ...hanoi.cards, 'cz-1': extra.card } }],
      reviews: [...source.reviews.filter((r) => r.articleId === 'hanoi'), { ...newer, id: 'cz-1-r4' }],
      settings: source.settings,
    });
    const backup: ParsedBackup = deepFreeze(parseBackup(backupText(backupSource)));
    const plan = planRestore(current, backup, 'merge');
    expect(plan.write).toHaveLength(1);
    const cards = plan.write[0]!.cards;
    expect(cards['tf-1']).toEqual(tf.card);
    expect(cards['cz-1']).toEqual(extra.card);
    expect(plan.reviews.map((r) => r.id)).toEqual(['tf-1-r0', 'tf-1-r1']);
    expect(plan.summary).toMatchObject({ articlesUpdated: 1, cardsFromBackup: 1, reviewsAdded: 2 });
  });

  it('merge: items of an article whose text differs stay the current ones', () => {
    const source = collection();
    const hanoi = source.articles[0]!;
    const edited = {
      ...hanoi,
      article: { ...hanoi.article, text: `${hanoi.article.text} More.` },
      items: hanoi.items.slice(0, 2),
    };
    const plan = planRestore(
      { articles: [edited], reviews: [], settings: source.settings },
      parseBackup(backupText(source)),
      'merge',
    );
    const merged = plan.write.find((b) => b.article.id === 'hanoi')!;
    expect(merged.items.map((item) => item.id)).toEqual(['cz-1', 'mc-1']);
    expect(Object.keys(merged.cards).sort()).toEqual(['cz-1', 'mc-1']);
    expect(plan.summary.articlesWithDifferentText).toBe(1);
  });

  it('leaves out reviews of items that neither collection has', () => {
    const source = collection();
    const orphan = { ...source.reviews[0]!, id: 'orphan', itemId: 'deleted-item' };
    const plan = planRestore(
      empty,
      parseBackup(backupText({ ...source, reviews: [...source.reviews, orphan] })),
      'replace',
    );
    expect(plan.reviews.map((r) => r.id)).not.toContain('orphan');
    expect(plan.summary.reviewsWithoutCard).toBe(1);
  });
});
