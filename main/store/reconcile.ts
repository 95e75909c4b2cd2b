import type { ArticleFile, ReviewEntry } from './schema';

interface ReconcilableStore {
  articleIds(): string[];
  article(id: string): ArticleFile | undefined;
  reviews(): readonly ReviewEntry[];
  saveArticle(file: ArticleFile): Promise<void>;
}

function latestReviewPerItem(reviews: readonly ReviewEntry[]): Map<string, ReviewEntry> {
  const latest = new Map<string, ReviewEntry>();
  for (const entry of reviews) {
    const seen = latest.get(entry.itemId);
    if (!seen || seen.review <= entry.review) latest.set(entry.itemId, entry);
  }
  return latest;
}

function isBehind(card: ArticleFile['cards'][string], entry: ReviewEntry): boolean {
  const lastReview = card.last_review ? Date.parse(card.last_review) : -Infinity;
  return lastReview < Date.parse(entry.review);
}

/**
 * Brings every card up to its latest logged review. The log is written before the card, so a card can
 * only lag behind the log (a crash between the two writes, or an article file restored from elsewhere).
 */
export async function reconcileCards(store: ReconcilableStore): Promise<number> {
  const latest = latestReviewPerItem(store.reviews());
  let repaired = 0;
  for (const id of store.articleIds()) {
    const file = store.article(id);
    if (!file) continue;
    const cards = { ...file.cards };
    let changed = false;
    for (const [itemId, card] of Object.entries(cards)) {
      const entry = latest.get(itemId);
      if (entry && entry.articleId === id && isBehind(card, entry)) {
        cards[itemId] = { ...entry.cardAfter, suspended: card.suspended };
        changed = true;
        repaired++;
      }
    }
    if (changed) await store.saveArticle({ ...file, cards });
  }
  return repaired;
}
