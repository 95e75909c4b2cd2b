import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary, RestoreResult } from '../../../main/api/contract';
import { call, errorMessage } from '../api/client';

export type BackupList =
  | { status: 'loading' }
  | { status: 'ready'; backups: BackupSummary[] }
  | { status: 'error'; message: string };

export type RestoreState =
  | { status: 'idle' }
  | { status: 'restoring'; backupId: string }
  | { status: 'done'; result: RestoreResult }
  | { status: 'failed'; message: string };

/** The backups list and the Restore command; `onRestored` reloads the app's data afterwards. */
export function useBackups(onRestored: () => void) {
  const [list, setList] = useState<BackupList>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const [restoreState, setRestoreState] = useState<RestoreState>({ status: 'idle' });

  useEffect(() => {
    let cancelled = false;
    call('listBackups').then(
      ({ backups }) => !cancelled && setList({ status: 'ready', backups }),
      (error: unknown) => !cancelled && setList({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [version]);

  const restore = useCallback(
    async (backupId: string) => {
      setRestoreState({ status: 'restoring', backupId });
      try {
        const result = await call('restoreBackup', { backupId });
        setRestoreState({ status: 'done', result });
        setVersion((n) => n + 1);
        onRestored();
      } catch (error) {
        setRestoreState({ status: 'failed', message: errorMessage(error) });
      }
    },
    [onRestored],
  );

  return { list, restoreState, restore };
}

/** Whether the Backups dialog is open, and the backup whose restore it opens on (a notice's offer). */
export function useBackupsDialog() {
  const [state, setState] = useState<{ open: boolean; confirmId: string | null }>({
    open: false,
    confirmId: null,
  });
  const open = useCallback(
    (confirmId?: string) => setState({ open: true, confirmId: confirmId ?? null }),
    [],
  );
  const close = useCallback(() => setState({ open: false, confirmId: null }), []);
  return { isOpen: state.open, confirmId: state.confirmId, open, close };
}
