/**
 * A generated review history for the optimiser tests: the app's scheduler (FSRS defaults, fuzz off) decides
 * when each card is reviewed, and a "true" memory model with other FSRS parameters (a learner who forgets
 * more slowly at first and gains less on each success) decides, with a seeded PRNG, whether it is recalled.
 */
import {
  createEmptyCard,
  default_w,
  forgetting_curve,
  fsrs,
  generatorParameters,
  type Card,
  type Grade,
} from 'ts-fsrs';
import { createScheduler, newCard } from '../../../main/scheduler';
import { ENTRY_VERSION, type ReviewEntry, type StoredCard } from '../../../main/store';
import { seededRandom } from '../../../main/random';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** The learner's true parameters: initial stabilities x3, growth on success (w8) lower, decay 0.3. */
export const TRUE_PARAMETERS = default_w.map((w, i) =>
  i < 4 ? w * 3 : i === 8 ? w - 0.6 : i === 20 ? 0.3 : w,
);

/** mulberry32, shared with the demo data and the benchmarks. */
export const prng = seededRandom;

export interface History {
  reviews: ReviewEntry[];
  cards: Record<string, StoredCard>;
  now: Date;
}

export interface HistoryShape {
  cards: number;
  newPerDay: number;
  days: number;
  seed: number;
  start?: Date;
}

export function generateHistory(shape: HistoryShape): History {
  const random = prng(shape.seed);
  const start = shape.start ?? new Date('2025-09-01T08:00:00.000Z');
  const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false });
  const truth = fsrs(generatorParameters({ w: TRUE_PARAMETERS, enable_fuzz: false }));
  const cards: Record<string, StoredCard> = {};
  const memory = new Map<string, Card>();
  const reviews: ReviewEntry[] = [];
  const answer = (id: string, at: Date) => {
    const true_ = memory.get(id)!;
    const elapsed = true_.last_review ? (at.getTime() - true_.last_review.getTime()) / DAY : 0;
    const recall = true_.state === 0 ? 0.8 : forgetting_curve(TRUE_PARAMETERS, elapsed, true_.stability);
    const roll = random();
    const grade: Grade = random() >= recall ? 1 : roll < 0.1 ? 2 : roll < 0.9 ? 3 : 4;
    const { card, log } = scheduler.answer(cards[id]!, at, grade);
    const ms = 3000 + Math.floor(random() * 9000);
    reviews.push({
      schemaVersion: ENTRY_VERSION,
      id: `${id}-${reviews.length}`,
      itemId: id,
      articleId: 'gen',
      ...log,
      durationMs: ms,
      cardAfter: card,
    });
    cards[id] = { ...cards[id]!, ...card };
    memory.set(id, truth.next(true_, at, grade).card);
  };
  const dueMs = new Map<string, number>();
  let introduced = 0;
  for (let day = 0; day < shape.days; day++) {
    const sessionStart = start.getTime() + day * DAY;
    for (let i = 0; i < shape.newPerDay && introduced < shape.cards; i++, introduced++) {
      const id = `card-${String(introduced).padStart(4, '0')}`;
      cards[id] = { ...newCard(new Date(sessionStart)), suspended: false };
      memory.set(id, createEmptyCard(new Date(sessionStart)));
    }
    let t = sessionStart;
    const end = sessionStart + 2 * 60 * MINUTE;
    const ids = Object.keys(cards);
    for (;;) {
      let next = Infinity;
      const due: string[] = [];
      for (const id of ids) {
        const ms = dueMs.get(id) ?? Date.parse(cards[id]!.due);
        if (ms <= t) due.push(id);
        else next = Math.min(next, ms);
      }
      if (due.length === 0) {
        if (!(next <= end)) break;
        t = next;
        continue;
      }
      for (const id of due) {
        answer(id, new Date(t));
        dueMs.set(id, Date.parse(cards[id]!.due));
        t += 5000;
      }
    }
  }
  return { reviews, cards, now: new Date(start.getTime() + shape.days * DAY) };
}
