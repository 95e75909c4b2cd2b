import { randomUUID } from 'node:crypto';
import type { ArgumentOf, RatingPreview, RateResult, TodayView } from '../api/contract';
import { AppError } from '../api/errors';
import { checkAnswer, type QuizItem } from '../quiz';
import {
  buildQueue,
  cardStamp,
  createScheduler,
  formatInterval,
  GRADES,
  startOfStudyDay,
  type QueueCard,
} from '../scheduler';
import { ENTRY_VERSION, type ReviewEntry, type StoredCard, type Store } from '../store';
import { toCardView } from './library';

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
  const { desiredRetention, maximumInterval, enableFuzz } = store.settingsFile().settings;
  return createScheduler({ desiredRetention, maximumInterval, enableFuzz });
}

function queueCards(store: Store, articleIds: string[]): QueueCard[] {
  return articleIds.flatMap((id) =>
    Object.entries(store.cardsDoc(id)?.cards ?? {}).map(([itemId, card]) => ({ itemId, card })),
  );
}

export async function today(store: Store, now: Date, articleId?: string): Promise<TodayView> {
  if (articleId && !store.cardsDoc(articleId))
    throw new AppError('not-found', `No article with ID "${articleId}".`);
  const todays = await store.reviewsSince(startOfStudyDay(now).toISOString());
  const queue = buildQueue(queueCards(store, articleId ? [articleId] : store.articleIds()), now, {
    newCardsPerDay: store.settingsFile().settings.newCardsPerDay,
    newSeenToday: todays.filter((entry) => entry.state === 0).length,
  });
  return { queue: queue.itemIds, counts: queue.counts, reviewedToday: todays.length, now: now.toISOString() };
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
 * the user was shown, and is acknowledged only once the review is on disk.
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
    };
    await saveOrExplain(() => store.commitReview(entry));
    return {
      card: toCardView({ ...next, suspended: card.suspended }),
      today: await today(store, now, articleId),
    };
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
      `The answer could not be saved (${code}). Nothing already saved was lost; try again.`,
    );
  }
}
