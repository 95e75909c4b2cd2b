import { Notification } from 'electron';
import type { Clock } from '../clock';
import { nextReminderAt, reminderText } from '../scheduler';
import type { SharedServices } from '../services';

/** Longest single wait: timers are re-armed at least this often, so a changed setting or clock is noticed. */
const MAX_WAIT_MS = 15 * 60_000;

/**
 * The daily reminder (off by default): at the chosen local time, a desktop notification when cards are
 * due. Settings are read each time, so turning it on or moving it needs no restart.
 */
export function startDailyReminder(services: SharedServices, clock: Clock, onClick: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  let target: Date | undefined;

  const arm = async () => {
    const { reminder } = await services.getSettings(undefined);
    const now = clock.now();
    if (reminder.enabled && target && now >= target) await notify();
    target = reminder.enabled ? nextReminderAt(now, reminder.time) : undefined;
    const wait = target ? Math.min(MAX_WAIT_MS, target.getTime() - now.getTime()) : MAX_WAIT_MS;
    timer = setTimeout(() => void arm().catch(() => undefined), Math.max(1_000, wait));
  };

  const notify = async () => {
    const today = await services.getToday({});
    const text = reminderText(today.counts.new + today.counts.learning + today.counts.review);
    if (!text || !Notification.isSupported()) return;
    const notification = new Notification({ title: 'Argument Study', body: text });
    notification.on('click', onClick);
    notification.show();
  };

  void arm().catch(() => undefined);
  return () => clearTimeout(timer);
}
