/**
 * Instants and study days without a Date per review: ISO strings are parsed by arithmetic and study days
 * are integers (days since 1970-01-01 on the local wall clock, shifted by the day-start hour). The local
 * offset is looked up once per quarter hour of UTC time and cached, since every zone changes its offset
 * on a quarter-hour boundary.
 */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const QUARTER_MS = 900_000;

function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Milliseconds since the epoch of an ISO 8601 instant. The form the app writes (`toISOString()`,
 * "2026-01-05T09:00:00.000Z") is parsed by arithmetic; any other form goes to `Date.parse`.
 */
export function parseInstant(iso: string): number {
  if (iso.length === 24 && iso.charCodeAt(23) === 90 && iso.charCodeAt(10) === 84) {
    const ms =
      daysFromCivil(digits(iso, 0, 4), digits(iso, 5, 2), digits(iso, 8, 2)) * DAY_MS +
      digits(iso, 11, 2) * HOUR_MS +
      digits(iso, 14, 2) * 60_000 +
      digits(iso, 17, 2) * 1000 +
      digits(iso, 20, 3);
    if (!Number.isNaN(ms)) return ms;
  }
  return Date.parse(iso);
}

/** Maps instants to study-day numbers and back to names, for one day-start hour, with caches. */
export interface StudyDays {
  readonly dayStartHour: number;
  /** The study day of an instant: local calendar day of (instant - dayStartHour), as days since 1970-01-01. */
  dayOf(ms: number): number;
  /** "YYYY-MM-DD", the study day's local calendar date (as `studyDayKey` in main/scheduler names it). */
  keyOf(day: number): string;
  /** year * 12 + month index (0-11) of the study day, for per-month figures. */
  monthOf(day: number): number;
}

export function monthKey(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

export function createStudyDays(dayStartHour: number): StudyDays {
  const offsets = new Map<number, number>();
  const keys = new Map<number, string>();
  let lastQuarter = Number.NaN;
  let lastOffsetMs = 0;
  const shift = dayStartHour * HOUR_MS;

  const offsetMs = (ms: number): number => {
    const quarter = Math.floor(ms / QUARTER_MS);
    if (quarter === lastQuarter) return lastOffsetMs;
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      offset = -new Date(quarter * QUARTER_MS).getTimezoneOffset() * 60_000;
      offsets.set(quarter, offset);
    }
    lastQuarter = quarter;
    lastOffsetMs = offset;
    return offset;
  };

  const keyOf = (day: number): string => {
    let key = keys.get(day);
    if (key === undefined) {
      key = new Date(day * DAY_MS).toISOString().slice(0, 10);
      keys.set(day, key);
    }
    return key;
  };

  return {
    dayStartHour,
    dayOf: (ms) => Math.floor((ms + offsetMs(ms) - shift) / DAY_MS),
    keyOf,
    monthOf: (day) => {
      const date = new Date(day * DAY_MS);
      return date.getUTCFullYear() * 12 + date.getUTCMonth();
    },
  };
}
