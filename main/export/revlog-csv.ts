/**
 * The review log in the CSV format the FSRS optimizer tools read (fsrs-optimizer, fsrs-rs and its
 * bindings' `convertCsvToFsrsItems`):
 *
 *   card_id,review_time,review_rating,review_state,review_duration
 *
 * card_id      an integer per card (see stableCardId: 52 bits of SHA-256 over article and item ID)
 * review_time  the review instant in UTC milliseconds since the epoch
 * review_rating 1 Again, 2 Hard, 3 Good, 4 Easy
 * review_state the card's state BEFORE the review: 0 new, 1 learning, 2 review, 3 relearning
 * review_duration how long the answer took, in milliseconds
 */
import type { ReviewEntry } from '../store/schema';
import { assertNoCollisions, stableCardId } from './stable-id';

export const REVLOG_CSV_HEADER = 'card_id,review_time,review_rating,review_state,review_duration';

/** Maps a card (item ID, article ID) to its integer ID. */
export type CardIdOf = (itemId: string, articleId: string) => number;

/**
 * One line per review, oldest first (ties in their log order); every cell is an integer, so nothing needs
 * quoting. Throws if `cardIdOf` gives two cards the same number or a number that is not a safe integer.
 */
export function buildRevlogCsv(reviews: readonly ReviewEntry[], cardIdOf: CardIdOf = stableCardId): string {
  const ids = new Map<string, number>();
  const idOf = (entry: ReviewEntry): number => {
    const key = `${entry.articleId}/${entry.itemId}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = cardIdOf(entry.itemId, entry.articleId);
      if (!Number.isSafeInteger(id) || id < 0)
        throw new Error(`Card ID for ${key} is not a whole number: ${id}`);
      ids.set(key, id);
    }
    return id;
  };
  const rows = reviews
    .map((entry, order) => ({ entry, order, time: Date.parse(entry.review) }))
    .sort((a, b) => a.time - b.time || a.order - b.order)
    .map(({ entry, time }) =>
      [idOf(entry), time, entry.rating, entry.state, Math.max(0, Math.round(entry.durationMs))].join(','),
    );
  assertNoCollisions(ids);
  return [REVLOG_CSV_HEADER, ...rows].join('\n') + '\n';
}
