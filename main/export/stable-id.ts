import { createHash } from 'node:crypto';

/**
 * A stable positive integer for one card, for tools that want numeric card IDs (the FSRS optimizer's
 * `card_id`): the first 52 bits (13 hex digits) of SHA-256 over the article ID and the item ID. It is an
 * exact JavaScript integer and fits SQLite's and Rust's i64; the same card always gets the same number.
 * Two cards of one export colliding is about a 1-in-10^7 event for 100,000 cards, and is detected
 * (`assertNoCollisions`) rather than assumed away.
 */
export function stableCardId(itemId: string, articleId = ''): number {
  const hex = createHash('sha256').update(`${articleId}\u0000${itemId}`, 'utf8').digest('hex');
  return Number.parseInt(hex.slice(0, 13), 16) || 1;
}

/** Maps each key to its number, throwing if two different keys got the same number. */
export function assertNoCollisions(pairs: Iterable<[key: string, id: number]>): void {
  const seen = new Map<number, string>();
  for (const [key, id] of pairs) {
    const other = seen.get(id);
    if (other !== undefined && other !== key)
      throw new Error(`Cards "${other}" and "${key}" got the same numeric ID ${id}; export them separately.`);
    seen.set(id, key);
  }
}
