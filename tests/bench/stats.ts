/**
 * The Stats view's speed over 1,000,000 review-log entries on 50,000 cards (20 reviews each, over 400 days)
 * with 50,000 items in 100 articles, generated in memory with a seeded PRNG, in time order as the log is.
 *
 * - stats_ms: what the app does when the view opens: a snapshot of every figure (heatmap, forecasts,
 *   retention, card counts, distributions, buttons, time, mastery per article and node) from an accumulator
 *   that already holds the log (folded in once at start, then one entry per answer). Median of 9.
 * - incremental_ms: folding one new review in, then that snapshot. Median of 9.
 * - cold_ms: `computeStats` from scratch, reading all 1,000,000 entries (what start-up pays once). Median of 3.
 */
import {
  computeStats,
  createStatsAccumulator,
  type MasteryItem,
  type StatsCard,
  type StatsReview,
} from '../../main/stats';
import { seededRandom as prng } from '../../main/random';

const REVIEWS = 1_000_000;
const CARDS = 50_000;
const ARTICLES = 100;
const DAY = 86_400_000;
const NOW = new Date('2026-06-01T18:00:00.000Z');

interface Collection {
  reviews: StatsReview[];
  cards: Map<string, StatsCard>;
  items: MasteryItem[];
}

/** Each card: learnt on a random day of the last 400, then reviewed at growing intervals, 20 times in all. */
function generate(): Collection {
  const random = prng(42);
  const perCard = REVIEWS / CARDS;
  const reviews: StatsReview[] = new Array(REVIEWS);
  const cards = new Map<string, StatsCard>();
  const items: MasteryItem[] = [];
  let at = 0;
  for (let c = 0; c < CARDS; c++) {
    const id = `item-${c}`;
    let time = NOW.getTime() - (400 - random() * 100) * DAY;
    let interval = 0;
    let state = 0;
    let stability = 1;
    for (let r = 0; r < perCard; r++) {
      const rating = random() < 0.1 ? 1 : random() < 0.1 ? 2 : random() < 0.9 ? 3 : 4;
      reviews[at++] = {
        rating,
        state,
        review: new Date(time).toISOString(),
        scheduled_days: interval,
        durationMs: 2000 + Math.floor(random() * 10_000),
      };
      state = rating === 1 ? (state === 0 ? 1 : 3) : 2;
      interval = state === 2 ? Math.max(1, Math.round(interval * 1.4 + random() * 2)) : 0;
      stability = state === 2 ? interval * (0.8 + random() * 0.4) : 0.5;
      time += Math.max(interval, 0.01) * DAY * (0.2 + random() * 0.2);
    }
    const last = reviews[at - 1]!.review;
    cards.set(id, {
      due: new Date(Date.parse(last) + interval * DAY).toISOString(),
      stability,
      state,
      scheduled_days: interval,
      last_review: last,
      suspended: random() < 0.02,
    });
    const sentence = `s${c % 200}`;
    items.push({
      id,
      articleId: `article-${c % ARTICLES}`,
      kind: c % 3 === 0 ? 'cloze' : 'multiple-choice',
      sourceSentenceIds: [sentence],
      ...(c % 2 === 0 ? { argumentNode: `n-${sentence}` } : {}),
    });
  }
  // The log is read in its own order, which is time order (an append-only log).
  const times = Float64Array.from(reviews, (review) => Date.parse(review.review));
  const order = Uint32Array.from(times.keys()).sort((a, b) => times[a]! - times[b]!);
  return { reviews: Array.from(order, (i) => reviews[i]!), cards, items };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void, times: number): number {
  const runs: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    runs.push(performance.now() - start);
  }
  return Math.round(median(runs) * 10) / 10;
}

export async function benchStats(): Promise<{
  reviews: number;
  stats_ms: number;
  incremental_ms: number;
  cold_ms: number;
}> {
  const { reviews, cards, items } = generate();
  const options = { dayStartHour: 4, desiredRetention: 0.9 };
  const cold_ms = time(() => computeStats({ ...options, reviews, cards, items, now: NOW }), 3);

  const accumulator = createStatsAccumulator(options);
  for (const review of reviews) accumulator.add(review);
  const snapshot = () => accumulator.snapshot(cards, NOW, { items });
  snapshot();
  snapshot();
  const stats_ms = time(snapshot, 9);

  let minute = 0;
  const incremental_ms = time(() => {
    minute++;
    const review = new Date(NOW.getTime() - 60_000 * minute).toISOString();
    accumulator.add({ rating: 3, state: 2, review, scheduled_days: 10, durationMs: 5000 });
    snapshot();
  }, 9);
  return { reviews: reviews.length, stats_ms, incremental_ms, cold_ms };
}

if (process.argv[1]?.endsWith('stats.ts')) {
  const result = await benchStats();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ stats: result })}\n`);
  else
    process.stdout.write(
      `stats: ${result.reviews} reviews; snapshot ${result.stats_ms} ms, one new review + snapshot ` +
        `${result.incremental_ms} ms, from scratch ${result.cold_ms} ms\n`,
    );
}
