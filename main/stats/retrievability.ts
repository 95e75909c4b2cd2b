/**
 * Retrievability of a card now: ts-fsrs's forgetting curve R(t, S) = (1 + factor * t / S)^(-w20), with its
 * `computeDecayFactor` worked out once per parameter set rather than on every card. Elapsed time is
 * fractional days since the last review (ts-fsrs's `get_retrievability` rounds to whole days), so that a card
 * reviewed this morning reads a little under 100% tonight.
 */
import { computeDecayFactor, default_w } from 'ts-fsrs';
import { DAY_MS, parseInstant } from './time';
import type { CardsByItem, StatsCard } from './types';

/** The FSRS parameters in use: ts-fsrs's defaults unless the user applied optimised ones. */
export const DEFAULT_PARAMETERS: readonly number[] = default_w;

/** The card's probability of recall at an instant; null for a card never reviewed. */
export type Retrievability = (card: StatsCard, nowMs: number) => number | null;

export function retrievabilityOf(parameters: readonly number[] = DEFAULT_PARAMETERS): Retrievability {
  const { decay, factor } = computeDecayFactor(parameters[20] ?? (DEFAULT_PARAMETERS[20] as number));
  return (card, nowMs) => {
    if (card.state === 0 || !card.last_review || !(card.stability > 0)) return null;
    const elapsedDays = Math.max(0, (nowMs - parseInstant(card.last_review)) / DAY_MS);
    return Math.pow(1 + (factor * elapsedDays) / card.stability, decay);
  };
}

/** The card's probability of recall at `now` under `parameters` (ts-fsrs's defaults when absent). */
export function retrievabilityAt(card: StatsCard, now: Date, parameters?: readonly number[]): number | null {
  return retrievabilityOf(parameters)(card, now.getTime());
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
