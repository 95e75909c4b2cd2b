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
} from '../scheduler';
import { SCHEMA_VERSION, type ArticleFile, type ReviewEntry, type Store } from '../store';
import { toCardView } from './library';

interface Located {
  file: ArticleFile;
  item: QuizItem;
}

export function findItem(store: Store, itemId: string): Located {
  for (const articleId of store.articleIds()) {
    const file = store.article(articleId);
    const item = file?.items.find((candidate) => candidate.id === itemId);
    if (file && item) return { file, item };
  }
  throw new AppError('not-found', `No quiz item with ID "${itemId}".`);
}

function cardOf(located: Located) {
  const card = located.file.cards[located.item.id];
  if (!card) throw new AppError('not-found', `Quiz item "${located.item.id}" has no card.`);
  return card;
}

function schedulerFor(store: Store) {
  const { desiredRetention, maximumInterval, enableFuzz } = store.settingsFile().settings;
  return createScheduler({ desiredRetention, maximumInterval, enableFuzz });
}

export function today(store: Store, now: Date, articleId?: string): TodayView {
  const dayStart = startOfStudyDay(now).toISOString();
  const todays = store.reviews().filter((entry) => entry.review >= dayStart);
  const files = (articleId ? [articleId] : store.articleIds()).map((id) => store.article(id));
  if (articleId && !files[0]) throw new AppError('not-found', `No article with ID "${articleId}".`);
  const cards = files.flatMap((file) =>
    file
      ? file.items.flatMap((item) =>
          file.cards[item.id] ? [{ itemId: item.id, card: file.cards[item.id]! }] : [],
        )
      : [],
  );
  const queue = buildQueue(cards, now, {
    newCardsPerDay: store.settingsFile().settings.newCardsPerDay,
    newSeenToday: todays.filter((entry) => entry.state === 0).length,
  });
  return { queue: queue.itemIds, counts: queue.counts, reviewedToday: todays.length, now: now.toISOString() };
}

export function previewRatings(store: Store, now: Date, itemId: string): RatingPreview {
  const card = cardOf(findItem(store, itemId));
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
 * the user was shown, and is acknowledged only once the review and the card are on disk.
 */
export function rateItem(store: Store, now: Date, arg: ArgumentOf<'rateItem'>): Promise<RateResult> {
  return store.exclusive(async () => {
    const located = findItem(store, arg.itemId);
    const card = cardOf(located);
    if (cardStamp(card) !== arg.cardStamp) {
      throw new AppError(
        'stale-answer',
        'This card changed since it was shown (answered twice?); the answer was not recorded.',
      );
    }
    const { card: next, log } = schedulerFor(store).answer(card, now, arg.rating);
    const stored = { ...next, suspended: card.suspended };
    const entry: ReviewEntry = {
      schemaVersion: SCHEMA_VERSION,
      id: randomUUID(),
      itemId: located.item.id,
      articleId: located.file.article.id,
      ...log,
      durationMs: arg.durationMs,
      ...(arg.response !== undefined ? { response: arg.response } : {}),
      ...(arg.response !== undefined ? { correct: checkAnswer(located.item, arg.response).correct } : {}),
      cardAfter: next,
    };
    const file = { ...located.file, cards: { ...located.file.cards, [located.item.id]: stored } };
    await saveOrExplain(() => store.recordReview(entry, file));
    return { card: toCardView(stored), today: today(store, now, located.file.article.id) };
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
