import type { ReviewEntry, StoredCard } from './schema';

export type CardTable = Record<string, StoredCard>;

/** True when the log entry is newer than what the card holds (the card file has not caught up). */
export function isBehind(card: StoredCard, entry: ReviewEntry): boolean {
  const lastReview = card.last_review ? Date.parse(card.last_review) : -Infinity;
  return lastReview < Date.parse(entry.review);
}

/**
 * Applies log entries to the cards they concern, in log order; an entry the card already reflects is
 * skipped, so replaying the same entries twice changes nothing. Returns the articles whose cards changed.
 */
export function replayEntries(
  entries: readonly ReviewEntry[],
  cardsOf: (articleId: string) => CardTable | undefined,
): Set<string> {
  const changed = new Set<string>();
  for (const entry of entries) {
    const cards = cardsOf(entry.articleId);
    const card = cards?.[entry.itemId];
    if (!cards || !card || !isBehind(card, entry)) continue;
    cards[entry.itemId] = { ...entry.cardAfter, suspended: card.suspended };
    changed.add(entry.articleId);
  }
  return changed;
}
