/**
 * The next instant a daily reminder at `time` ("HH:MM", local) should fire after `now`. Built on the
 * calendar, so a daylight-saving change keeps the local time.
 */
export function nextReminderAt(now: Date, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const next = new Date(now);
  next.setHours(hours, minutes, 0, 0);
  if (next <= now) {
    next.setDate(next.getDate() + 1);
    next.setHours(hours, minutes, 0, 0);
  }
  return next;
}

/** What the reminder says, or nothing when no card is due. */
export function reminderText(due: number): string | undefined {
  if (due <= 0) return undefined;
  return due === 1 ? 'One card is due for review.' : `${due} cards are due for review.`;
}
