import JSZip from 'jszip';
import initSqlJs, { type Database } from 'sql.js';
import { describe, expect, it } from 'vitest';
import { APKG_ROOT_DECK, buildApkg } from '../../../main/export';
import { collection, DAY_MS, NOW } from './fixtures';

/** Unzips with JSZip (the writer uses fflate) and opens the collection with SQLite (sql.js). */
async function open(bytes: Uint8Array): Promise<{ db: Database; files: string[]; media: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const SQL = await initSqlJs();
  const db = new SQL.Database(await zip.file('collection.anki2')!.async('uint8array'));
  return { db, files: Object.keys(zip.files).sort(), media: await zip.file('media')!.async('string') };
}

function all(db: Database, sql: string): Record<string, unknown>[] {
  const [result] = db.exec(sql);
  if (!result) return [];
  return result.values.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i]])));
}

const FIELD_SEPARATOR = '\x1f';

describe('Anki package', () => {
  it('is a zip of a schema 11 collection and an empty media map, and the SQLite file is sound', async () => {
    const { db, files, media } = await open((await buildApkg(collection(), { now: NOW })).bytes);
    expect(files).toEqual(['collection.anki2', 'media']);
    expect(JSON.parse(media)).toEqual({});
    expect(all(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const tables = all(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map(
      (r) => r.name,
    );
    expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    const [col] = all(db, 'SELECT * FROM col');
    expect(col!.ver).toBe(11);
    expect(col!.crt).toBeLessThanOrEqual(NOW.getTime() / 1000);
    db.close();
  });

  it('defines a Basic and a Cloze note type, each with the source sentence in its own field', async () => {
    const { db } = await open((await buildApkg(collection(), { now: NOW })).bytes);
    const [col] = all(db, 'SELECT models, decks FROM col');
    const models = Object.values(JSON.parse(col!.models as string)) as {
      name: string;
      type: number;
      flds: { name: string; ord: number }[];
      tmpls: { qfmt: string; afmt: string }[];
    }[];
    const basic = models.find((m) => m.type === 0)!;
    const cloze = models.find((m) => m.type === 1)!;
    expect(basic.flds.map((f) => f.name)).toEqual(['Front', 'Back', 'Source']);
    expect(cloze.flds.map((f) => f.name)).toEqual(['Text', 'Extra', 'Source']);
    expect(cloze.tmpls[0]!.qfmt).toContain('{{cloze:Text}}');
    expect(basic.tmpls[0]!.afmt).toContain('{{Source}}');
    const decks = Object.values(JSON.parse(col!.decks as string)).map((d) => (d as { name: string }).name);
    expect(decks).toEqual(
      expect.arrayContaining([
        'Default',
        APKG_ROOT_DECK,
        `${APKG_ROOT_DECK}::The Hanoi Summit: Personal Chemistry Fizzles`,
        `${APKG_ROOT_DECK}::Another article`,
      ]),
    );
    db.close();
  });

  it('makes cloze items Cloze notes and the others Basic notes listing what to choose from, with tags', async () => {
    const result = await buildApkg(collection(), { now: NOW });
    expect(result.counts).toMatchObject({ notes: 7, cards: 7, cloze: 2, basic: 5 });
    const { db } = await open(result.bytes);
    const notes = all(db, 'SELECT n.flds, n.tags, n.sfld, n.mid, n.guid FROM notes n');
    expect(notes).toHaveLength(7);
    const [cloze] = notes.filter((n) => (n.flds as string).includes('{{c1::Personal chemistry}}'));
    const [text, extra, source] = (cloze!.flds as string).split(FIELD_SEPARATOR);
    expect(text).toBe(
      '{{c1::Personal chemistry}} is no substitute for &quot;strategy&quot;, the author argues.',
    );
    expect(extra).toBe('');
    expect(source).toBe('Personal chemistry is no substitute for &quot;strategy&quot;, the author argues.');
    expect((cloze!.tags as string).trim().split(' ').sort()).toEqual([
      'article::hanoi',
      'kind::cloze',
      'node::n-s1',
    ]);

    const mc = notes.find((n) => (n.flds as string).startsWith('What was the Boeing deal worth'))!;
    const [front, back] = (mc.flds as string).split(FIELD_SEPARATOR);
    expect(front).toContain('<br>a) $US1.5 billion<br>b) $US15.7 billion');
    expect(back).toBe('$US15.7 billion');
    expect(mc.sfld).toContain('What was the Boeing deal worth, "in total"?');

    const tf = notes.find((n) => (n.flds as string).startsWith('True or false?'))!;
    // the explanation's markup is text, escaped
    expect((tf.flds as string).split(FIELD_SEPARATOR)[1]).toBe(
      'True<br><br>The article says it had been sealed &lt;before&gt; the ceremony.',
    );
    expect(tf.tags).toBe(' article::hanoi kind::true-false ');
    db.close();
  });

  it('gives every note a unique guid that stays the same in the next export', async () => {
    const first = await open((await buildApkg(collection(), { now: NOW })).bytes);
    const later = await open(
      (await buildApkg(collection(), { now: new Date(NOW.getTime() + 5 * DAY_MS) })).bytes,
    );
    const guids = (db: Database) =>
      all(db, 'SELECT guid FROM notes ORDER BY guid').map((r) => r.guid as string);
    expect(new Set(guids(first.db)).size).toBe(7);
    expect(guids(later.db)).toEqual(guids(first.db));
    first.db.close();
    later.db.close();
  });

  it("keeps each card's FSRS schedule: Anki's type, queue, due and interval, and the memory state", async () => {
    const source = collection();
    const { db } = await open((await buildApkg(source, { now: NOW })).bytes);
    const [col] = all(db, 'SELECT crt FROM col');
    const crt = col!.crt as number;
    const rows = all(db, 'SELECT c.*, n.flds FROM cards c JOIN notes n ON n.id = c.nid');
    const card = (start: string) => rows.find((r) => (r.flds as string).includes(start))!;
    const hanoi = source.articles[0]!.cards;

    const review = card('{{c1::Personal chemistry}}');
    expect(review).toMatchObject({
      type: 2,
      queue: 2,
      reps: 4,
      lapses: 0,
      ivl: Math.round(hanoi['cz-1']!.scheduled_days),
    });
    expect(review.due).toBe(Math.floor((Date.parse(hanoi['cz-1']!.due) - crt * 1000) / DAY_MS));
    const memory = JSON.parse(review.data as string) as { s: number; d: number };
    expect(memory.s).toBeCloseTo(hanoi['cz-1']!.stability, 3);
    expect(memory.d).toBeCloseTo(hanoi['cz-1']!.difficulty, 3);

    const relearning = card('What was the Boeing deal worth');
    expect(relearning).toMatchObject({ type: 3, queue: 1, lapses: 1 });
    expect(relearning.due).toBe(Math.floor(Date.parse(hanoi['mc-1']!.due) / 1000));

    expect(card('Match each actor')).toMatchObject({ type: 1, queue: 1 });
    // suspended: its type still says where it is in its schedule
    expect(card('In what order')).toMatchObject({ type: hanoi['od-1']!.state, queue: -1 });
    expect(card('True or false?')).toMatchObject({ type: 0, queue: 0, ivl: 0, data: '' });
    for (const row of rows) expect(typeof row.id).toBe('number');
    db.close();
  });

  it('carries the review history as revlog entries of the right cards', async () => {
    const source = collection();
    const { db } = await open((await buildApkg(source, { now: NOW })).bytes);
    const revlog = all(
      db,
      'SELECT r.*, n.flds FROM revlog r JOIN cards c ON c.id = r.cid JOIN notes n ON n.id = c.nid ORDER BY r.id',
    );
    expect(revlog).toHaveLength(source.reviews.length);
    expect(revlog.map((r) => r.id)).toEqual(source.reviews.map((r) => Date.parse(r.review)));
    expect(revlog.map((r) => r.ease)).toEqual(source.reviews.map((r) => r.rating));
    const first = revlog.find((r) => (r.flds as string).includes('{{c1::Personal chemistry}}'))!;
    expect(first).toMatchObject({ type: 0, ease: 3, time: 4000 });
    db.close();
  });

  it('gives two articles with the same title a deck each', async () => {
    const source = collection();
    source.articles[1]!.article = {
      ...source.articles[1]!.article,
      title: source.articles[0]!.article.title,
    };
    const { db } = await open((await buildApkg(source, { now: NOW })).bytes);
    const [col] = all(db, 'SELECT decks FROM col');
    const names = Object.values(JSON.parse(col!.decks as string)).map((d) => (d as { name: string }).name);
    expect(names).toContain(`${APKG_ROOT_DECK}::The Hanoi Summit: Personal Chemistry Fizzles`);
    expect(names).toContain(`${APKG_ROOT_DECK}::The Hanoi Summit: Personal Chemistry Fizzles (other)`);
    const perDeck = all(db, 'SELECT did, COUNT(*) AS n FROM cards GROUP BY did ORDER BY n').map((r) => r.n);
    expect(perDeck).toEqual([1, 6]);
    db.close();
  });

  it('escapes markup in the fields and keeps "::" out of deck names', async () => {
    const source = collection();
    const hanoi = source.articles[0]!;
    hanoi.article = { ...hanoi.article, title: 'Part 1::Part 2 <b>bold</b>' };
    hanoi.items = hanoi.items.map((item) =>
      item.id === 'rc-1' ? { ...item, prompt: '<img src=x onerror=alert(1)> What?' } : item,
    );
    const { db } = await open((await buildApkg(source, { now: NOW })).bytes);
    const [col] = all(db, 'SELECT decks FROM col');
    const names = Object.values(JSON.parse(col!.decks as string)).map((d) => (d as { name: string }).name);
    expect(names).toContain(`${APKG_ROOT_DECK}::Part 1:Part 2 <b>bold</b>`);
    const [note] = all(db, "SELECT flds FROM notes WHERE flds LIKE '%What?%'");
    expect(note!.flds).toMatch(/^&lt;img src=x onerror=alert\(1\)&gt; What\?/);
    db.close();
  });
});
