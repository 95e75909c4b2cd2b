import { CHANNELS, type Envelope, type ServiceTable } from '../api/contract';
import { dispatch } from '../api/dispatch';

/** The part of ipcMain the wiring needs, so that it can be tested without Electron. */
export interface IpcHandleTarget {
  handle(
    channel: string,
    listener: (event: IpcEventLike, argument: unknown) => Promise<Envelope<unknown>>,
  ): void;
}

export interface IpcEventLike {
  sender: unknown;
  senderFrame: { url: string } | null;
}

export type SenderCheck = (event: IpcEventLike) => boolean;

/**
 * Mounts the service table on IPC: one handler per channel of the contract. A message from a sender that
 * is not one of the app's own pages is refused; every argument is validated before a service sees it.
 */
export function mountServices(
  ipc: IpcHandleTarget,
  services: Partial<ServiceTable>,
  isTrustedSender: SenderCheck,
): void {
  for (const channel of CHANNELS) {
    ipc.handle(channel, async (event, argument) => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'Refused: the call did not come from the app window.' },
        };
      }
      return dispatch(services, channel, argument);
    });
  }
}

/** The app's pages: the built renderer on file://, or the dev server while developing. */
export function isAppPageUrl(url: string, rendererFileUrl: string, devServerUrl?: string): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  return url.split('#')[0]!.split('?')[0] === rendererFileUrl;
}
