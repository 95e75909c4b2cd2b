import { useCallback, useState } from 'react';
import { call, isDesktop } from '../api/client';
import { downloadFile } from '../lib/download';

/** The Export command: a save dialog in the desktop app, a download in the browser. */
export function useExport(report: (error: unknown) => void) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const exportJson = useCallback(async () => {
    setBusy(true);
    setStatus(null);
    try {
      if (isDesktop()) {
        const result = await call('saveExportAs', { format: 'json' });
        if (result.saved) setStatus(result.path ? `Saved to ${result.path}` : 'Saved');
      } else {
        const file = await call('exportData', { format: 'json' });
        downloadFile(file);
        setStatus(`Exported ${file.fileName}`);
      }
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  }, [report]);

  return { exportJson, busy, status };
}
