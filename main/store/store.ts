import { mkdir, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Low } from 'lowdb';
import type { Clock } from '../clock';
import type { Notice } from '../api/contract';
import { loadDocument, replaceDocument, type LoadOutcome } from './json-doc';
import { ReviewLog } from './review-log';
import {
  articleFileSchema,
  DEFAULT_SETTINGS,
  SCHEMA_VERSION,
  settingsFileSchema,
  type ArticleFile,
  type ReviewEntry,
  type SettingsFile,
} from './schema';
import { reconcileCards } from './reconcile';

export interface StoreOptions {
  dataDir: string;
  clock: Clock;
}

/** Serialises writes: one change at a time reaches the disk, in call order. */
function createWriteQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export type Store = Awaited<ReturnType<typeof openStore>>;

function noticeFor<T>(outcome: LoadOutcome<T>, what: string): Notice | undefined {
  if (outcome.status !== 'set-aside') return undefined;
  return {
    level: 'error',
    message: `${what} could not be read (${outcome.reason}). It was moved aside to ${basename(outcome.movedTo)} and left untouched.`,
  };
}

async function loadArticles(
  folder: string,
  now: Date,
  notices: Notice[],
): Promise<Map<string, Low<ArticleFile>>> {
  const docs = new Map<string, Low<ArticleFile>>();
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
  for (const name of names.sort()) {
    const outcome = await loadDocument(join(folder, name), articleFileSchema, () => emptyArticleFile(), now);
    const notice = noticeFor(outcome, `The article file ${name}`);
    if (notice) notices.push(notice);
    if (outcome.status === 'ok') docs.set(outcome.doc.data.article.id, outcome.doc);
  }
  return docs;
}

function emptyArticleFile(): ArticleFile {
  return { schemaVersion: SCHEMA_VERSION, article: undefined as never, items: [], cards: {} };
}

/**
 * Opens the data folder: settings apart, one lowdb file per article (its items and cards), and the
 * append-only review log. Unreadable files are moved aside and reported in `notices`.
 */
export async function openStore({ dataDir, clock }: StoreOptions) {
  const articlesDir = join(dataDir, 'articles');
  await mkdir(articlesDir, { recursive: true });
  const now = clock.now();
  const notices: Notice[] = [];

  const settingsOutcome = await loadDocument<SettingsFile>(
    join(dataDir, 'settings.json'),
    settingsFileSchema,
    () => ({ schemaVersion: SCHEMA_VERSION, settings: { ...DEFAULT_SETTINGS }, seededArticles: [] }),
    now,
  );
  const settingsNotice = noticeFor(settingsOutcome, 'The settings file');
  if (settingsNotice) notices.push(settingsNotice);
  const settingsDoc = settingsOutcome.doc;

  const articles = await loadArticles(articlesDir, now, notices);
  const log = new ReviewLog(join(dataDir, 'reviews'));
  const { entries: reviews, problems } = await log.readAll();
  if (problems.length) {
    notices.push({
      level: 'warning',
      message: `${problems.length} review log line(s) could not be read and were skipped (${problems.slice(0, 3).join(', ')}).`,
    });
  }
  const enqueue = createWriteQueue();

  const store = {
    dataDir,
    notices,
    settingsFile: (): SettingsFile => settingsDoc.data,
    articleIds: (): string[] => [...articles.keys()],
    article: (id: string): ArticleFile | undefined => articles.get(id)?.data,
    reviews: (): readonly ReviewEntry[] => reviews,

    /** Runs `task` alone: reads inside it see every earlier write. */
    exclusive: enqueue,

    async saveSettings(next: SettingsFile): Promise<void> {
      await replaceDocument(settingsDoc, next);
    },

    async saveArticle(file: ArticleFile): Promise<void> {
      const existing = articles.get(file.article.id);
      const doc =
        existing ??
        (await loadDocument(join(articlesDir, `${file.article.id}.json`), articleFileSchema, () => file, now))
          .doc;
      await replaceDocument(doc, file);
      articles.set(file.article.id, doc);
    },

    /**
     * Records one answer: the review is appended (fsync'd) to the log first, then the article file is
     * rewritten with the new card. The log entry carries the card after the review, so a crash between
     * the two writes is repaired from the log on the next start.
     */
    async recordReview(entry: ReviewEntry, file: ArticleFile): Promise<void> {
      await log.append(entry);
      reviews.push(entry);
      await store.saveArticle(file);
    },
  };

  await reconcileCards(store);
  return store;
}
