import { useCallback, useState } from 'react';
import type { ArgumentOf } from '../../../main/api/contract';
import { call, isDesktop } from '../api/client';
import { downloadFile } from '../lib/download';

export type ExportChoice = ArgumentOf<'saveExportAs'>['format'];

/** The Export commands: a save dialog in the desktop app, a download in the browser. */
export function useExport(report: (error: unknown) => void) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const exportAs = useCallback(
    async (format: ExportChoice, articleId?: string) => {
      setBusy(true);
      setStatus(null);
      const scope = articleId ? { articleId } : {};
      try {
        if (isDesktop()) {
          const result = await call('saveExportAs', { format, ...scope });
          if (result.saved) setStatus(result.path ? `Saved to ${result.path}` : 'Saved');
        } else {
          // A browser prints the HTML report to PDF itself (the report opens as a page to print).
          const file = await call('exportData', {
            format: format === 'report-pdf' ? 'report' : format,
            ...scope,
          });
          downloadFile(file);
          setStatus(`Exported ${file.fileName}`);
        }
      } catch (error) {
        report(error);
      } finally {
        setBusy(false);
      }
    },
    [report],
  );

  return { exportAs, exportJson: () => exportAs('json'), busy, status };
}
