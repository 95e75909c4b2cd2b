/**
 * A simulated week of study with the real scheduler (FSRS defaults, learning steps 1m 10m, relearning 10m,
 * fuzz off), in local time, for the stats tests. Each session answers every card due, following a script
 * per card, until no card is due within the session's hour; each answer takes 6 seconds.
 */
import { createScheduler, newCard, type Grade } from '../../../main/scheduler';
import { ENTRY_VERSION, type ReviewEntry, type StoredCard } from '../../../main/store';

const MINUTE = 60_000;
export const ANSWER_MS = 6000;

/** Ratings per card, in the order of its reviews; after the script runs out, Good. */
export const SCRIPT: Record<string, Grade[]> = {
  a: [3, 3, 3, 3, 3],
  b: [3, 3, 1, 3, 3],
  c: [3, 3, 2, 3, 3],
  d: [1, 3, 3, 4, 3],
  e: [3, 3, 3, 3, 3],
  f: [3, 3, 3, 3, 3],
  g: [3, 3, 3, 3, 3],
};

/** Card g is learnt on Monday and then never reached again: it is overdue at the end of the week. */
const LEFT_OUT_AFTER_MONDAY = new Set(['g']);

export interface Week {
  reviews: ReviewEntry[];
  cards: Record<string, StoredCard>;
  now: Date;
}

/** Local time, so that the study days are the same in any time zone. */
export const local = (day: number, hour: number, minute = 0) => new Date(2026, 0, day, hour, minute);

export function simulateWeek(): Week {
  const scheduler = createScheduler({
    desiredRetention: 0.9,
    maximumInterval: 36500,
    enableFuzz: false,
    learningSteps: ['1m', '10m'],
    relearningSteps: ['10m'],
  });
  const cards: Record<string, StoredCard> = {};
  const reviews: ReviewEntry[] = [];
  const add = (ids: string[], at: Date) => {
    for (const id of ids) cards[id] = { ...newCard(at), suspended: false };
  };
  const session = (start: Date, leftOut = new Set<string>()) => {
    const end = start.getTime() + 60 * MINUTE;
    let t = start.getTime();
    for (;;) {
      const due = Object.keys(cards)
        .filter((id) => !leftOut.has(id) && !cards[id]!.suspended && Date.parse(cards[id]!.due) <= t)
        .sort();
      if (due.length === 0) {
        const next = Object.entries(cards)
          .filter(([id, card]) => !leftOut.has(id) && !card.suspended)
          .map(([, card]) => Date.parse(card.due))
          .filter((ms) => ms > t && ms <= end);
        if (next.length === 0) return;
        t = Math.min(...next);
        continue;
      }
      for (const id of due) {
        const count = reviews.filter((r) => r.itemId === id).length;
        const grade = SCRIPT[id]![count] ?? 3;
        const at = new Date(t);
        const { card, log } = scheduler.answer(cards[id]!, at, grade);
        reviews.push({
          schemaVersion: ENTRY_VERSION,
          id: `${id}-${count}`,
          itemId: id,
          articleId: 'week',
          ...log,
          durationMs: ANSWER_MS,
          cardAfter: card,
        });
        cards[id] = { ...cards[id]!, ...card };
        t += ANSWER_MS;
      }
    }
  };

  // Monday 5 January: cards a-d and g are new at 9:00.
  add(['a', 'b', 'c', 'd', 'g'], local(5, 9));
  session(local(5, 9));
  // Tuesday 6 January at 2:30, before the 4:00 day start: card e is learnt on Monday's study day.
  add(['e'], local(6, 2, 30));
  session(local(6, 2, 30), LEFT_OUT_AFTER_MONDAY);
  // Wednesday: card f is new.
  add(['f'], local(7, 9));
  for (let day = 6; day <= 11; day++) session(local(day, 9), LEFT_OUT_AFTER_MONDAY);
  // Card f is suspended on Sunday evening.
  cards.f = { ...cards.f!, suspended: true };
  return { reviews, cards, now: local(11, 20) };
}
