/**
 * Snapshots of the data folder in `backups/` (see snapshot.ts for the copy itself): listing them, taking
 * one when the data changed, thinning them on a schedule, and restoring one. Restoring is in
 * backups/restore.ts, which documents the order of its steps.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupSummary, Notice } from '../api/contract';
import { writeFileDurably } from './durable-json-file';
import { FILES } from './layout';
import { lockFolder } from './lock';
import { DEFAULT_BACKUP_POLICY, type BackupPolicy } from './schema';
import { snapshotDataFolder } from './snapshot';
import { exists } from './backups/files';
import { FINGERPRINT_FILE, fingerprintOf, readFingerprint, sameFingerprint } from './backups/fingerprint';
import { describeBackup, isComplete } from './backups/inspect';
import { backupIdOf, newestFirst, parseBackupId, type BackupName, type BackupReason } from './backups/names';
import { planRestore } from './backups/restore';
import { backupsToKeep } from './backups/thinning';

export { BACKUP_ID_PATTERN, parseBackupId, type BackupReason } from './backups/names';
export {
  BackupDamagedError,
  BackupNotFoundError,
  planRestore,
  recoverInterruptedRestore,
  type RestorePlan,
  type RestoreStep,
} from './backups/restore';
export { backupsToKeep, KEEP_PER_EVENT_REASON } from './backups/thinning';

const backupsDir = (dataDir: string) => join(dataDir, FILES.backups);

/** The snapshots in `backups/` (folders named as snapshots, nothing else), newest first. */
async function snapshotNames(dataDir: string): Promise<BackupName[]> {
  const names = await readdir(backupsDir(dataDir)).catch(() => [] as string[]);
  return newestFirst(names.flatMap((name) => parseBackupId(name) ?? []));
}

/**
 * Every backup, newest first, with what it holds. A backup that does not read whole (a damaged file, a copy
 * cut short) is listed with `good: false` and the problem. Counts are read once per backup and remembered.
 */
export async function listBackups(dataDir: string): Promise<BackupSummary[]> {
  const list: BackupSummary[] = [];
  for (const name of await snapshotNames(dataDir)) {
    try {
      list.push({ ...name, ...(await describeBackup(join(backupsDir(dataDir), name.id), name.reason)) });
    } catch (error) {
      // Deleted meanwhile (thinned): no longer a backup.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return list;
}

export async function newestGoodBackup(dataDir: string): Promise<BackupSummary | undefined> {
  return (await listBackups(dataDir)).find((backup) => backup.good);
}

/**
 * Snapshots the data folder now, with its fingerprint written last (the mark of a finished copy). The
 * caller makes sure nothing writes the folder meanwhile. Returns the backup's ID.
 */
export async function takeSnapshot(dataDir: string, reason: BackupReason, now: Date): Promise<string> {
  let at = now;
  while (await exists(join(backupsDir(dataDir), backupIdOf(at, reason)))) at = new Date(at.getTime() + 1);
  const fingerprint = await fingerprintOf(dataDir);
  const id = await snapshotDataFolder(dataDir, reason, at);
  await writeFileDurably(join(backupsDir(dataDir), id, FINGERPRINT_FILE), JSON.stringify(fingerprint));
  return id;
}

/**
 * Takes a scheduled snapshot unless the data folder is as the newest snapshot with a fingerprint saw it.
 * Returns the new backup's ID, or undefined when nothing changed.
 */
export async function snapshotIfChanged(dataDir: string, now: Date): Promise<string | undefined> {
  const current = await fingerprintOf(dataDir);
  for (const name of await snapshotNames(dataDir)) {
    const seen = await readFingerprint(join(backupsDir(dataDir), name.id));
    if (!seen) continue;
    if (sameFingerprint(seen, current)) return undefined;
    break;
  }
  return takeSnapshot(dataDir, 'scheduled', now);
}

/**
 * Deletes the snapshots the policy does not keep (see backups/thinning.ts): scheduled ones beyond the
 * daily/weekly/monthly counts, all but the newest few of each other reason, and copies cut short. Folders
 * not named as snapshots are left alone. Call it when no snapshot is being taken. Returns the deleted IDs.
 */
export async function thinBackups(
  dataDir: string,
  now: Date,
  policy: BackupPolicy = DEFAULT_BACKUP_POLICY,
): Promise<string[]> {
  const candidates = [];
  for (const name of await snapshotNames(dataDir))
    candidates.push({ ...name, complete: await isComplete(join(backupsDir(dataDir), name.id), name.reason) });
  const keep = backupsToKeep(candidates, policy, now);
  const deleted = candidates.filter((c) => !keep.has(c.id)).map((c) => c.id);
  for (const id of deleted) await rm(join(backupsDir(dataDir), id), { recursive: true, force: true });
  return deleted;
}

export interface RestoreOutcome {
  restored: string;
  /** The snapshot of the state that the restore replaced. */
  safetyBackup: string;
}

/**
 * Replaces the data (settings, checkpoint, articles, cards, review log) with a backup's, after a
 * "before-restore" snapshot of the current state. The folder must be closed: this takes its lock, and
 * fails with FolderLockedError while a store holds it. A crash midway leaves either state, never a mix.
 */
export async function restoreBackup(dataDir: string, backupId: string, now: Date): Promise<RestoreOutcome> {
  const lock = await lockFolder(dataDir, now);
  try {
    const plan = planRestore(dataDir, backupId, () => takeSnapshot(dataDir, 'before-restore', now));
    for (const step of plan.steps) await step.run();
    return { restored: backupId, safetyBackup: plan.safetyBackup()! };
  } finally {
    await lock.release();
  }
}

const tried = new WeakSet<Notice>();

/** How a backup is named to the user: its instant (UTC, to the minute). */
export function backupLabel(backup: Pick<BackupSummary, 'createdAt'>): string {
  return `Restore the backup of ${backup.createdAt.slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * Offers the newest good backup on each notice of a file set aside (the error notices) that has no offer
 * yet. Each notice is looked at once, so a folder without a good backup is not listed again and again.
 */
export async function offerNewestGoodBackup(dataDir: string, notices: Notice[]): Promise<void> {
  const open = notices.filter((notice) => notice.level === 'error' && !notice.action && !tried.has(notice));
  if (open.length === 0) return;
  open.forEach((notice) => tried.add(notice));
  const backup = await newestGoodBackup(dataDir);
  if (!backup) return;
  for (const notice of open)
    notice.action = { kind: 'restore-backup', backupId: backup.id, label: backupLabel(backup) };
}
