/** All time comes from a clock, so tests and the web host can set it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that starts at `start` and then advances with real time. */
export function clockStartingAt(start: Date, realNow: () => number = Date.now): Clock {
  const offset = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offset) };
}

/** The environment variable that sets the web host's clock (an ISO 8601 instant). */
export const CLOCK_ENV = 'STUDY_NOW';

/** Reads the clock from the environment; an unparseable value is an error, not a silent fallback. */
export function clockFromEnv(env: NodeJS.ProcessEnv): Clock {
  const value = env[CLOCK_ENV];
  if (!value) return systemClock;
  const start = new Date(value);
  if (Number.isNaN(start.getTime())) {
    throw new Error(`${CLOCK_ENV} must be an ISO 8601 date-time, got "${value}".`);
  }
  return clockStartingAt(start);
}
