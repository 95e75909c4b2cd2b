/**
 * FSRS cards and reviews as Anki's card and revlog columns. The FSRS state maps one to one onto Anki's
 * card type (0 new, 1 learning, 2 review, 3 relearning), so each card keeps its schedule:
 *
 *   new          queue 0, due = its position among the new cards
 *   learning     queue 1, due = the due instant in epoch seconds
 *   relearning   queue 1, due = the due instant in epoch seconds, ivl = the interval it will return to
 *   review       queue 2, due = the due day counted from the collection's creation day (`crt`)
 *   suspended    queue -1, the rest as above
 *
 * The FSRS memory state travels in the card's `data` as `{"s": stability, "d": difficulty}`, the fields
 * Anki (23.10 and later, with FSRS on) reads; older versions ignore it. The ease factor is Anki's default
 * 2500, which only matters where FSRS is off.
 */
import type { ReviewEntry, StoredCard } from '../../store/schema';

export const DAY_MS = 86_400_000;
const DEFAULT_FACTOR = 2500;

export interface AnkiCardFields {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  data: string;
}

/** The day `crt` (epoch seconds) counts review due days from. */
export function dayNumber(instantMs: number, crtSeconds: number): number {
  return Math.floor((instantMs - crtSeconds * 1000) / DAY_MS);
}

function round(value: number): number {
  return Number(value.toFixed(4));
}

export function ankiCard(card: StoredCard, newPosition: number, crtSeconds: number): AnkiCardFields {
  const dueMs = Date.parse(card.due);
  const base = { reps: card.reps, lapses: card.lapses, left: 0 };
  let fields: Omit<AnkiCardFields, 'reps' | 'lapses' | 'left'>;
  if (card.state === 0) {
    fields = { type: 0, queue: 0, due: newPosition, ivl: 0, factor: 0, data: '' };
  } else {
    const memory = JSON.stringify({
      s: round(Math.max(card.stability, 0.001)),
      d: round(Math.min(Math.max(card.difficulty, 1), 10)),
    });
    const interval = Math.max(1, Math.round(card.scheduled_days));
    fields =
      card.state === 2
        ? {
            type: 2,
            queue: 2,
            due: dayNumber(dueMs, crtSeconds),
            ivl: interval,
            factor: DEFAULT_FACTOR,
            data: memory,
          }
        : {
            type: card.state,
            queue: 1,
            due: Math.floor(dueMs / 1000),
            ivl: card.state === 3 ? interval : 0,
            factor: DEFAULT_FACTOR,
            data: memory,
          };
  }
  return { ...fields, ...base, queue: card.suspended ? -1 : fields.queue };
}

export interface AnkiRevlogFields {
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

/** Anki's revlog type by the state before the review: 0 learn, 1 review, 2 relearn. */
const REVLOG_TYPE = [0, 0, 1, 2] as const;

/** An interval as Anki logs it: whole days when positive, seconds as a negative number for (re)learning steps. */
function loggedInterval(state: number, scheduledDays: number, dueMs: number, reviewMs: number): number {
  if (state === 2) return Math.max(1, Math.round(scheduledDays));
  return -Math.max(0, Math.round((dueMs - reviewMs) / 1000));
}

export function ankiRevlog(entry: ReviewEntry): AnkiRevlogFields {
  const reviewMs = Date.parse(entry.review);
  const after = entry.cardAfter;
  return {
    ease: entry.rating,
    ivl: loggedInterval(after.state, after.scheduled_days, Date.parse(after.due), reviewMs),
    lastIvl: entry.state === 2 ? Math.max(1, Math.round(entry.scheduled_days)) : 0,
    factor: DEFAULT_FACTOR,
    // Anki caps answer times at 60 s.
    time: Math.min(60_000, Math.max(0, Math.round(entry.durationMs))),
    type: REVLOG_TYPE[entry.state],
  };
}
