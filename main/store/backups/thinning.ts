/**
 * Which snapshots to keep (pure). Scheduled snapshots follow the policy the way restic's and borg's
 * `--keep-daily/weekly/monthly` do: the newest snapshot of each of the N most recent UTC days (ISO weeks,
 * months) that have one; a day kept as "daily" can also be a week's "weekly". Counting periods that
 * have snapshots rather than calendar periods before `now` means a long pause never empties the list.
 */
import type { BackupPolicy } from '../schema';
import type { BackupName } from './names';

export interface ThinCandidate extends BackupName {
  /** The copy finished (see MARKED_REASONS); unfinished copies are never kept. */
  complete: boolean;
}

/** Snapshots taken before a migration, an import or a restore: the newest of each reason. */
export const KEEP_PER_EVENT_REASON = 5;

const DAY_MS = 86_400_000;

const dayOf = (iso: string) => iso.slice(0, 10);
const monthOf = (iso: string) => iso.slice(0, 7);

/** ISO 8601 week (UTC): the week belongs to the year of its Thursday. */
export function isoWeekOf(iso: string): string {
  const day = new Date(`${dayOf(iso)}T00:00:00.000Z`);
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The newest of each of the `count` most recent periods; `snapshots` are newest first. */
function newestPerPeriod(snapshots: ThinCandidate[], count: number, periodOf: (iso: string) => string) {
  const periods = new Set<string>();
  const kept: string[] = [];
  for (const snapshot of snapshots) {
    if (periods.size >= count) break;
    const period = periodOf(snapshot.createdAt);
    if (periods.has(period)) continue;
    periods.add(period);
    kept.push(snapshot.id);
  }
  return kept;
}

/**
 * The IDs to keep among `candidates` (any order). Scheduled snapshots: the policy, plus always the newest
 * one, plus any dated after `now` (a clock set back; they cannot be placed, so they are left alone).
 * Other reasons: the newest KEEP_PER_EVENT_REASON of each. Unfinished copies: none.
 */
export function backupsToKeep(
  candidates: readonly ThinCandidate[],
  policy: BackupPolicy,
  now: Date,
): Set<string> {
  const sorted = candidates.filter((c) => c.complete).sort((a, b) => (a.id < b.id ? 1 : -1));
  const keep = new Set<string>();
  const nowIso = now.toISOString();
  const scheduled = sorted.filter((c) => c.reason === 'scheduled' && c.createdAt <= nowIso);
  sorted.filter((c) => c.reason === 'scheduled' && c.createdAt > nowIso).forEach((c) => keep.add(c.id));
  if (scheduled[0]) keep.add(scheduled[0].id);
  newestPerPeriod(scheduled, policy.daily, dayOf).forEach((id) => keep.add(id));
  newestPerPeriod(scheduled, policy.weekly, isoWeekOf).forEach((id) => keep.add(id));
  newestPerPeriod(scheduled, policy.monthly, monthOf).forEach((id) => keep.add(id));

  const byReason = new Map<string, ThinCandidate[]>();
  for (const c of sorted.filter((c) => c.reason !== 'scheduled'))
    byReason.set(c.reason, [...(byReason.get(c.reason) ?? []), c]);
  for (const list of byReason.values()) list.slice(0, KEEP_PER_EVENT_REASON).forEach((c) => keep.add(c.id));
  return keep;
}
