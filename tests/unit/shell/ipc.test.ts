import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Envelope, type ServiceTable } from '../../../main/api/contract';
import { isAppPageUrl, mountServices, type IpcEventLike } from '../../../main/shell/ipc';

type Listener = (event: IpcEventLike, argument: unknown) => Promise<Envelope<unknown>>;

function fakeIpc() {
  const handlers = new Map<string, Listener>();
  return { handlers, handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) };
}

const APP_PAGE = 'file:///opt/app/out/renderer/index.html';
const trusted: IpcEventLike = { sender: 'main-window', senderFrame: { url: APP_PAGE } };

describe('IPC wiring', () => {
  it('registers one handler per channel of the contract', () => {
    const ipc = fakeIpc();
    mountServices(ipc, {}, () => true);
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('validates the argument before the service sees it', async () => {
    const ipc = fakeIpc();
    const getArticle = vi.fn();
    mountServices(ipc, { getArticle } as Partial<ServiceTable>, () => true);
    const reply = await ipc.handlers.get('getArticle')!(trusted, { articleId: '../../etc' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(getArticle).not.toHaveBeenCalled();
  });

  it('refuses a call from a sender that is not the app page', async () => {
    const ipc = fakeIpc();
    const getSettings = vi.fn();
    const check = (event: IpcEventLike) =>
      event.sender === 'main-window' && isAppPageUrl(event.senderFrame?.url ?? '', APP_PAGE);
    mountServices(ipc, { getSettings } as Partial<ServiceTable>, check);
    const foreign = { sender: 'main-window', senderFrame: { url: 'https://evil.example/' } };
    expect(await ipc.handlers.get('getSettings')!(foreign, undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(getSettings).not.toHaveBeenCalled();
  });

  it('recognises the app page with a hash or query, and the dev server, but nothing else', () => {
    expect(isAppPageUrl(`${APP_PAGE}#/stats`, APP_PAGE)).toBe(true);
    expect(isAppPageUrl('file:///tmp/other.html', APP_PAGE)).toBe(false);
    expect(isAppPageUrl('http://localhost:5173/', APP_PAGE, 'http://localhost:5173/')).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/', APP_PAGE)).toBe(false);
  });
});
