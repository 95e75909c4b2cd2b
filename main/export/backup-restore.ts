/**
 * Restoring a JSON backup (made by buildJsonBackup): `parseBackup` checks a file from outside completely
 * before anything changes, and `planRestore` works out, purely, what a restore writes. Applying a plan
 * (after taking a snapshot of the data folder) is the caller's job:
 *
 *   replace  the collection becomes the backup: write every bundle of `write`, delete the articles of
 *            `remove`, make the review log exactly `reviews` (build it in a fresh folder and swap, as a
 *            snapshot restore does: the log is append-only), save `settings`.
 *   merge    write the bundles of `write` (`Store.saveArticle`), then append `reviews`
 *            (`Store.importReviews`); nothing is deleted and the settings stay.
 */
import { z } from 'zod';
import {
  articleRecordSchema,
  quizItemSchema,
  reviewEntrySchema,
  settingsSchema,
  storedCardSchema,
  type ReviewEntry,
  type Settings,
  type StoredCard,
} from '../store/schema';
import type { ArticleBundle } from '../store/store';
import { BACKUP_FORMAT, BACKUP_VERSION } from './json-backup';
import { parseJsonSafely, UnsafeJsonError, type JsonLimits } from './safe-json';

export const DEFAULT_BACKUP_LIMITS: JsonLimits = {
  maxChars: 512 * 1024 * 1024,
  maxDepth: 32,
  // An imported article is under 5 MB; its text is the longest string a backup holds.
  maxStringChars: 8 * 1024 * 1024,
};

export type BackupErrorCode = UnsafeJsonError['code'] | 'not-a-backup' | 'newer-version' | 'invalid';

/** A file that cannot be restored; `message` says why, for the user. */
export class BackupFileError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupFileError';
  }
}

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  settings: settingsSchema,
  articles: z.array(
    z.object({
      article: articleRecordSchema,
      items: z.array(quizItemSchema),
      cards: z.record(z.string(), storedCardSchema),
    }),
  ),
  reviews: z.array(reviewEntrySchema),
});

export interface ParsedBackup {
  exportedAt: string;
  settings: Settings;
  articles: ArticleBundle[];
  reviews: ReviewEntry[];
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}${text ? '.' : ''}${String(key)}`),
    '',
  );
}

function checkFormat(data: unknown): void {
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : undefined;
  const format = record && 'format' in record ? record.format : undefined;
  if (format !== BACKUP_FORMAT)
    throw new BackupFileError(
      'not-a-backup',
      `This is not an Argument Study backup (it has no "format": "${BACKUP_FORMAT}").`,
    );
  const version = 'version' in record! ? record.version : undefined;
  if (typeof version === 'number' && version > BACKUP_VERSION)
    throw new BackupFileError(
      'newer-version',
      `This backup was made by a newer version of the app (format version ${version}; this one reads ${BACKUP_VERSION}).`,
    );
}

function checkUnique(articles: readonly ArticleBundle[]): void {
  const ids = new Set<string>();
  for (const { article, items } of articles) {
    if (ids.has(article.id))
      throw new BackupFileError('invalid', `The backup holds article "${article.id}" twice.`);
    ids.add(article.id);
    const itemIds = new Set<string>();
    for (const item of items) {
      if (itemIds.has(item.id))
        throw new BackupFileError('invalid', `Article "${article.id}" holds item "${item.id}" twice.`);
      itemIds.add(item.id);
    }
  }
}

/**
 * Reads a backup file's text: refuses one too large, too deep, with an overlong string or a prototype key,
 * one that is not complete JSON, not a backup, from a newer version, or that does not match the schemas
 * the data folder uses. Throws BackupFileError; returns the backup's content otherwise.
 */
export function parseBackup(text: string, limits: JsonLimits = DEFAULT_BACKUP_LIMITS): ParsedBackup {
  let data: unknown;
  try {
    data = parseJsonSafely(text, limits);
  } catch (error) {
    if (error instanceof UnsafeJsonError)
      throw new BackupFileError(error.code, `This file cannot be restored. ${error.message}`);
    throw error;
  }
  checkFormat(data);
  const result = backupSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 3)
      .map((issue) => `${pathText(issue.path) || 'the file'}: ${issue.message}`);
    const more =
      result.error.issues.length > 3 ? ` (and ${result.error.issues.length - 3} more problems)` : '';
    throw new BackupFileError(
      'invalid',
      `This backup is damaged or incomplete: ${issues.join('; ')}${more}.`,
    );
  }
  const { exportedAt, settings, articles, reviews } = result.data;
  checkUnique(articles);
  return { exportedAt, settings, articles, reviews };
}

export type RestoreMode = 'replace' | 'merge';

export interface RestoreCollection {
  articles: readonly ArticleBundle[];
  reviews: readonly ReviewEntry[];
  settings: Settings;
}

export interface RestorePlan {
  mode: RestoreMode;
  /** Whole article bundles to write (created or replaced). */
  write: ArticleBundle[];
  /** Article IDs to delete (replace only). */
  remove: string[];
  /** Replace: the whole new review log. Merge: the reviews to append. Oldest first. */
  reviews: ReviewEntry[];
  /** Replace: the settings to save. */
  settings?: Settings;
  summary: {
    articlesAdded: number;
    articlesUpdated: number;
    articlesUnchanged: number;
    articlesRemoved: number;
    /** Merge: articles whose text differs between the two; their items stay the current ones. */
    articlesWithDifferentText: number;
    /** Merge: cards taken from the backup because it reviewed them more recently (or only it has them). */
    cardsFromBackup: number;
    reviewsAdded: number;
    reviewsAlreadyPresent: number;
    /** Reviews of items neither collection has any more; they are left out. */
    reviewsWithoutCard: number;
  };
}

function emptySummary(): RestorePlan['summary'] {
  return {
    articlesAdded: 0,
    articlesUpdated: 0,
    articlesUnchanged: 0,
    articlesRemoved: 0,
    articlesWithDifferentText: 0,
    cardsFromBackup: 0,
    reviewsAdded: 0,
    reviewsAlreadyPresent: 0,
    reviewsWithoutCard: 0,
  };
}

const lastReviewMs = (card: StoredCard): number =>
  card.last_review ? Date.parse(card.last_review) : -Infinity;

/** Only cards of the bundle's items are kept (a card without its item cannot be studied). */
function withItemCards(bundle: ArticleBundle): ArticleBundle {
  const cards: Record<string, StoredCard> = {};
  for (const item of bundle.items) if (bundle.cards[item.id]) cards[item.id] = bundle.cards[item.id]!;
  return { article: bundle.article, items: bundle.items, cards };
}

/** Oldest first (ties in their given order), each review ID once. */
function byReviewTime(reviews: ReviewEntry[]): ReviewEntry[] {
  const seen = new Set<string>();
  return reviews
    .filter((entry) => !seen.has(entry.id) && Boolean(seen.add(entry.id)))
    .map((entry, order) => ({ entry, order, time: Date.parse(entry.review) }))
    .sort((a, b) => a.time - b.time || a.order - b.order)
    .map(({ entry }) => entry);
}

function cardKeys(articles: readonly ArticleBundle[]): Set<string> {
  const keys = new Set<string>();
  for (const { article, cards } of articles)
    for (const itemId of Object.keys(cards)) keys.add(`${article.id}/${itemId}`);
  return keys;
}

function mergeBundle(
  current: ArticleBundle,
  backup: ArticleBundle,
  summary: RestorePlan['summary'],
): ArticleBundle {
  const sameText = current.article.text === backup.article.text;
  if (!sameText) summary.articlesWithDifferentText += 1;
  const known = new Set(current.items.map((item) => item.id));
  // Items carry spans into their article's text, so the backup's are only taken when the text is the same.
  const items = sameText
    ? [...current.items, ...backup.items.filter((item) => !known.has(item.id))]
    : current.items;
  const cards: Record<string, StoredCard> = {};
  for (const item of items) {
    const mine = current.cards[item.id];
    const theirs = backup.cards[item.id];
    const takeTheirs = theirs && (!mine || lastReviewMs(theirs) > lastReviewMs(mine));
    if (takeTheirs) summary.cardsFromBackup += 1;
    const card = takeTheirs ? theirs : mine;
    if (card) cards[item.id] = card;
  }
  return { article: current.article, items, cards };
}

/**
 * What restoring `backup` over `current` writes. Merge goes by stable IDs: articles by ID, items by ID
 * (added when the article's text is the same), cards by item ID with the more recently reviewed one
 * winning, reviews by ID (the union). Reviews whose card is in neither collection are left out.
 */
export function planRestore(
  current: RestoreCollection,
  backup: ParsedBackup,
  mode: RestoreMode,
): RestorePlan {
  const summary = emptySummary();
  if (mode === 'replace') {
    const write = backup.articles.map(withItemCards);
    const keep = new Set(write.map((b) => b.article.id));
    const remove = current.articles.map((b) => b.article.id).filter((id) => !keep.has(id));
    const keys = cardKeys(write);
    const reviews = byReviewTime(backup.reviews.filter((r) => keys.has(`${r.articleId}/${r.itemId}`)));
    const currentIds = new Set(current.articles.map((b) => b.article.id));
    summary.articlesAdded = write.filter((b) => !currentIds.has(b.article.id)).length;
    summary.articlesUpdated = write.length - summary.articlesAdded;
    summary.articlesRemoved = remove.length;
    summary.reviewsAdded = reviews.length;
    summary.reviewsWithoutCard = backup.reviews.length - reviews.length;
    return { mode, write, remove, reviews, settings: backup.settings, summary };
  }

  const currentById = new Map(current.articles.map((b) => [b.article.id, b]));
  const write: ArticleBundle[] = [];
  const merged: ArticleBundle[] = [];
  for (const theirs of backup.articles) {
    const mine = currentById.get(theirs.article.id);
    if (!mine) {
      const added = withItemCards(theirs);
      write.push(added);
      merged.push(added);
      summary.articlesAdded += 1;
      continue;
    }
    const result = mergeBundle(mine, theirs, summary);
    merged.push(result);
    if (JSON.stringify(result) === JSON.stringify(mine)) summary.articlesUnchanged += 1;
    else {
      write.push(result);
      summary.articlesUpdated += 1;
    }
  }
  const backupIds = new Set(backup.articles.map((b) => b.article.id));
  merged.push(...current.articles.filter((b) => !backupIds.has(b.article.id)));

  const keys = cardKeys(merged);
  const present = new Set(current.reviews.map((r) => r.id));
  const fresh = backup.reviews.filter((r) => !present.has(r.id));
  const reviews = byReviewTime(fresh.filter((r) => keys.has(`${r.articleId}/${r.itemId}`)));
  summary.reviewsAlreadyPresent = backup.reviews.length - fresh.length;
  summary.reviewsAdded = reviews.length;
  summary.reviewsWithoutCard = fresh.length - reviews.length;
  return { mode, write, remove: [], reviews, summary };
}
