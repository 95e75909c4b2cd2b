import { randomUUID } from 'node:crypto';
import type {
  AnswerCheck,
  ArgumentOf,
  CardChangeResult,
  RatingPreview,
  RateResult,
  UndoResult,
} from '../api/contract';
import { AppError } from '../api/errors';
import { checkAnswer, type QuizItem } from '../quiz';
import {
  cardStamp,
  createScheduler,
  formatInterval,
  GRADES,
  startOfNextStudyDay,
  suggestRating,
  type ReviewLogRecord,
} from '../scheduler';
import { ENTRY_VERSION, type ReviewEntry, type StoredCard, type Store, type UndoEntry } from '../store';
import { toCardView } from './library';
import { markDayIfDone, today } from './today';

export { today } from './today';

export interface LocatedItem {
  articleId: string;
  item: QuizItem;
  card: StoredCard;
}

function cardOf(store: Store, itemId: string): { articleId: string; card: StoredCard } {
  const articleId = store.articleOfItem(itemId);
  const card = articleId ? store.cardsDoc(articleId)?.cards[itemId] : undefined;
  if (!articleId || !card) throw new AppError('not-found', `No quiz item with ID "${itemId}".`);
  return { articleId, card };
}

export async function findItem(store: Store, itemId: string): Promise<LocatedItem> {
  const { articleId, card } = cardOf(store, itemId);
  const item = (await store.loadArticle(articleId))?.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new AppError('not-found', `The article of quiz item "${itemId}" could not be read.`);
  return { articleId, item, card };
}

function schedulerFor(store: Store) {
  const settings = store.settingsFile().settings;
  const { desiredRetention, maximumInterval, enableFuzz, learningSteps, relearningSteps, fsrsParameters } =
    settings;
  return createScheduler({
    desiredRetention,
    maximumInterval,
    enableFuzz,
    learningSteps,
    relearningSteps,
    ...(fsrsParameters ? { parameters: fsrsParameters } : {}),
  });
}

/** A failed write (disk full, no permission) reaches the user as a storage error they can retry. */
async function saveOrExplain(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new AppError(
      'storage',
      `The change could not be saved (${code}). Nothing already saved was lost; try again.`,
    );
  }
}

export async function check(store: Store, arg: ArgumentOf<'checkAnswer'>): Promise<AnswerCheck> {
  const { item } = await findItem(store, arg.itemId);
  const result = checkAnswer(item, arg.response);
  const typed = item.options ? 0 : result.expected.length;
  return { ...result, suggestedRating: suggestRating(result.correct, arg.durationMs, typed) };
}

export function previewRatings(store: Store, now: Date, itemId: string): RatingPreview {
  const { card } = cardOf(store, itemId);
  const outcomes = schedulerFor(store).preview(card, now);
  return {
    cardStamp: cardStamp(card),
    outcomes: GRADES.map((rating) => {
      const due = outcomes[rating].card.due;
      return { rating, due, interval: formatInterval(now, new Date(due)) };
    }),
  };
}

/**
 * Applies one answer. It runs alone (no other write in between), checks that the card is still the one
 * the user was shown, and is acknowledged only once the review is on disk. A card whose lapses reach the
 * leech threshold is tagged and suspended by the same log entry.
 */
export function rateItem(store: Store, now: Date, arg: ArgumentOf<'rateItem'>): Promise<RateResult> {
  return store.exclusive(async () => {
    const { articleId, item, card } = await findItem(store, arg.itemId);
    if (cardStamp(card) !== arg.cardStamp) {
      throw new AppError(
        'stale-answer',
        'This card changed since it was shown (answered twice?); the answer was not recorded.',
      );
    }
    const { card: next, log } = schedulerFor(store).answer(card, now, arg.rating);
    const leech = next.lapses > card.lapses && next.lapses >= store.settingsFile().settings.leechThreshold;
    const entry: ReviewEntry = {
      schemaVersion: ENTRY_VERSION,
      id: randomUUID(),
      itemId: item.id,
      articleId,
      ...log,
      durationMs: arg.durationMs,
      ...(arg.response !== undefined
        ? { response: arg.response, correct: checkAnswer(item, arg.response).correct }
        : {}),
      cardAfter: next,
      ...(leech ? { leech: true as const } : {}),
    };
    await saveOrExplain(() => store.commitReview(entry));
    const articleToday = await today(store, now, articleId);
    // Only when this article is done can the whole day be: the collection-wide check is skipped otherwise.
    if (articleToday.queue.length === 0 && !articleToday.nextDue)
      await markDayIfDone(store, now).catch(() => undefined);
    const stored = store.cardsDoc(articleId)!.cards[item.id]!;
    return { card: toCardView(stored), today: articleToday, leech };
  });
}

function logOf(entry: ReviewEntry): ReviewLogRecord {
  const {
    rating,
    state,
    due,
    stability,
    difficulty,
    elapsed_days,
    last_elapsed_days,
    scheduled_days,
    learning_steps,
    review,
  } = entry;
  return {
    rating,
    state,
    due,
    stability,
    difficulty,
    elapsed_days,
    last_elapsed_days,
    scheduled_days,
    learning_steps,
    review,
  };
}

/** Takes back the most recent answer still in effect: the card returns to its state before it (ts-fsrs rollback). */
export function undoLast(store: Store, now: Date): Promise<UndoResult> {
  return store.exclusive(async () => {
    const last = store.recentReviews().at(-1);
    if (!last) throw new AppError('not-found', 'There is no recent answer to undo.');
    const { articleId, card } = cardOf(store, last.itemId);
    if (card.last_review !== last.review) {
      throw new AppError(
        'stale-answer',
        'That card changed after the answer; the answer cannot be taken back.',
      );
    }
    const undo: UndoEntry = {
      schemaVersion: ENTRY_VERSION,
      type: 'undo',
      id: randomUUID(),
      undoes: last.id,
      itemId: last.itemId,
      articleId,
      undoneReview: last.review,
      at: now.toISOString(),
      cardAfter: schedulerFor(store).rollback(card, logOf(last)),
      suspendedBefore: last.leech ? false : card.suspended,
    };
    await saveOrExplain(() => store.commitUndo(undo));
    const restored = store.cardsDoc(articleId)!.cards[last.itemId]!;
    return { itemId: last.itemId, card: toCardView(restored), today: await today(store, now, articleId) };
  });
}

async function changeCard(
  store: Store,
  now: Date,
  itemId: string,
  change: (card: StoredCard) => StoredCard,
): Promise<CardChangeResult> {
  return store.exclusive(async () => {
    const { articleId } = cardOf(store, itemId);
    await saveOrExplain(() =>
      store.updateCards(articleId, (cards) => ({ ...cards, [itemId]: change(cards[itemId]!) })),
    );
    return {
      card: toCardView(store.cardsDoc(articleId)!.cards[itemId]!),
      today: await today(store, now, articleId),
    };
  });
}

/** Hides a card until the next study day starts. */
export function buryItem(store: Store, now: Date, itemId: string): Promise<CardChangeResult> {
  const until = startOfNextStudyDay(now, store.settingsFile().settings.dayStartHour).toISOString();
  return changeCard(store, now, itemId, (card) => ({ ...card, buriedUntil: until }));
}

export function setSuspended(
  store: Store,
  now: Date,
  itemId: string,
  suspended: boolean,
): Promise<CardChangeResult> {
  return changeCard(store, now, itemId, (card) => {
    const next = { ...card, suspended };
    if (!suspended) delete next.leech;
    return next;
  });
}
