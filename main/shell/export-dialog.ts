import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { ArgumentOf, SaveResult, ServiceTable } from '../api/contract';
import type { SharedServices } from '../services';
import { writeFileDurably } from '../store';
import { SECURE_WEB_PREFERENCES } from './window';

const FILTERS: Record<ArgumentOf<'saveExportAs'>['format'], { name: string; extensions: string[] }> = {
  json: { name: 'JSON backup', extensions: ['json'] },
  'revlog-csv': { name: 'FSRS review log (CSV)', extensions: ['csv'] },
  'cards-csv': { name: 'Cards (CSV)', extensions: ['csv'] },
  apkg: { name: 'Anki package', extensions: ['apkg'] },
  report: { name: 'Progress report (HTML)', extensions: ['html'] },
  'report-pdf': { name: 'Progress report (PDF)', extensions: ['pdf'] },
};

/** The report as PDF: rendered in a hidden window with scripts off, then printed with printToPDF. */
async function reportPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    window.destroy();
  }
}

async function fileFor(services: SharedServices, { format, articleId }: ArgumentOf<'saveExportAs'>) {
  const base = format === 'report-pdf' ? 'report' : format;
  const file = await services.exportData({ format: base, ...(articleId ? { articleId } : {}) });
  const bytes =
    file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
  if (format !== 'report-pdf') return { fileName: file.fileName, bytes };
  return { fileName: file.fileName.replace(/\.html$/, '.pdf'), bytes: await reportPdf(file.content) };
}

/** The desktop export: the main process builds the file and asks the user where to save it. */
export function saveExportAsService(
  services: SharedServices,
  window: () => BrowserWindow | undefined,
): ServiceTable['saveExportAs'] {
  return async (arg): Promise<SaveResult> => {
    const { fileName, bytes } = await fileFor(services, arg);
    const options = { defaultPath: join(app.getPath('documents'), fileName), filters: [FILTERS[arg.format]] };
    const owner = window();
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFileDurably(choice.filePath, bytes);
    return { saved: true, path: choice.filePath };
  };
}
