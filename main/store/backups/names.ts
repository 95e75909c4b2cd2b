/**
 * Names of the snapshots in `backups/`: `<instant>-<reason>`, e.g. `2026-03-02T09-00-00-000Z-scheduled`.
 * Pure (no I/O): the API contract validates backup IDs with the same pattern.
 */

/** A backup's folder name; nothing else (no path separators, no dots) is ever taken for one. */
export const BACKUP_ID_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z]+(?:-[a-z]+)*)$/;

export type BackupReason = 'scheduled' | 'before-migration' | 'before-import' | 'before-restore';

/**
 * Reasons whose snapshots this module takes: their `fingerprint.json` is written last, so one without it
 * was cut short. Snapshots taken elsewhere (before a migration) carry no such marker.
 */
export const MARKED_REASONS: readonly string[] = ['scheduled', 'before-import', 'before-restore'];

export interface BackupName {
  id: string;
  /** ISO 8601 instant, from the name. */
  createdAt: string;
  reason: string;
}

/** The folder name of a snapshot taken at `at` (the stamp snapshotDataFolder uses). */
export function backupIdOf(at: Date, reason: string): string {
  return `${at.toISOString().replace(/[:.]/g, '-')}-${reason}`;
}

export function parseBackupId(id: string): BackupName | undefined {
  const match = BACKUP_ID_PATTERN.exec(id);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, millis, reason] = match;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return undefined;
  return { id, createdAt, reason: reason! };
}

/** Newest first; the names sort as their instants do. */
export function newestFirst<T extends { id: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}
