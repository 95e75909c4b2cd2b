import type { BackupSummary } from '../../../main/api/contract';
import { backupDate, reasonLabel, sizeLabel } from '../lib/backups';

interface Props {
  backup: BackupSummary;
  confirming: boolean;
  busy: boolean;
  onRestore: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** One backup: when, why, what it holds; Restore asks for confirmation first. */
export function BackupRow({ backup, confirming, busy, onRestore, onConfirm, onCancel }: Props) {
  const count = backup.reviewCount;
  const reviews = count === undefined ? '' : ` · ${count} ${count === 1 ? 'review' : 'reviews'}`;
  return (
    <li className="backup-row" data-testid="backup-row" data-backup-id={backup.id} data-good={backup.good}>
      <div className="backup-facts">
        <strong className="backup-date">{backupDate(backup)}</strong>
        <span className="backup-reason">{reasonLabel(backup.reason)}</span>
        <span className="backup-counts" data-testid="backup-counts">
          {backup.articleCount} {backup.articleCount === 1 ? 'article' : 'articles'}
          {reviews}
          {backup.sizeBytes !== undefined && ` · ${sizeLabel(backup.sizeBytes)}`}
        </span>
        {!backup.good && <span className="backup-problem">Damaged: {backup.problem}</span>}
      </div>
      {confirming ? (
        <div className="backup-confirm" role="group" aria-label="Confirm the restore">
          <p>Restore this backup? Your current data will be backed up first.</p>
          <button
            type="button"
            className="button primary"
            data-testid="confirm-restore"
            onClick={onConfirm}
            disabled={busy}
          >
            {busy ? 'Restoring…' : 'Restore'}
          </button>
          <button
            type="button"
            className="button"
            data-testid="cancel-restore"
            onClick={onCancel}
            disabled={busy}
          >
            Cancel
          </button>
        </div>
      ) : (
        backup.good && (
          <button
            type="button"
            className="button"
            data-testid="restore-backup"
            onClick={onRestore}
            disabled={busy}
          >
            Restore
          </button>
        )
      )}
    </li>
  );
}
