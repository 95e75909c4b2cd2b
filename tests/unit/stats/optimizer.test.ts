import { default_w } from 'ts-fsrs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTrainingSet,
  optimizeParameters,
  packReviews,
  rescheduleCards,
  type OptimizeResult,
  type OptimizerProgress,
  type OptimizerReview,
} from '../../../main/stats';
import { generateHistory, TRUE_PARAMETERS, type History } from './history';

const originalTz = process.env.TZ;
let history: History;
let optimised: OptimizeResult;
const progress: OptimizerProgress[] = [];

beforeAll(async () => {
  process.env.TZ = 'Europe/Berlin';
  // 300 cards, 10 new a day, 90 days of reviews: about 2,100 reviews.
  history = generateHistory({ cards: 300, newPerDay: 10, days: 90, seed: 7 });
  optimised = await optimizeParameters(history.reviews, { onProgress: (p) => progress.push(p) });
}, 60_000);
afterAll(() => {
  process.env.TZ = originalTz;
});

const at = (day: number, hour: number, minute = 0) => new Date(2026, 0, day, hour, minute).toISOString();
const review = (itemId: string, state: number, rating: number, when: string): OptimizerReview => ({
  itemId,
  state,
  rating,
  review: when,
});

describe('the review log as FSRS training data', () => {
  it('counts study days between reviews and keeps each prefix that reaches a later day', () => {
    const set = buildTrainingSet(
      packReviews([
        // Listed out of order: the converter sorts each card's reviews by time.
        review('a', 2, 3, at(10, 9)),
        review('a', 0, 3, at(5, 9)),
        review('a', 1, 3, at(5, 9, 10)),
        // 3:00 on the 7th is still the study day of the 6th (days start at 4:00).
        review('a', 2, 1, at(7, 3)),
        review('a', 3, 3, at(7, 9)),
      ]),
      4,
    );
    // delta_t: 0, 0 (same day), 1 (5th -> 6th), 1 (6th -> 7th), 3 (7th -> 10th). The two-review prefix has no
    // later-day review, so three items remain.
    expect(set.items).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 1 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 1 },
        { rating: 3, deltaT: 1 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 1 },
        { rating: 3, deltaT: 1 },
        { rating: 3, deltaT: 3 },
      ],
    ]);
    expect(set).toMatchObject({ reviews: 5, cards: 1, longTermCards: 1 });
  });

  it('starts a card over at its last time as new, and drops a card whose learning is not in the log', () => {
    const set = buildTrainingSet(
      packReviews([
        review('reset', 0, 3, at(5, 9)),
        review('reset', 2, 3, at(8, 9)),
        review('reset', 0, 1, at(12, 9)),
        review('reset', 1, 3, at(12, 9, 10)),
        review('reset', 2, 3, at(14, 9)),
        review('partial', 2, 3, at(6, 9)),
        review('partial', 2, 3, at(9, 9)),
      ]),
      4,
    );
    expect(set.items).toEqual([
      [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
    ]);
    expect(set).toMatchObject({ reviews: 3, cards: 1, longTermCards: 1 });
  });
});

describe('the FSRS optimiser', () => {
  it('fits parameters that differ from the defaults and predict the history better', () => {
    expect(optimised.status).toBe('optimised');
    if (optimised.status !== 'optimised') return;
    expect(optimised.fit).toBe('full');
    expect(optimised.parameters).toHaveLength(21);
    const moved = optimised.parameters.filter((value, i) => Math.abs(value - default_w[i]!) > 0.01);
    expect(moved.length).toBeGreaterThan(5);
    // The learner's true initial stabilities are 3x the defaults: the fit moves them up.
    expect(optimised.parameters[0]).toBeGreaterThan(default_w[0]!);
    expect(optimised.after.logLoss).toBeLessThan(optimised.before.logLoss);
    expect(optimised.improved).toBe(true);
    expect(optimised.after.rmse).toBeLessThan(optimised.before.rmse);
    expect(optimised.history).toMatchObject({ cards: 300, longTermCards: 300 });
    console.info(
      `optimiser on the generated history: log loss ${optimised.before.logLoss.toFixed(4)} -> ` +
        `${optimised.after.logLoss.toFixed(4)}, RMSE ${optimised.before.rmse.toFixed(4)} -> ${optimised.after.rmse.toFixed(4)}`,
    );
  });

  it('reports progress up to completion', () => {
    expect(progress[0]).toMatchObject({ phase: 'preparing', fraction: 0 });
    expect(progress.at(-1)).toMatchObject({ phase: 'done', fraction: 1 });
    const fractions = progress.map((p) => p.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('says how much more history it needs when there is too little', async () => {
    const small = generateHistory({ cards: 5, newPerDay: 5, days: 10, seed: 3 });
    const result = await optimizeParameters(small.reviews);
    expect(result.status).toBe('not-enough-history');
    if (result.status !== 'not-enough-history') return;
    expect(result.history).toMatchObject({ cards: 5, longTermCards: 5 });
    expect(result.needed.longTermCards).toBe(15);
    expect(result.message).toContain('at least 20 cards reviewed again on a later day');
    expect(result.message).toContain('you have 5: 15 more');
  });

  it('says so for an empty log, without failing', async () => {
    const result = await optimizeParameters([]);
    expect(result).toMatchObject({
      status: 'not-enough-history',
      needed: { longTermCards: 20, trainingItems: 8 },
      history: { reviews: 0, cards: 0, longTermCards: 0, trainingItems: 0 },
    });
  });

  it('says so when the later-day reviews are too scattered for FSRS to start from', async () => {
    // 24 cards, each first seen again after a different number of days: every group of the same first
    // answer and first interval has one card, and fsrs-rs sets such groups aside.
    const reviews = Array.from({ length: 24 }, (_, i) => [
      review(`c${i}`, 0, 3, at(1, 9)),
      review(`c${i}`, 2, 3, at(2 + i, 9)),
    ]).flat();
    const result = await optimizeParameters(reviews);
    expect(result.status).toBe('not-enough-history');
    expect(result.message).toContain('too few or too scattered');
  });
});

describe('rescheduling after new parameters', () => {
  const settings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };

  it('leaves every card as it is under the parameters that scheduled it', () => {
    const result = rescheduleCards(history.cards, history.reviews, default_w, history.now, settings);
    expect(result.changed).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.cards).toEqual(history.cards);
  });

  it('moves due dates and memory states under other parameters, without touching its input', () => {
    const before = JSON.stringify(history.cards);
    const result = rescheduleCards(history.cards, history.reviews, TRUE_PARAMETERS, history.now, settings);
    expect(JSON.stringify(history.cards)).toBe(before);
    expect(result.changed.length).toBeGreaterThan(250);
    const id = result.changed[0]!;
    const [old, next] = [history.cards[id]!, result.cards[id]!];
    expect(next.stability).not.toBe(old.stability);
    expect(next).toMatchObject({
      reps: old.reps,
      lapses: old.lapses,
      last_review: old.last_review,
      suspended: false,
    });
  });

  it('skips a card whose log does not reach its last review', () => {
    const [id, card] = Object.entries(history.cards)[0]!;
    const cards = {
      [id]: { ...card, last_review: new Date(Date.parse(card.last_review!) + 1000).toISOString() },
    };
    const result = rescheduleCards(cards, history.reviews, TRUE_PARAMETERS, history.now, settings);
    expect(result.skipped).toEqual([id]);
    expect(result.cards[id]).toEqual(cards[id]);
  });
});
