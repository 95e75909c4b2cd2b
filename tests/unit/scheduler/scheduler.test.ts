import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, generatorParameters, Rating, type Grade } from 'ts-fsrs';
import {
  cardStamp,
  createScheduler,
  formatInterval,
  newCard,
  startOfStudyDay,
  type CardRecord,
} from '../../../main/scheduler';

const settings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
const T0 = new Date('2026-03-02T09:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('scheduler', () => {
  it('a new card answered Good comes back after the 10-minute learning step', () => {
    const outcome = createScheduler(settings).answer(newCard(T0), T0, 3);
    expect(Date.parse(outcome.card.due) - T0.getTime()).toBe(10 * MINUTE);
    expect(outcome.card.state).toBe(1);
    expect(outcome.log.state).toBe(0);
    expect(outcome.log.rating).toBe(3);
  });

  it('preview gives the four outcomes without changing the card, in increasing intervals', () => {
    const card = newCard(T0);
    const before = JSON.stringify(card);
    const preview = createScheduler(settings).preview(card, T0);
    expect(JSON.stringify(card)).toBe(before);
    const dues = [1, 2, 3, 4].map((grade) => Date.parse(preview[grade as 1 | 2 | 3 | 4].card.due));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    // Again 1m, Hard 6m, Good 10m, Easy several days (FSRS defaults, fuzz off).
    expect(dues.slice(0, 3).map((due) => (due - T0.getTime()) / MINUTE)).toEqual([1, 6, 10]);
    expect(dues[3]! - T0.getTime()).toBeGreaterThan(DAY);
  });

  it('matches ts-fsrs itself on the sequence Good, Good, Again, Good', () => {
    const reference = fsrs(
      generatorParameters({ enable_fuzz: false, request_retention: 0.9, maximum_interval: 36500 }),
    );
    const scheduler = createScheduler(settings);
    let ours: CardRecord = newCard(T0);
    let theirs = createEmptyCard(T0);
    let now = T0;
    for (const grade of [Rating.Good, Rating.Good, Rating.Again, Rating.Good] as Grade[]) {
      ours = scheduler.answer(ours, now, grade as 1 | 2 | 3 | 4).card;
      theirs = reference.next(theirs, now, grade).card;
      expect(ours.due).toBe(theirs.due.toISOString());
      expect(ours.stability).toBeCloseTo(theirs.stability, 10);
      now = new Date(theirs.due);
    }
    expect(ours.lapses).toBe(1);
    expect(ours.reps).toBe(4);
  });

  it('stores dates as ISO strings so that a card survives JSON', () => {
    const outcome = createScheduler(settings).answer(newCard(T0), T0, 4);
    const revived = JSON.parse(JSON.stringify(outcome.card)) as CardRecord;
    const again = createScheduler(settings).answer(revived, new Date(revived.due), 3);
    expect(again.card.reps).toBe(2);
    expect(outcome.card.last_review).toBe(T0.toISOString());
  });

  it('changes the card stamp with every answer', () => {
    const card = newCard(T0);
    const next = createScheduler(settings).answer(card, T0, 3).card;
    expect(cardStamp(card)).not.toBe(cardStamp(next));
    expect(cardStamp(card)).toBe(cardStamp({ ...card }));
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, '1m'],
    [10 * MINUTE, '10m'],
    [3 * 3_600_000, '3h'],
    [4 * DAY, '4d'],
    [60 * DAY, '2mo'],
    [400 * DAY, '1.1y'],
  ])('shows %i ms as %s', (ms, label) => {
    expect(formatInterval(T0, new Date(T0.getTime() + ms))).toBe(label);
  });
});

describe('settings reach the scheduler', () => {
  it('uses the learning steps it is given', () => {
    const custom = createScheduler({ ...settings, learningSteps: ['2m', '15m', '1h'] });
    const outcome = custom.answer(newCard(T0), T0, 3);
    expect(Date.parse(outcome.card.due) - T0.getTime()).toBe(15 * MINUTE);
  });

  it('rolls an answer back to the card as it was before', () => {
    const scheduler = createScheduler(settings);
    const first = scheduler.answer(newCard(T0), T0, 3).card;
    const later = new Date(first.due);
    const { card: second, log } = scheduler.answer(first, later, 1);
    const back = scheduler.rollback(second, log);
    expect(back.due).toBe(first.due);
    expect(back.reps).toBe(first.reps);
    expect(back.stability).toBeCloseTo(first.stability, 10);
    expect(back.state).toBe(first.state);
  });
});

describe('startOfStudyDay', () => {
  it('counts an answer at 1:00 as part of the day before', () => {
    const at1am = new Date(2026, 2, 3, 1, 0);
    expect(startOfStudyDay(at1am)).toEqual(new Date(2026, 2, 2, 4, 0));
  });

  it('starts the day at 4:00 local time', () => {
    expect(startOfStudyDay(new Date(2026, 2, 3, 4, 0))).toEqual(new Date(2026, 2, 3, 4, 0));
    expect(startOfStudyDay(new Date(2026, 2, 3, 23, 59))).toEqual(new Date(2026, 2, 3, 4, 0));
  });
});
