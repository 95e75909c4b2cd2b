import { afterEach, describe, expect, it } from 'vitest';
import { startOfNextStudyDay, startOfStudyDay, studyDayKey } from '../../../main/scheduler';
import { streakOf } from '../../../main/services/today';

const originalTz = process.env.TZ;
function inZone(zone: string) {
  process.env.TZ = zone;
}
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('the study day', () => {
  it('starts at 4:00 local time: an answer at 3:59 belongs to the day before', () => {
    inZone('Europe/Berlin');
    // 2026-03-10 03:59 in Berlin is 02:59 UTC.
    expect(studyDayKey(new Date('2026-03-10T02:59:00.000Z'))).toBe('2026-03-09');
    expect(studyDayKey(new Date('2026-03-10T03:00:00.000Z'))).toBe('2026-03-10');
    expect(startOfStudyDay(new Date('2026-03-10T12:00:00.000Z')).toISOString()).toBe(
      '2026-03-10T03:00:00.000Z',
    );
  });

  it('honours another day-start hour', () => {
    inZone('UTC');
    expect(studyDayKey(new Date('2026-03-10T05:30:00.000Z'), 6)).toBe('2026-03-09');
    expect(startOfNextStudyDay(new Date('2026-03-10T05:30:00.000Z'), 6).toISOString()).toBe(
      '2026-03-10T06:00:00.000Z',
    );
  });

  it('keeps 4:00 local across the spring daylight-saving change (a 23-hour study day)', () => {
    inZone('America/New_York');
    // Clocks go from 2:00 to 3:00 on 2026-03-08. The day that began at 4:00 EST ends at 4:00 EDT.
    const during = new Date('2026-03-07T20:00:00.000Z');
    expect(startOfStudyDay(during).toISOString()).toBe('2026-03-07T09:00:00.000Z');
    expect(startOfNextStudyDay(during).toISOString()).toBe('2026-03-08T08:00:00.000Z');
  });

  it('keeps 4:00 local across the autumn change (a 25-hour study day)', () => {
    inZone('America/New_York');
    const during = new Date('2026-10-31T20:00:00.000Z');
    expect(startOfNextStudyDay(during).toISOString()).toBe('2026-11-01T09:00:00.000Z');
    expect(startOfNextStudyDay(during).getTime() - startOfStudyDay(during).getTime()).toBe(25 * 3_600_000);
  });

  it('follows a change of time zone: the same instant can fall on another study day', () => {
    const instant = new Date('2026-03-10T20:00:00.000Z');
    inZone('America/Los_Angeles');
    expect(studyDayKey(instant)).toBe('2026-03-10');
    inZone('Asia/Tokyo');
    // 05:00 on the 11th in Tokyo: the new day has begun there.
    expect(studyDayKey(instant)).toBe('2026-03-11');
  });
});

describe('the streak', () => {
  it('counts days in a row ending today, or yesterday while today is not done yet', () => {
    inZone('Europe/Berlin');
    const now = new Date('2026-03-29T10:00:00.000Z');
    // 2026-03-29 is the day Berlin moves to summer time: the count must not skip or repeat a day.
    expect(streakOf(['2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29'], now, 4)).toBe(4);
    expect(streakOf(['2026-03-26', '2026-03-27', '2026-03-28'], now, 4)).toBe(3);
    expect(streakOf(['2026-03-25', '2026-03-27', '2026-03-28'], now, 4)).toBe(2);
    expect(streakOf(['2026-03-27'], now, 4)).toBe(0);
  });
});
