import { join } from 'node:path';
import type { Low } from 'lowdb';
import type { Notice } from '../api/contract';
import type { Clock } from '../clock';
import { createCheckpointer, type Checkpointer } from './checkpointer';
import { loadDocument, replaceDocument } from './json-doc';
import {
  articleDocSchema,
  cardsDocSchema,
  FILES,
  queueInfoOf,
  LAYOUT_VERSION,
  type ArticleDoc,
  type CardsDoc,
  type Checkpoint,
  type LogPosition,
  type SettingsFile,
} from './layout';
import type { FolderLock } from './lock';
import type { ReviewLog } from './review-log';
import type { ArticleRecord, LogLine, QuizItemRecord, ReviewEntry, StoredCard, UndoEntry } from './schema';
import { cardAfterReview, cardAfterUndo, effectiveReviews, isBehind } from './replay';
import { noticeForSetAside } from './notices';

/** A review committed, or one taken back. */
export type ReviewChange = { type: 'review' | 'undo'; entry: ReviewEntry };

/** An article as the app creates or replaces it: the article file and the cards file together. */
export interface ArticleBundle {
  article: ArticleRecord;
  items: QuizItemRecord[];
  cards: Record<string, StoredCard>;
  argumentMap?: ArticleDoc['argumentMap'];
  removedItemIds?: string[];
}

export interface StoreParts {
  dataDir: string;
  clock: Clock;
  lock: FolderLock;
  log: ReviewLog;
  settings: Low<SettingsFile>;
  cards: Map<string, Low<CardsDoc>>;
  checkpoint: Low<Checkpoint>;
  logEnd: LogPosition | null;
  recent: { fromDay: string; entries: LogLine[] };
  notices: Notice[];
  checkpointTiming: { quietMs: number; maxDelayMs: number };
}

/** Serialises writes: one change at a time, in call order. */
function createWriteQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * The data folder, open for this process alone. Reads come from memory; an answer is committed by one
 * fsync'd append to the review log and the card files follow in the background.
 */
export class Store {
  readonly dataDir: string;
  readonly notices: Notice[];
  /** Runs `task` alone: reads inside it see every earlier write. */
  readonly exclusive = createWriteQueue();
  private readonly articles = new Map<string, Promise<Low<ArticleDoc> | undefined>>();
  private readonly itemIndex = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private readonly checkpointer: Checkpointer;
  private readonly listeners = new Set<(change: ReviewChange) => void>();

  constructor(private readonly parts: StoreParts) {
    this.dataDir = parts.dataDir;
    this.notices = parts.notices;
    for (const [articleId, doc] of parts.cards) this.indexItems(articleId, doc.data.cards);
    this.checkpointer = createCheckpointer({
      ...parts.checkpointTiming,
      write: () => this.writeCheckpoint(),
      onError: (error) => this.reportBackgroundFailure(error),
    });
  }

  settingsFile(): SettingsFile {
    return this.parts.settings.data;
  }

  async saveSettings(next: SettingsFile): Promise<void> {
    await replaceDocument(this.parts.settings, next);
  }

  articleIds(): string[] {
    return [...this.parts.cards.keys()].sort();
  }

  cardsDoc(articleId: string): CardsDoc | undefined {
    return this.parts.cards.get(articleId)?.data;
  }

  articleOfItem(itemId: string): string | undefined {
    return this.itemIndex.get(itemId);
  }

  /** Reads an article file on first use; an unreadable one is set aside and reported. */
  loadArticle(articleId: string): Promise<ArticleDoc | undefined> {
    let pending = this.articles.get(articleId);
    if (!pending) {
      pending = this.readArticle(articleId);
      this.articles.set(articleId, pending);
    }
    return pending.then((doc) => doc?.data);
  }

  private async readArticle(articleId: string): Promise<Low<ArticleDoc> | undefined> {
    const path = join(this.dataDir, FILES.articles, `${articleId}.json`);
    const outcome = await loadDocument(path, articleDocSchema, () => ({}) as never, this.parts.clock.now());
    if (outcome.status === 'set-aside')
      this.notices.push(noticeForSetAside(outcome, `The article file ${articleId}.json`));
    return outcome.status === 'ok' ? outcome.doc : undefined;
  }

  /**
   * Creates or replaces an article with its items and cards, durably, before returning. The article file
   * is written first: the cards file is what puts an article in the library.
   */
  async saveArticle(bundle: ArticleBundle): Promise<void> {
    const { article, items, cards } = bundle;
    const now = this.parts.clock.now();
    const articlePath = join(this.dataDir, FILES.articles, `${article.id}.json`);
    const { argumentMap, removedItemIds = [] } = bundle;
    const articleDoc: ArticleDoc = {
      schemaVersion: LAYOUT_VERSION,
      article,
      items,
      removedItemIds,
      ...(argumentMap ? { argumentMap } : {}),
    };
    const articleLow =
      (await this.articles.get(article.id)) ??
      (await loadDocument(articlePath, articleDocSchema, () => articleDoc, now)).doc;
    await replaceDocument(articleLow, articleDoc);
    this.articles.set(article.id, Promise.resolve(articleLow));

    const cardsPath = join(this.dataDir, FILES.cards, `${article.id}.json`);
    const { title, author } = article;
    const queueInfo = Object.fromEntries(items.map((item) => [item.id, queueInfoOf(item)]));
    const cardsDoc: CardsDoc = {
      schemaVersion: LAYOUT_VERSION,
      articleId: article.id,
      title,
      author,
      cards,
      queueInfo,
    };
    const cardsLow =
      this.parts.cards.get(article.id) ??
      (await loadDocument(cardsPath, cardsDocSchema, () => cardsDoc, now)).doc;
    await replaceDocument(cardsLow, cardsDoc);
    this.parts.cards.set(article.id, cardsLow);
    this.indexItems(article.id, cards);
  }

  /**
   * Commits one answer: the entry (with the card after the review) is appended to the log and synced;
   * only then does the card change in memory. The card file catches up in the background.
   */
  async commitReview(entry: ReviewEntry): Promise<void> {
    const doc = this.parts.cards.get(entry.articleId);
    const card = doc?.data.cards[entry.itemId];
    if (!doc || !card) throw new Error(`No card ${entry.itemId} in article ${entry.articleId}.`);
    this.parts.logEnd = await this.parts.log.append(entry);
    doc.data.cards[entry.itemId] = cardAfterReview(card, entry);
    this.parts.recent.entries.push(entry);
    this.dirty.add(entry.articleId);
    this.checkpointer.changed();
    this.listeners.forEach((listener) => listener({ type: 'review', entry }));
  }

  /** Tells `listener` of every review committed and taken back from now on (statistics stay current). */
  onReviewChange(listener: (change: ReviewChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Commits an undo the same way: logged and synced first, then the card returns to its earlier state. */
  async commitUndo(undo: UndoEntry): Promise<void> {
    const doc = this.parts.cards.get(undo.articleId);
    const card = doc?.data.cards[undo.itemId];
    if (!doc || !card) throw new Error(`No card ${undo.itemId} in article ${undo.articleId}.`);
    const undone = this.recentReviews().find((entry) => entry.id === undo.undoes);
    this.parts.logEnd = await this.parts.log.append(undo);
    doc.data.cards[undo.itemId] = cardAfterUndo(card, undo);
    this.parts.recent.entries.push(undo);
    this.dirty.add(undo.articleId);
    this.checkpointer.changed();
    if (undone) this.listeners.forEach((listener) => listener({ type: 'undo', entry: undone }));
  }

  /**
   * Changes cards outside of answering (suspend, bury, new items): the article's cards file is rewritten
   * durably before this returns; on failure memory keeps what is on disk.
   */
  async updateCards(
    articleId: string,
    change: (cards: Record<string, StoredCard>) => Record<string, StoredCard>,
  ): Promise<void> {
    const doc = this.parts.cards.get(articleId);
    if (!doc) throw new Error(`No article ${articleId}.`);
    await replaceDocument(doc, { ...doc.data, cards: change({ ...doc.data.cards }) });
    this.indexItems(articleId, doc.data.cards);
  }

  /** The most recent reviews still in effect (not undone), newest last, from what is in memory. */
  recentReviews(): ReviewEntry[] {
    return effectiveReviews(this.parts.recent.entries);
  }

  /**
   * Imports reviews made elsewhere (a backup, demo data) in bulk: the entries are appended to the log with
   * one sync per day file, then each applies to its card as a replay would (in order, and only when newer
   * than what the card holds). Every entry must belong to a card the store knows; nothing is written
   * otherwise. Like `commitReview`, the card files follow at the next checkpoint, and callers serialise it
   * with other writes (`exclusive`) where that matters.
   */
  async importReviews(entries: readonly ReviewEntry[]): Promise<void> {
    if (entries.length === 0) return;
    for (const entry of entries) {
      if (!this.parts.cards.get(entry.articleId)?.data.cards[entry.itemId])
        throw new Error(`No card ${entry.itemId} in article ${entry.articleId}.`);
    }
    const end = await this.parts.log.appendMany(entries);
    // A bulk append may end in an older day file than the log's last one; replay from there is harmless.
    if (end) this.parts.logEnd = end;
    const recent = this.parts.recent;
    for (const entry of entries) {
      const cards = this.parts.cards.get(entry.articleId)!.data.cards;
      const card = cards[entry.itemId]!;
      if (isBehind(card, entry)) cards[entry.itemId] = cardAfterReview(card, entry);
      if (entry.review.slice(0, 10) >= recent.fromDay) recent.entries.push(entry);
      this.dirty.add(entry.articleId);
    }
    this.checkpointer.changed();
  }

  /** Reviews made at or after `sinceIso`, read from the log when older than what is in memory. */
  async reviewsSince(sinceIso: string): Promise<ReviewEntry[]> {
    const recent = this.parts.recent;
    const day = sinceIso.slice(0, 10);
    if (day < recent.fromDay) {
      const older = await this.parts.log.readDays(day, recent.fromDay);
      const known = new Set(recent.entries.map((line) => line.id));
      recent.entries = [...older.entries.filter((e) => !known.has(e.id)), ...recent.entries];
      recent.fromDay = day;
    }
    return effectiveReviews(recent.entries).filter((entry) => entry.review >= sinceIso);
  }

  /** The whole review log without undone reviews (exports, statistics). */
  async allReviews(): Promise<ReviewEntry[]> {
    return effectiveReviews((await this.parts.log.readFrom(null)).entries);
  }

  /** Card files that the start-up replay changed are written now, so the next start replays less. */
  async markReplayed(articleIds: Set<string>): Promise<void> {
    articleIds.forEach((id) => this.dirty.add(id));
    await this.flush();
  }

  /** Brings the card files up to date with the log now. */
  flush(): Promise<void> {
    return this.checkpointer.flush();
  }

  async close(): Promise<void> {
    this.checkpointer.stop();
    await this.exclusive(() => this.checkpointer.flush());
    await this.parts.log.closeCurrent();
    await this.parts.lock.release();
  }

  private async writeCheckpoint(): Promise<void> {
    const through = this.parts.logEnd;
    const pending = [...this.dirty];
    this.dirty.clear();
    try {
      for (const articleId of pending) await this.parts.cards.get(articleId)?.write();
    } catch (error) {
      pending.forEach((id) => this.dirty.add(id));
      throw error;
    }
    await replaceDocument(this.parts.checkpoint, { schemaVersion: LAYOUT_VERSION, through });
  }

  private reportBackgroundFailure(error: unknown): void {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (this.notices.some((notice) => notice.message.includes(`(${code})`)))
      return this.checkpointer.changed();
    this.notices.push({
      level: 'warning',
      message: `Card files could not be brought up to date (${code}). Your answers are safe in the review log; the app will try again.`,
    });
    this.checkpointer.changed();
  }

  private indexItems(articleId: string, cards: Record<string, StoredCard>): void {
    for (const itemId of Object.keys(cards)) this.itemIndex.set(itemId, articleId);
  }
}
