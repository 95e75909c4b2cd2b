import { app, session } from 'electron';

/** Schemes the app's pages may load: its own files, and the dev server while developing. */
function isLocalRequest(url: string, devServerUrl?: string): boolean {
  if (devServerUrl && url.startsWith(new URL(devServerUrl).origin)) return true;
  return (
    url.startsWith('file:') ||
    url.startsWith('devtools:') ||
    url.startsWith('data:') ||
    url.startsWith('blob:')
  );
}

/**
 * No remote content, no navigation, no new windows, no permissions: the window shows the app and
 * nothing else, whatever a page tries.
 */
export function hardenSessions(devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  const defaultSession = session.defaultSession;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalRequest(details.url, devServerUrl) });
  });
}
