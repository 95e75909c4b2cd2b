import type { TodayView } from '../api/contract';
import { AppError } from '../api/errors';
import { buildQueue, startOfNextStudyDay, startOfStudyDay, studyDayKey, type QueueCard } from '../scheduler';
import type { ReviewEntry, Store } from '../store';

/** Seconds per card when the user has no answer times yet. */
const DEFAULT_SECONDS_PER_CARD = 20;

function queueCards(store: Store, articleIds: string[]): QueueCard[] {
  return articleIds.flatMap((id) => {
    const doc = store.cardsDoc(id);
    if (!doc) return [];
    return Object.entries(doc.cards).map(([itemId, card]) => {
      const info = doc.queueInfo[itemId];
      return { itemId, card, kind: info?.kind, siblings: info?.siblings };
    });
  });
}

function siblingsOf(store: Store, itemIds: Iterable<string>): Set<string> {
  const groups = new Set<string>();
  for (const itemId of itemIds) {
    const articleId = store.articleOfItem(itemId);
    const info = articleId ? store.cardsDoc(articleId)?.queueInfo[itemId] : undefined;
    info?.siblings.forEach((group) => groups.add(group));
  }
  return groups;
}

/** Days in a row on which every due card was done, ending today or (if today is not done yet) yesterday. */
export function streakOf(completedDays: readonly string[], now: Date, dayStartHour: number): number {
  const done = new Set(completedDays);
  const day = startOfStudyDay(now, dayStartHour);
  if (!done.has(studyDayKey(day, dayStartHour))) day.setDate(day.getDate() - 1);
  let streak = 0;
  // Step back by calendar day at midday, so that daylight-saving changes never skip or repeat a day.
  for (day.setHours(12); done.has(studyDayKey(day, 0)); day.setDate(day.getDate() - 1)) streak++;
  return streak;
}

function secondsPerCard(reviews: readonly ReviewEntry[]): number {
  const recent = reviews.slice(-50).map((review) => review.durationMs / 1000);
  if (recent.length === 0) return DEFAULT_SECONDS_PER_CARD;
  return recent.reduce((sum, seconds) => sum + Math.min(seconds, 120), 0) / recent.length;
}

/** Today's queue and counts across all articles, or for one article. */
export async function today(store: Store, now: Date, articleId?: string): Promise<TodayView> {
  if (articleId && !store.cardsDoc(articleId))
    throw new AppError('not-found', `No article with ID "${articleId}".`);
  const settings = store.settingsFile().settings;
  const todays = await store.reviewsSince(startOfStudyDay(now, settings.dayStartHour).toISOString());
  const seenItems = new Set(todays.map((entry) => entry.itemId));
  const queue = buildQueue(queueCards(store, articleId ? [articleId] : store.articleIds()), now, {
    newCardsPerDay: settings.newCardsPerDay,
    reviewsPerDay: settings.reviewsPerDay,
    newSeenToday: new Set(todays.filter((entry) => entry.state === 0).map((entry) => entry.itemId)).size,
    reviewsDoneToday: todays.filter((entry) => entry.state === 2).length,
    dayEnd: startOfNextStudyDay(now, settings.dayStartHour),
    seenSiblingsToday: siblingsOf(store, seenItems),
    seenItemsToday: seenItems,
  });
  const remaining = queue.counts.new + queue.counts.learning + queue.counts.review;
  return {
    queue: queue.itemIds,
    counts: queue.counts,
    reviewedToday: todays.length,
    streak: streakOf(store.settingsFile().completedDays, now, settings.dayStartHour),
    estimateMinutes: Math.ceil((remaining * secondsPerCard(store.recentReviews())) / 60),
    ...(queue.nextDue ? { nextDue: queue.nextDue } : {}),
    now: now.toISOString(),
  };
}

/** Records that every due card of today is done, once, when the whole queue (all articles) is empty. */
export async function markDayIfDone(store: Store, now: Date): Promise<boolean> {
  // Most answers leave cards due somewhere: a quick scan that stops at the first few settles it cheaply.
  if (dueCandidates(store, now, PRECISE_CHECK_LIMIT) >= PRECISE_CHECK_LIMIT) return false;
  const all = await today(store, now);
  if (all.queue.length > 0 || all.nextDue) return false;
  const settingsFile = store.settingsFile();
  const day = studyDayKey(now, settingsFile.settings.dayStartHour);
  if (settingsFile.completedDays.includes(day)) return false;
  await store.saveSettings({
    ...settingsFile,
    completedDays: [...settingsFile.completedDays, day].slice(-3660),
  });
  return true;
}

/** Past this many cards still due today, the day is not done, whatever siblings or limits say. */
const PRECISE_CHECK_LIMIT = 64;

/** Counts, up to `limit`, the cards that could still be due today (learning or reviews before the day ends). */
function dueCandidates(store: Store, now: Date, limit: number): number {
  const nowIso = now.toISOString();
  const dayEnd = startOfNextStudyDay(now, store.settingsFile().settings.dayStartHour).toISOString();
  let count = 0;
  for (const id of store.articleIds()) {
    for (const card of Object.values(store.cardsDoc(id)?.cards ?? {})) {
      const buried = card.buriedUntil !== undefined && card.buriedUntil > nowIso;
      if (card.suspended || buried || card.state === 0 || card.due >= dayEnd) continue;
      if (++count >= limit) return count;
    }
  }
  return count;
}
