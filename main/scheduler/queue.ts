import type { CardRecord } from './records';

export interface QueueCard {
  itemId: string;
  card: CardRecord & { suspended: boolean; buriedUntil?: string };
  /** The item's kind, so that kinds can be interleaved. */
  kind?: string;
  /** Sibling groups (same source sentence, same argument node). */
  siblings?: readonly string[];
}

export interface QueueLimits {
  newCardsPerDay: number;
  reviewsPerDay: number;
  /** New cards already introduced today; they count against the daily limit. */
  newSeenToday: number;
  /** Reviews of review cards already done today; they count against the daily review limit. */
  reviewsDoneToday: number;
  /** The end of the study day: reviews due before it are today's. */
  dayEnd: Date;
  /** Sibling groups of the items seen today: their other items wait for tomorrow. */
  seenSiblingsToday: ReadonlySet<string>;
  /** Items answered today (a card in learning may come back; its siblings may not). */
  seenItemsToday: ReadonlySet<string>;
}

export interface Queue {
  itemIds: string[];
  counts: { new: number; learning: number; review: number };
  /** When the next learning card falls due later today, if nothing is due now. */
  nextDue?: string;
}

// ISO 8601 instants in UTC sort as strings; a plain comparison is much cheaper than localeCompare.
const byDue = (a: QueueCard, b: QueueCard) =>
  a.card.due < b.card.due ? -1 : a.card.due > b.card.due ? 1 : 0;

/** Round-robin over kinds, keeping each kind's own order: no long runs of one kind of question. */
export function interleaveByKind(cards: readonly QueueCard[]): QueueCard[] {
  const groups = new Map<string, QueueCard[]>();
  for (const card of cards) {
    const kind = card.kind ?? '';
    const group = groups.get(kind);
    if (group) group.push(card);
    else groups.set(kind, [card]);
  }
  const lists = [...groups.values()];
  const result: QueueCard[] = [];
  for (let i = 0; result.length < cards.length; i++)
    for (const list of lists) if (list[i]) result.push(list[i]!);
  return result;
}

function isBuried(entry: QueueCard, limits: QueueLimits, nowIso: string): boolean {
  if (entry.card.buriedUntil && entry.card.buriedUntil > nowIso) return true;
  if (limits.seenItemsToday.has(entry.itemId)) return false;
  return (entry.siblings ?? []).some((group) => limits.seenSiblingsToday.has(group));
}

/** Keeps at most one card per sibling group, so two siblings are not both shown today. */
function onePerSiblingGroup(cards: readonly QueueCard[], limit: number): QueueCard[] {
  const taken = new Set<string>();
  const kept: QueueCard[] = [];
  for (const entry of cards) {
    if (kept.length >= limit) break;
    const groups = entry.siblings ?? [];
    if (groups.some((group) => taken.has(group))) continue;
    groups.forEach((group) => taken.add(group));
    kept.push(entry);
  }
  return kept;
}

/**
 * Builds the day's queue from cards already read: learning cards due now, then reviews due today (up to
 * the daily review limit), then new cards (in article order) up to what is left of the daily new limit.
 * Suspended and buried cards, and siblings of items seen today, stay out; kinds are interleaved.
 */
export function buildQueue(cards: readonly QueueCard[], now: Date, limits: QueueLimits): Queue {
  const nowIso = now.toISOString();
  const dayEndIso = limits.dayEnd.toISOString();
  const inLearning: QueueCard[] = [];
  const reviewCandidates: QueueCard[] = [];
  const newCandidates: QueueCard[] = [];
  // One pass over every card: this runs for the whole collection on each answer.
  for (const entry of cards) {
    const { card } = entry;
    if (card.suspended || isBuried(entry, limits, nowIso)) continue;
    if (card.state === 0) newCandidates.push(entry);
    else if (card.state === 2) {
      if (card.due < dayEndIso) reviewCandidates.push(entry);
    } else inLearning.push(entry);
  }
  inLearning.sort(byDue);
  const learning = inLearning.filter((e) => e.card.due <= nowIso);
  const reviewsLeft = Math.max(0, limits.reviewsPerDay - limits.reviewsDoneToday);
  const review = onePerSiblingGroup(reviewCandidates.sort(byDue), reviewsLeft);
  const newLeft = Math.max(0, limits.newCardsPerDay - limits.newSeenToday);
  const fresh = onePerSiblingGroup(newCandidates, newLeft);
  const laterToday = inLearning.find((e) => e.card.due > nowIso && e.card.due < dayEndIso);
  return {
    itemIds: [...learning, ...interleaveByKind(review), ...interleaveByKind(fresh)].map((e) => e.itemId),
    counts: { new: fresh.length, learning: learning.length, review: review.length },
    ...(learning.length + review.length + fresh.length === 0 && laterToday
      ? { nextDue: laterToday.card.due }
      : {}),
  };
}
