import { isUndo, type LogLine, type ReviewEntry, type StoredCard, type UndoEntry } from './schema';

export type CardTable = Record<string, StoredCard>;

/** True when the log entry is newer than what the card holds (the card file has not caught up). */
export function isBehind(card: StoredCard, entry: ReviewEntry): boolean {
  const lastReview = card.last_review ? Date.parse(card.last_review) : -Infinity;
  return lastReview < Date.parse(entry.review);
}

/** The card after a review: FSRS fields from the entry, the app's own flags kept (a leech answer suspends). */
export function cardAfterReview(card: StoredCard, entry: ReviewEntry): StoredCard {
  const next: StoredCard = { ...card, ...entry.cardAfter };
  if (!entry.cardAfter.last_review) delete next.last_review;
  if (entry.leech) Object.assign(next, { suspended: true, leech: true });
  return next;
}

/** The card after an undo: back to its state before the review taken back. */
export function cardAfterUndo(card: StoredCard, undo: UndoEntry): StoredCard {
  const next: StoredCard = { ...card, ...undo.cardAfter, suspended: undo.suspendedBefore };
  if (!undo.cardAfter.last_review) delete next.last_review;
  if (!undo.suspendedBefore) delete next.leech;
  return next;
}

/** An undo applies when the card still shows the review it takes back. */
function undoApplies(card: StoredCard, undo: UndoEntry): boolean {
  return card.last_review !== undefined && Date.parse(card.last_review) === Date.parse(undo.undoneReview);
}

/**
 * Applies log lines to the cards they concern, in log order; a line the card already reflects is
 * skipped, so replaying the same lines twice changes nothing. Returns the articles whose cards changed.
 */
export function replayEntries(
  lines: readonly LogLine[],
  cardsOf: (articleId: string) => CardTable | undefined,
): Set<string> {
  const changed = new Set<string>();
  for (const line of lines) {
    const cards = cardsOf(line.articleId);
    const card = cards?.[line.itemId];
    if (!cards || !card) continue;
    if (isUndo(line)) {
      if (!undoApplies(card, line)) continue;
      cards[line.itemId] = cardAfterUndo(card, line);
    } else {
      if (!isBehind(card, line)) continue;
      cards[line.itemId] = cardAfterReview(card, line);
    }
    changed.add(line.articleId);
  }
  return changed;
}

/** The reviews that count: undo lines and the reviews they take back are left out. */
export function effectiveReviews(lines: readonly LogLine[]): ReviewEntry[] {
  const undone = new Set(lines.filter(isUndo).map((undo) => undo.undoes));
  return lines.filter((line): line is ReviewEntry => !isUndo(line) && !undone.has(line.id));
}
