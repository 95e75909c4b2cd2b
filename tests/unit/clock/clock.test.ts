import { describe, expect, it } from 'vitest';
import { clockFromEnv, clockStartingAt, CLOCK_ENV, systemClock } from '../../../main/clock';

describe('clock', () => {
  it('uses the system clock when the environment sets none', () => {
    expect(clockFromEnv({})).toBe(systemClock);
  });

  it('starts at the instant the environment gives and then advances', () => {
    let real = 1_000;
    const clock = clockStartingAt(new Date('2030-01-01T00:00:00.000Z'), () => real);
    expect(clock.now().toISOString()).toBe('2030-01-01T00:00:00.000Z');
    real += 5_000;
    expect(clock.now().toISOString()).toBe('2030-01-01T00:00:05.000Z');
    expect(
      clockFromEnv({ [CLOCK_ENV]: '2030-01-01T00:00:00Z' })
        .now()
        .getUTCFullYear(),
    ).toBe(2030);
  });

  it('refuses a value that is not a date instead of ignoring it', () => {
    expect(() => clockFromEnv({ [CLOCK_ENV]: 'tomorrow' })).toThrow(/STUDY_NOW must be an ISO 8601/);
  });
});
