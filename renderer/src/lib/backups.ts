import type { BackupSummary } from '../../../main/api/contract';

const REASONS: Record<string, string> = {
  scheduled: 'Scheduled',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an upgrade',
  'before-import': 'Before an import',
};

export function reasonLabel(reason: string): string {
  return REASONS[reason] ?? reason;
}

/** "2 Mar 2026, 10:00" in the user's locale. */
export function backupDate(backup: Pick<BackupSummary, 'createdAt'>): string {
  return new Date(backup.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function sizeLabel(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
