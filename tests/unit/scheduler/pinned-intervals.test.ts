import { describe, expect, it } from 'vitest';
import { createScheduler, newCard, type CardRecord, type Grade } from '../../../main/scheduler';

const DAY = 86_400_000;
const MINUTE = 60_000;
const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false });

/** Answers each grade when the card falls due, and returns the interval after each answer in minutes. */
function intervalsOf(grades: Grade[], start = new Date('2026-01-05T10:00:00.000Z')): number[] {
  let card: CardRecord = newCard(start);
  let now = start;
  return grades.map((grade) => {
    card = scheduler.answer(card, now, grade).card;
    const next = new Date(card.due);
    const minutes = Math.round((next.getTime() - now.getTime()) / MINUTE);
    now = next;
    return minutes;
  });
}

describe('pinned FSRS intervals (ts-fsrs defaults, retention 0.9, fuzz off)', () => {
  it('Good, Good, Again, Good: 10 minutes, then days, a 10-minute relearning step, then a day or more', () => {
    const [first, second, third, fourth] = intervalsOf([3, 3, 1, 3]);
    // New → learning step 10m; graduating Good → 2 days (stability ≈ 2.3); lapse → relearning 10m; Good → 1 day.
    expect(first).toBe(10);
    expect(second).toBe(2 * 24 * 60);
    expect(third).toBe(10);
    expect(fourth).toBe(1 * 24 * 60);
  });

  it('Easy on a new card skips learning: 8 days', () => {
    expect(intervalsOf([4])).toEqual([8 * 24 * 60]);
  });

  it('Again, Good, Good: 1 minute, 10 minutes, then graduates to days', () => {
    const [again, good, graduate] = intervalsOf([1, 3, 3]);
    expect(again).toBe(1);
    expect(good).toBe(10);
    expect(graduate! % (24 * 60)).toBe(0);
    expect(graduate! / (24 * 60)).toBeGreaterThanOrEqual(1);
  });

  it('intervals grow with every Good review of a review card', () => {
    const intervals = intervalsOf([3, 3, 3, 3, 3, 3]).slice(1);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals.at(-1)! * MINUTE).toBeGreaterThan(30 * DAY);
  });
});
