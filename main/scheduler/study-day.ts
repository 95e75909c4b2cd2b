/** The local hour at which a new study day starts, as in Anki: reviews done at 1:00 count for the day before. */
export const DAY_START_HOUR = 4;

/** The instant the study day containing `now` began, in the machine's local time zone. */
export function startOfStudyDay(now: Date, dayStartHour = DAY_START_HOUR): Date {
  const start = new Date(now);
  start.setHours(dayStartHour, 0, 0, 0);
  if (start > now) start.setDate(start.getDate() - 1);
  return start;
}

/**
 * The instant the next study day begins. Computed on the calendar, not as start + 24 h, so that a day
 * with a daylight-saving change still ends at the same local hour.
 */
export function startOfNextStudyDay(now: Date, dayStartHour = DAY_START_HOUR): Date {
  const next = startOfStudyDay(now, dayStartHour);
  next.setDate(next.getDate() + 1);
  next.setHours(dayStartHour, 0, 0, 0);
  return next;
}

/** A study day's name (its local calendar date, YYYY-MM-DD), for streaks and per-day counts. */
export function studyDayKey(instant: Date, dayStartHour = DAY_START_HOUR): string {
  const start = startOfStudyDay(instant, dayStartHour);
  const month = String(start.getMonth() + 1).padStart(2, '0');
  const day = String(start.getDate()).padStart(2, '0');
  return `${start.getFullYear()}-${month}-${day}`;
}
