/** The Electron main process: a thin shell around the services (see main/app.ts). */
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { startApp } from './app';
import { workerOptions } from './services/workers';
import { clockFromEnv } from './clock';
import { PRODUCT_NAME } from './paths';
import { hardenSessions } from './shell/hardening';
import { isAppPageUrl, mountServices } from './shell/ipc';
import { saveExportAsService } from './shell/export-dialog';
import { startDailyReminder } from './shell/reminder';
import { createMainWindow, rendererFileUrl } from './shell/window';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | undefined;

function isOwnWindow(sender: unknown): boolean {
  return BrowserWindow.getAllWindows().some((window) => window.webContents === sender);
}

async function launch(): Promise<void> {
  hardenSessions(devServerUrl);
  const clock = clockFromEnv(process.env);
  const { services, store, close } = await startApp(
    app.getPath('userData'),
    clock,
    workerOptions(import.meta.url),
  );
  app.once('will-quit', (event) => {
    // Write pending card files and free the data folder before the process ends.
    event.preventDefault();
    void close().finally(() => app.exit(0));
  });
  mountServices(
    ipcMain,
    { ...services, saveExportAs: saveExportAsService(services, () => mainWindow) },
    (event) =>
      Boolean(
        event.senderFrame &&
        isOwnWindow(event.sender) &&
        isAppPageUrl(event.senderFrame.url, rendererFileUrl, devServerUrl),
      ),
  );
  mainWindow = createMainWindow(devServerUrl);
  startDailyReminder(services, clock, () => {
    mainWindow?.show();
    mainWindow?.focus();
  });
  mainWindow.on('closed', () => (mainWindow = undefined));
  for (const notice of store.notices) console.warn(`${notice.level}: ${notice.message}`);
}

app.setName(PRODUCT_NAME);
// STUDY_DATA_DIR points the app at another data folder (tests, a second profile).
if (process.env.STUDY_DATA_DIR) app.setPath('userData', process.env.STUDY_DATA_DIR);
if (!app.requestSingleInstanceLock()) {
  // Only one instance may write the data folder; a second one hands over to the first and quits.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(launch)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        `${PRODUCT_NAME} could not start`,
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}
