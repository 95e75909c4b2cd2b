import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import type { Notice } from '../api/contract';
import type { Clock } from '../clock';
import { loadDocument, type LoadOutcome } from './json-doc';
import {
  cardsDocSchema,
  checkpointSchema,
  FILES,
  LAYOUT_VERSION,
  settingsFileSchema,
  type CardsDoc,
  type SettingsFile,
} from './layout';
import { lockFolder } from './lock';
import { isLayoutV1, migrateV1ToV2 } from './migrations/to-v2';
import { noticeForSetAside } from './notices';
import { replayEntries } from './replay';
import { ReviewLog } from './review-log';
import { DEFAULT_SETTINGS } from './schema';
import { snapshotDataFolder } from './snapshot';
import { offerNewestGoodBackup, recoverInterruptedRestore } from './backups';
import { Store } from './store';

export interface StoreOptions {
  dataDir: string;
  clock: Clock;
  /** How long card files may lag behind the log (tests make it short or flush by hand). */
  checkpointTiming?: { quietMs: number; maxDelayMs: number };
}

const DAY_MS = 86_400_000;

/** Temporary files of writes cut short by a crash; nobody else writes the folder while we hold the lock. */
async function removeLeftovers(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names.filter((n) => n.endsWith('.tmp')).map((n) => unlink(join(folder, n)).catch(() => undefined)),
  );
}

/** Cards files read at once at start-up: their reads overlap (parsing and checking stay on this thread). */
const PARALLEL_CARD_READS = 16;

async function loadCards(dataDir: string, now: Date, notices: Notice[]): Promise<Map<string, Low<CardsDoc>>> {
  const folder = join(dataDir, FILES.cards);
  const docs = new Map<string, Low<CardsDoc>>();
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  const outcomes: LoadOutcome<CardsDoc>[] = new Array(names.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < names.length; i = next++)
      outcomes[i] = await loadDocument(join(folder, names[i]!), cardsDocSchema, () => ({}) as never, now);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_CARD_READS, names.length) }, reader));
  // In name order, as if read one by one.
  names.forEach((name, i) => {
    const outcome = outcomes[i]!;
    if (outcome.status === 'set-aside') notices.push(noticeForSetAside(outcome, `The cards file ${name}`));
    if (outcome.status === 'ok') docs.set(outcome.doc.data.articleId, outcome.doc);
  });
  return docs;
}

async function migrateIfNeeded(dataDir: string, now: Date, notices: Notice[]): Promise<void> {
  if (!(await isLayoutV1(dataDir))) return;
  const backup = await snapshotDataFolder(dataDir, 'before-migration', now);
  await migrateV1ToV2(dataDir);
  notices.push({
    level: 'info',
    message: `The data folder was upgraded to format ${LAYOUT_VERSION}; a backup was kept (${backup}).`,
  });
}

/**
 * Opens the data folder for this process alone: takes the lock, migrates an older layout, reads the
 * settings and every cards file, and replays the log entries the card files have not caught up with.
 * Article files are read when first needed.
 */
export async function openStore({ dataDir, clock, checkpointTiming }: StoreOptions): Promise<Store> {
  const now = clock.now();
  await mkdir(dataDir, { recursive: true });
  const lock = await lockFolder(dataDir, now);
  try {
    // A restore cut short is finished (or dropped) before anything reads the folder.
    const finishedRestore = await recoverInterruptedRestore(dataDir);
    for (const folder of [FILES.articles, FILES.cards, FILES.reviews])
      await mkdir(join(dataDir, folder), { recursive: true });
    for (const folder of ['', FILES.articles, FILES.cards, FILES.reviews])
      await removeLeftovers(join(dataDir, folder));
    const notices: Notice[] = [];
    if (finishedRestore)
      notices.push({
        level: 'info',
        message: `An interrupted restore of backup ${finishedRestore} was completed.`,
      });
    await migrateIfNeeded(dataDir, now, notices);

    const settings = await loadDocument<SettingsFile>(
      join(dataDir, FILES.settings),
      settingsFileSchema,
      () => ({
        layoutVersion: LAYOUT_VERSION,
        settings: { ...DEFAULT_SETTINGS },
        seededArticles: [],
        completedDays: [],
      }),
      now,
    );
    if (settings.status === 'set-aside') notices.push(noticeForSetAside(settings, 'The settings file'));
    const cards = await loadCards(dataDir, now, notices);
    const checkpoint = await loadDocument(
      join(dataDir, FILES.checkpoint),
      checkpointSchema,
      () => ({ schemaVersion: LAYOUT_VERSION, through: null }),
      now,
    );
    if (checkpoint.status === 'set-aside') notices.push(noticeForSetAside(checkpoint, 'The checkpoint file'));
    // A file set aside: offer the newest backup that reads whole (before a new snapshot is taken).
    await offerNewestGoodBackup(dataDir, notices);

    const log = new ReviewLog(join(dataDir, FILES.reviews));
    const tail = await log.readFrom(checkpoint.doc.data.through);
    if (tail.problems.length) {
      notices.push({
        level: 'warning',
        message: `${tail.problems.length} review log line(s) could not be read and were skipped (${tail.problems.slice(0, 3).join(', ')}).`,
      });
    }
    const changed = replayEntries(tail.entries, (articleId) => cards.get(articleId)?.data.cards);
    // The study day can start up to a day before now (local time, 4:00), so keep two UTC days in memory.
    const fromDay = new Date(now.getTime() - 2 * DAY_MS).toISOString().slice(0, 10);
    const recent = await log.readDays(fromDay, '9999-12-31');

    const store = new Store({
      dataDir,
      clock,
      lock,
      log,
      settings: settings.doc,
      cards,
      checkpoint: checkpoint.doc,
      logEnd: tail.end,
      recent: { fromDay, entries: recent.entries },
      notices,
      checkpointTiming: checkpointTiming ?? { quietMs: 1_000, maxDelayMs: 10_000 },
    });
    if (changed.size) await store.markReplayed(changed);
    return store;
  } catch (error) {
    await lock.release();
    throw error;
  }
}
