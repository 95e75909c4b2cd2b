/**
 * Instants and study days without a Date per review: ISO strings are parsed by arithmetic and study days
 * are integers (days since 1970-01-01 on the local wall clock, shifted by the day-start hour). The local
 * offset is looked up once per UTC day and cached; on a day when it changes, once per quarter hour (every
 * zone changes its offset on a quarter-hour boundary).
 */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const QUARTER_MS = 900_000;

/** Two decimal digits at `at`, or NaN. */
function two(text: string, at: number): number {
  const high = text.charCodeAt(at) - 48;
  const low = text.charCodeAt(at + 1) - 48;
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : Number.NaN;
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
      daysFromCivil(two(iso, 0) * 100 + two(iso, 2), two(iso, 5), two(iso, 8)) * DAY_MS +
      two(iso, 11) * HOUR_MS +
      two(iso, 14) * 60_000 +
      two(iso, 17) * 1000 +
      two(iso, 20) * 10 +
      (iso.charCodeAt(22) - 48);
    const lastDigit = iso.charCodeAt(22) - 48;
    if (!Number.isNaN(ms) && lastDigit >= 0 && lastDigit <= 9) return ms;
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
  const quarters = new Map<number, number>();
  /** Offset of each UTC day, or NaN for a day on which the offset changes (then looked up per quarter hour). */
  const utcDays = new Map<number, number>();
  const keys = new Map<number, string>();
  let lastUtcDay = Number.NaN;
  let lastDayOffset = Number.NaN;
  const shift = dayStartHour * HOUR_MS;

  const zoneOffset = (ms: number) => -new Date(ms).getTimezoneOffset() * 60_000;
  const quarterOffset = (ms: number): number => {
    const quarter = Math.floor(ms / QUARTER_MS);
    let offset = quarters.get(quarter);
    if (offset === undefined) quarters.set(quarter, (offset = zoneOffset(quarter * QUARTER_MS)));
    return offset;
  };
  const offsetMs = (ms: number): number => {
    const utcDay = Math.floor(ms / DAY_MS);
    if (utcDay !== lastUtcDay) {
      let offset = utcDays.get(utcDay);
      if (offset === undefined) {
        const first = zoneOffset(utcDay * DAY_MS);
        offset = first === zoneOffset((utcDay + 1) * DAY_MS - 1) ? first : Number.NaN;
        utcDays.set(utcDay, offset);
      }
      lastUtcDay = utcDay;
      lastDayOffset = offset;
    }
    return Number.isNaN(lastDayOffset) ? quarterOffset(ms) : lastDayOffset;
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
