/**
 * Retrievability of a card now, from ts-fsrs's forgetting curve. Elapsed time is fractional days since the
 * last review (ts-fsrs's own `get_retrievability` rounds to whole days), so that a card reviewed this morning
 * reads a little under 100% tonight.
 */
import { default_w, forgetting_curve } from 'ts-fsrs';
import { DAY_MS, parseInstant } from './time';
import type { CardsByItem, StatsCard } from './types';

/** The FSRS parameters in use: ts-fsrs's defaults unless the user applied optimised ones. */
export const DEFAULT_PARAMETERS: readonly number[] = default_w;

/** The forgetting curve's decay parameter (w20) of a parameter set. */
export function decayOf(parameters: readonly number[] = DEFAULT_PARAMETERS): number {
  return parameters[20] ?? (DEFAULT_PARAMETERS[20] as number);
}

/** The card's probability of recall at `nowMs`; null for a card never reviewed. */
export function retrievabilityAt(card: StatsCard, nowMs: number, decay: number): number | null {
  if (card.state === 0 || !card.last_review || !(card.stability > 0)) return null;
  const elapsedDays = Math.max(0, (nowMs - parseInstant(card.last_review)) / DAY_MS);
  return forgetting_curve(decay, elapsedDays, card.stability);
}

export function cardOf(cards: CardsByItem, itemId: string): StatsCard | undefined {
  if (cards instanceof Map) return cards.get(itemId);
  return Object.prototype.hasOwnProperty.call(cards, itemId)
    ? (cards as Readonly<Record<string, StatsCard>>)[itemId]
    : undefined;
}

export function cardValues(cards: CardsByItem): Iterable<StatsCard> {
  return cards instanceof Map ? cards.values() : Object.values(cards as Readonly<Record<string, StatsCard>>);
}
