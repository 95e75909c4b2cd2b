import type { CardRecord } from './records';

export interface QueueCard {
  itemId: string;
  card: CardRecord & { suspended: boolean };
}

export interface QueueLimits {
  newCardsPerDay: number;
  /** New cards already introduced today; they count against the daily limit. */
  newSeenToday: number;
}

export interface Queue {
  itemIds: string[];
  counts: { new: number; learning: number; review: number };
}

const byDue = (a: QueueCard, b: QueueCard) => a.card.due.localeCompare(b.card.due);

/**
 * Builds the queue from cards already read: learning cards due now, then reviews due now, then new cards
 * (in article order) up to what is left of the daily limit. Suspended cards never appear.
 */
export function buildQueue(cards: readonly QueueCard[], now: Date, limits: QueueLimits): Queue {
  const nowIso = now.toISOString();
  const active = cards.filter((entry) => !entry.card.suspended);
  const dueNow = (entry: QueueCard) => entry.card.due <= nowIso;
  const learning = active.filter((e) => (e.card.state === 1 || e.card.state === 3) && dueNow(e)).sort(byDue);
  const review = active.filter((e) => e.card.state === 2 && dueNow(e)).sort(byDue);
  const newLeft = Math.max(0, limits.newCardsPerDay - limits.newSeenToday);
  const fresh = active.filter((e) => e.card.state === 0).slice(0, newLeft);
  return {
    itemIds: [...learning, ...review, ...fresh].map((e) => e.itemId),
    counts: { new: fresh.length, learning: learning.length, review: review.length },
  };
}
