/** The local hour at which a new study day starts, as in Anki: reviews done at 1:00 count for the day before. */
export const DAY_START_HOUR = 4;

/** The instant the study day containing `now` began, in the machine's local time. */
export function startOfStudyDay(now: Date, dayStartHour = DAY_START_HOUR): Date {
  const start = new Date(now);
  start.setHours(dayStartHour, 0, 0, 0);
  if (start > now) start.setDate(start.getDate() - 1);
  return start;
}
