import { afterEach, describe, expect, it } from 'vitest';
import { nextReminderAt, reminderText } from '../../../main/scheduler';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('the daily reminder', () => {
  it('fires at the chosen local time today, or tomorrow once it has passed', () => {
    process.env.TZ = 'Europe/Paris';
    expect(nextReminderAt(new Date('2026-06-10T05:00:00.000Z'), '09:00').toISOString()).toBe(
      '2026-06-10T07:00:00.000Z',
    );
    expect(nextReminderAt(new Date('2026-06-10T07:00:00.000Z'), '09:00').toISOString()).toBe(
      '2026-06-11T07:00:00.000Z',
    );
  });

  it('keeps the local time across a daylight-saving change', () => {
    process.env.TZ = 'Europe/Paris';
    // Paris moves to summer time on 2026-03-29: 09:00 is 08:00 UTC before and 07:00 UTC after.
    expect(nextReminderAt(new Date('2026-03-28T12:00:00.000Z'), '09:00').toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
  });

  it('says nothing when no card is due', () => {
    expect(reminderText(0)).toBeUndefined();
    expect(reminderText(1)).toBe('One card is due for review.');
    expect(reminderText(12)).toBe('12 cards are due for review.');
  });
});
