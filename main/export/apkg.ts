/**
 * An Anki package (.apkg) of the cards: a zip holding a legacy Anki collection (`collection.anki2`,
 * SQLite, schema 11) built with sql.js, and an empty `media` map. One deck per article under
 * "Argument Study", one note and one card per item, the review history as Anki's revlog. See
 * apkg/notes.ts for the note types and apkg/scheduling.ts for how FSRS state maps onto Anki's columns.
 */
import { strToU8, zipSync } from 'fflate';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import type { ReviewEntry } from '../store/schema';
import type { ArticleBundle } from '../store/store';
import { fieldChecksum, stableGuid, stripHtml } from './apkg/html';
import { BASIC_MODEL_ID, CLOZE_MODEL_ID, noteTypes } from './apkg/note-types';
import { noteContent } from './apkg/notes';
import { ankiCard, ankiRevlog, DAY_MS } from './apkg/scheduling';
import { ANKI_SCHEMA_VERSION, SCHEMA_11_SQL } from './apkg/schema';
import { stableCardId } from './stable-id';

export const APKG_ROOT_DECK = 'Argument Study';

export interface ApkgSource {
  articles: readonly ArticleBundle[];
  reviews: readonly ReviewEntry[];
}

export interface ApkgOptions {
  now: Date;
  /** sql.js, already loaded (the app may load it with its own `locateFile`); loaded from the package otherwise. */
  sql?: SqlJsStatic;
}

export interface ApkgResult {
  fileName: string;
  bytes: Uint8Array;
  counts: { notes: number; cloze: number; basic: number; cards: number; revlog: number; decks: number };
}

let loading: Promise<SqlJsStatic> | undefined;
function loadSql(): Promise<SqlJsStatic> {
  loading ??= initSqlJs();
  return loading;
}

/** An ID not yet taken, as close after `wanted` as possible (Anki IDs are epoch milliseconds by convention). */
function claim(taken: Set<number>, wanted: number): number {
  let id = Math.max(1, Math.floor(wanted));
  while (taken.has(id)) id += 1;
  taken.add(id);
  return id;
}

/** A deck name Anki will not split or reject: "::" separates levels, so a title may not contain it. */
function deckName(title: string, fallback: string): string {
  const clean = title
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replaceAll('::', ':')
    .replace(/\s+/g, ' ')
    .trim();
  return `${APKG_ROOT_DECK}::${clean || fallback}`;
}

function deckJson(id: number, name: string, modSeconds: number) {
  return {
    id,
    name,
    mod: modSeconds,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

const DECK_CONFIG = {
  1: {
    id: 1,
    name: 'Default',
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, bury: false, hardFactor: 1.2 },
  },
};

/** The collection's creation day: on or before today and every review card's due day, so due days are >= 0. */
function creationSeconds(articles: readonly ArticleBundle[], now: Date): number {
  let earliest = now.getTime();
  for (const { cards } of articles)
    for (const card of Object.values(cards))
      if (card.state === 2) earliest = Math.min(earliest, Date.parse(card.due));
  return (Math.floor(earliest / DAY_MS) * DAY_MS) / 1000;
}

function writeCollection(db: Database, source: ApkgSource, now: Date): ApkgResult['counts'] {
  const nowMs = now.getTime();
  const modSeconds = Math.floor(nowMs / 1000);
  const crt = creationSeconds(source.articles, now);
  const rootDeckId = stableCardId('deck', APKG_ROOT_DECK);
  const decks: Record<string, ReturnType<typeof deckJson>> = {
    1: deckJson(1, 'Default', modSeconds),
    [rootDeckId]: deckJson(rootDeckId, APKG_ROOT_DECK, modSeconds),
  };
  const counts = { notes: 0, cloze: 0, basic: 0, cards: 0, revlog: 0, decks: 0 };
  const noteIds = new Set<number>();
  const cardIdOf = new Map<string, number>();
  const addNote = db.prepare('INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)');
  const addCard = db.prepare('INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
  for (const { article, items, cards } of source.articles) {
    const deckId = stableCardId('deck', article.id);
    let name = deckName(article.title, article.id);
    // Anki matches decks by name: two articles with one title get a deck each.
    if (Object.values(decks).some((deck) => deck.name === name)) name = `${name} (${article.id})`;
    decks[deckId] = deckJson(deckId, name, modSeconds);
    const addedMs = Date.parse(article.addedAt);
    for (const item of items) {
      const card = cards[item.id];
      if (!card) continue;
      const { modelId, fields, tags } = noteContent(article, item);
      const id = claim(noteIds, Number.isNaN(addedMs) ? nowMs : addedMs);
      const first = fields[0] ?? '';
      addNote.run([
        id,
        stableGuid(`${article.id}/${item.id}`),
        modelId,
        modSeconds,
        -1,
        ` ${tags.join(' ')} `,
        fields.join('\x1f'),
        stripHtml(first),
        fieldChecksum(first),
        0,
        '',
      ]);
      counts.notes += 1;
      if (modelId === CLOZE_MODEL_ID) counts.cloze += 1;
      if (modelId === BASIC_MODEL_ID) counts.basic += 1;
      const anki = ankiCard(card, counts.notes, crt);
      // One card per note, so the card can share the note's ID (they live in different tables).
      addCard.run([
        id,
        id,
        deckId,
        0,
        modSeconds,
        -1,
        anki.type,
        anki.queue,
        anki.due,
        anki.ivl,
        anki.factor,
        anki.reps,
        anki.lapses,
        anki.left,
        0,
        0,
        0,
        anki.data,
      ]);
      cardIdOf.set(`${article.id}/${item.id}`, id);
      counts.cards += 1;
    }
  }
  addNote.free();
  addCard.free();

  const revlogIds = new Set<number>();
  const addRevlog = db.prepare('INSERT INTO revlog VALUES (?,?,?,?,?,?,?,?,?)');
  for (const entry of source.reviews) {
    const cid = cardIdOf.get(`${entry.articleId}/${entry.itemId}`);
    if (cid === undefined) continue;
    const log = ankiRevlog(entry);
    const id = claim(revlogIds, Date.parse(entry.review));
    addRevlog.run([id, cid, -1, log.ease, log.ivl, log.lastIvl, log.factor, log.time, log.type]);
    counts.revlog += 1;
  }
  addRevlog.free();

  counts.decks = Object.keys(decks).length;
  const conf = {
    activeDecks: [1],
    curDeck: 1,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: BASIC_MODEL_ID,
    nextPos: counts.notes + 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  };
  db.run('INSERT INTO col VALUES (1,?,?,?,?,0,0,0,?,?,?,?,?)', [
    crt,
    nowMs,
    nowMs,
    ANKI_SCHEMA_VERSION,
    JSON.stringify(conf),
    JSON.stringify(noteTypes(rootDeckId, modSeconds)),
    JSON.stringify(decks),
    JSON.stringify(DECK_CONFIG),
    '{}',
  ]);
  return counts;
}

/** Builds the .apkg in memory. Pure apart from loading sql.js's WebAssembly on first use. */
export async function buildApkg(source: ApkgSource, { now, sql }: ApkgOptions): Promise<ApkgResult> {
  const SQL = sql ?? (await loadSql());
  const db = new SQL.Database();
  let collection: Uint8Array;
  let counts: ApkgResult['counts'];
  try {
    db.run(SCHEMA_11_SQL);
    db.run('BEGIN');
    counts = writeCollection(db, source, now);
    db.run('COMMIT');
    collection = db.export();
  } finally {
    db.close();
  }
  const bytes = zipSync({ 'collection.anki2': collection, media: strToU8('{}') }, { level: 6, mtime: now });
  return { fileName: `argument-study-${now.toISOString().slice(0, 10)}.apkg`, bytes, counts };
}
