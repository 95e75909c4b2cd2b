import { BrowserWindow } from 'electron';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PRODUCT_NAME } from '../paths';

export const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
export const rendererHtmlPath = fileURLToPath(new URL('../renderer/index.html', import.meta.url));
export const rendererFileUrl = pathToFileURL(rendererHtmlPath).href;

/** The hardened web preferences of every window: isolated, sandboxed, no Node in the page. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;

export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: PRODUCT_NAME,
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  });
  window.once('ready-to-show', () => window.show());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererHtmlPath);
  return window;
}
