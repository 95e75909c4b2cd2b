import { useEffect, useRef, useState } from 'react';
import type { RestoreFileResult } from '../../../main/api/contract';
import { call, errorMessage } from '../api/client';

interface Props {
  onClose: () => void;
  onRestored: () => void;
}

/** Restores a JSON backup file: merged into the library, or replacing it (the current state is backed up first). */
export function RestoreFileDialog({ onClose, onRestored }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ result?: RestoreFileResult; problem?: string } | null>(null);
  useEffect(() => dialog.current?.showModal(), []);

  const restore = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const result = await call('restoreBackupFile', { content: await file.text(), mode });
      setOutcome({ result });
      onRestored();
    } catch (error) {
      setOutcome({ problem: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      data-testid="restore-file-dialog"
      aria-labelledby="restore-file-heading"
      onClose={onClose}
    >
      <h2 id="restore-file-heading">Restore from a backup file</h2>
      <label htmlFor="restore-file">A JSON backup exported from Argument Study</label>
      <input
        id="restore-file"
        data-testid="restore-file"
        type="file"
        accept=".json,application/json"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <fieldset>
        <legend>How</legend>
        <label>
          <input
            type="radio"
            name="restore-mode"
            data-testid="restore-merge"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />{' '}
          Merge with what is here (the newer review of each card wins)
        </label>
        <label>
          <input
            type="radio"
            name="restore-mode"
            data-testid="restore-replace"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />{' '}
          Replace everything here with the file
        </label>
      </fieldset>
      <p className="hint">Your current data is backed up first; the Backups list can bring it back.</p>
      {outcome?.problem && (
        <p className="alert" role="alert" data-testid="restore-file-problem">
          {outcome.problem}
        </p>
      )}
      {outcome?.result && (
        <p role="status" data-testid="restore-file-result">
          {outcome.result.mode === 'merge'
            ? `Merged: ${outcome.result.articlesAdded ?? 0} articles added, ${outcome.result.articlesUpdated ?? 0} updated, ${outcome.result.reviewsAdded ?? 0} reviews added.`
            : 'Replaced with the file.'}
        </p>
      )}
      <div className="dialog-buttons">
        <span className="spacer" />
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="button primary"
          data-testid="restore-file-start"
          disabled={!file || busy}
          onClick={() => void restore()}
        >
          {busy ? 'Restoring…' : 'Restore'}
        </button>
      </div>
    </dialog>
  );
}
