import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { SaveResult, ServiceTable } from '../api/contract';
import type { SharedServices } from '../services';
import { writeFileDurably } from '../store';

/** The desktop-only export: the main process builds the file and asks the user where to save it. */
export function saveExportAsService(
  services: SharedServices,
  window: () => BrowserWindow | undefined,
): ServiceTable['saveExportAs'] {
  return async ({ format }): Promise<SaveResult> => {
    const file = await services.exportData({ format });
    const options = {
      defaultPath: join(app.getPath('documents'), file.fileName),
      filters: [{ name: 'JSON backup', extensions: ['json'] }],
    };
    const owner = window();
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFileDurably(choice.filePath, file.content);
    return { saved: true, path: choice.filePath };
  };
}
