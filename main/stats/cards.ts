/**
 * The figures that come from the cards as they are now, in one pass over them: counts by state, the due
 * forecast, and the stability and retrievability distributions.
 */
import { MATURE_DAYS } from './day-table';
import type { Retrievability } from './retrievability';
import { parseInstant, type StudyDays } from './time';
import type { CardCounts, Forecast, Histogram, StatsCard } from './types';

/** Lower edges of the stability bins, in days. */
export const STABILITY_EDGES = [0, 1, 2, 3, 5, 7, 14, 21, 30, 60, 90, 180, 365, 730] as const;
const RETRIEVABILITY_BINS = 10;
const STATES = ['new', 'learning', 'review', 'relearning'] as const;

export interface CardFigures {
  cardCounts: CardCounts;
  forecast30: Forecast;
  forecast90: Forecast;
  stabilityHistogram: Histogram;
  retrievabilityHistogram: Histogram & { average: number | null };
}

function stabilityLabels(): string[] {
  return STABILITY_EDGES.map((edge, i) => {
    const next = STABILITY_EDGES[i + 1];
    return next === undefined ? `${edge}d+` : `${edge}-${next}d`;
  });
}

function stabilityBin(stability: number): number {
  let bin = 0;
  while (bin + 1 < STABILITY_EDGES.length && stability >= (STABILITY_EDGES[bin + 1] as number)) bin++;
  return bin;
}

function forecastOf(days: string[], due: number[], overdue: number, later: number): Forecast {
  return { days, due, overdue, later, total: due.reduce((a, b) => a + b, 0) + later };
}

/**
 * `today` is today's study day number. A card counts in the forecast from its due instant or, when it is
 * buried, from the end of its burial, whichever is later; suspended and new cards are left out.
 */
export function cardFigures(
  cards: Iterable<StatsCard>,
  nowMs: number,
  today: number,
  studyDays: StudyDays,
  rOf: Retrievability,
): CardFigures {
  const counts: CardCounts = {
    new: 0,
    learning: 0,
    review: 0,
    relearning: 0,
    suspended: 0,
    young: 0,
    mature: 0,
    total: 0,
  };
  const due90 = new Array<number>(90).fill(0);
  let overdue = 0;
  let later90 = 0;
  const stability = new Array<number>(STABILITY_EDGES.length).fill(0);
  const retrievability = new Array<number>(RETRIEVABILITY_BINS).fill(0);
  let rSum = 0;
  let rCount = 0;

  for (const card of cards) {
    counts.total++;
    if (card.state !== 0) {
      stability[stabilityBin(card.stability)]!++;
      const r = rOf(card, nowMs);
      if (r !== null) {
        retrievability[Math.min(RETRIEVABILITY_BINS - 1, Math.floor(r * RETRIEVABILITY_BINS))]!++;
        rSum += r;
        rCount++;
      }
    }
    if (card.suspended) {
      counts.suspended++;
      continue;
    }
    counts[STATES[card.state] ?? 'new']++;
    if (card.state === 2) counts[card.scheduled_days >= MATURE_DAYS ? 'mature' : 'young']++;
    if (card.state === 0) continue;
    const dueMs = Math.max(parseInstant(card.due), card.buriedUntil ? parseInstant(card.buriedUntil) : 0);
    const ahead = studyDays.dayOf(dueMs) - today;
    if (ahead < 0) overdue++;
    if (ahead >= 90) later90++;
    else due90[Math.max(0, ahead)]!++;
  }

  const days = Array.from({ length: 90 }, (_, i) => studyDays.keyOf(today + i));
  const later30 = later90 + due90.slice(30).reduce((a, b) => a + b, 0);
  return {
    cardCounts: counts,
    forecast30: forecastOf(days.slice(0, 30), due90.slice(0, 30), overdue, later30),
    forecast90: forecastOf(days, due90, overdue, later90),
    stabilityHistogram: {
      labels: stabilityLabels(),
      edges: [...STABILITY_EDGES],
      counts: stability,
      total: stability.reduce((a, b) => a + b, 0),
    },
    retrievabilityHistogram: {
      labels: retrievability.map((_, i) => `${i * 10}-${i * 10 + 10}%`),
      edges: retrievability.map((_, i) => i / RETRIEVABILITY_BINS),
      counts: retrievability,
      total: rCount,
      average: rCount > 0 ? rSum / rCount : null,
    },
  };
}
