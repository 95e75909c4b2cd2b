import { afterEach, describe, expect, it } from 'vitest';
import { studyDayKey } from '../../../main/scheduler';
import { createStudyDays, parseInstant } from '../../../main/stats/time';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('instants and study days of the stats', () => {
  it('parses ISO instants as Date.parse does, the fast form and any other', () => {
    const samples = [
      '2026-01-05T09:00:00.000Z',
      '1999-12-31T23:59:59.999Z',
      '2024-02-29T12:34:56.789Z',
      '1970-01-01T00:00:00.000Z',
      '2026-03-08T07:30:00+02:00',
      '2026-03-08T07:30:00.5-05:30',
      '2026-03-08T07:30:00Z',
    ];
    for (const iso of samples) expect(parseInstant(iso)).toBe(Date.parse(iso));
    expect(parseInstant('2026-01-05T09:x0:00.000Z')).toBeNaN();
  });

  it('puts every instant on the same study day as the scheduler, across zones and clock changes', () => {
    const mismatches: string[] = [];
    for (const zone of ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
      process.env.TZ = zone;
      for (const hour of [0, 4, 6]) {
        const days = createStudyDays(hour);
        // Every 37 minutes through 2026: both daylight-saving changes of each zone, at every hour of the day.
        for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 37 * 60_000) {
          const expected = studyDayKey(new Date(ms), hour);
          const actual = days.keyOf(days.dayOf(ms));
          if (actual !== expected)
            mismatches.push(`${zone} ${hour}h ${new Date(ms).toISOString()}: ${actual}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // The zone really changed under the test: India is 5:30 ahead of UTC.
    expect(new Date(0).getTimezoneOffset()).toBe(-330);
  });
});
