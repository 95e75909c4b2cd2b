import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useBackups } from '../hooks/useBackups';
import { BackupRow } from './BackupRow';
import { RestoreStatus } from './RestoreStatus';

interface Props {
  /** Open with this backup's restore awaiting confirmation (a notice offered it). */
  confirmFirst: string | null;
  onClose: () => void;
  /** Reloads the app's data after a restore. */
  onRestored: () => void;
}

/** Lists the backups of the data folder and restores one. Mounted while open. */
export function BackupsDialog({ confirmFirst, onClose, onRestored }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [confirmId, setConfirmId] = useState<string | null>(confirmFirst);
  const { list, restoreState, restore } = useBackups(onRestored);
  const busy = restoreState.status === 'restoring';

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    return () => element?.close?.();
  }, []);

  // Keys typed here are not study shortcuts for the page behind.
  const keepKeys = (event: KeyboardEvent) => event.stopPropagation();

  const confirm = async (backupId: string) => {
    await restore(backupId);
    setConfirmId(null);
  };

  return (
    <dialog
      ref={dialog}
      className="backups-dialog"
      data-testid="backups-dialog"
      aria-labelledby="backups-heading"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
      onKeyDown={keepKeys}
    >
      <header className="backups-header">
        <h1 id="backups-heading">Backups</h1>
        <button
          type="button"
          className="button"
          data-testid="close-backups"
          onClick={onClose}
          disabled={busy}
        >
          Close
        </button>
      </header>
      <p className="hint">
        A copy of your data is kept when it changed (one a day: the last 7 days, 4 weeks and 6 months), and
        before every upgrade, import and restore.
      </p>
      <RestoreStatus state={restoreState} />
      {list.status === 'loading' && <p role="status">Loading the backups…</p>}
      {list.status === 'error' && <p role="alert">{list.message}</p>}
      {list.status === 'ready' && list.backups.length === 0 && (
        <p data-testid="no-backups">
          No backups yet: one is taken when the app starts and your data changed.
        </p>
      )}
      {list.status === 'ready' && list.backups.length > 0 && (
        <ul className="backup-list">
          {list.backups.map((backup) => (
            <BackupRow
              key={backup.id}
              backup={backup}
              confirming={confirmId === backup.id}
              busy={busy}
              onRestore={() => setConfirmId(backup.id)}
              onConfirm={() => void confirm(backup.id)}
              onCancel={() => setConfirmId(null)}
            />
          ))}
        </ul>
      )}
    </dialog>
  );
}
