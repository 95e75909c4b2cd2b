import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DESKTOP_ONLY_CHANNELS, type Envelope, type ErrorCode, type ServiceTable } from '../api/contract';
import { dispatch } from '../api/dispatch';
import { RENDERER_CSP } from '../security/csp';
import { checkRequest, TOKEN_COOKIE } from './guard';
import { readStaticFile } from './static-files';

/** Large enough for any call of the contract (a backup file to merge); a bigger body is refused unparsed. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebHostOptions {
  services: Partial<ServiceTable>;
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const STATUS_OF: Record<ErrorCode, number> = {
  'unknown-channel': 404,
  'invalid-argument': 400,
  'not-found': 404,
  'stale-answer': 409,
  unauthorized: 401,
  forbidden: 403,
  unavailable: 503,
  storage: 507,
  internal: 500,
};

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseCall(text: string): { argument: unknown } | undefined {
  if (text.trim() === '') return { argument: undefined };
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
    return { argument: (parsed as { argument?: unknown }).argument };
  } catch {
    return undefined;
  }
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  services: Partial<ServiceTable>,
  channel: string,
) {
  if (req.method !== 'POST') return sendError(res, 405, 'invalid-argument', 'API calls must use POST.');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendError(res, 415, 'invalid-argument', 'API calls must send Content-Type: application/json.');
  }
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge)
      return sendError(res, 413, 'invalid-argument', `The request is larger than ${MAX_BODY_BYTES} bytes.`);
    throw error;
  }
  const call = parseCall(text);
  if (!call)
    return sendError(
      res,
      400,
      'invalid-argument',
      'The request body must be a JSON object {"argument": ...}.',
    );
  const envelope = await dispatch(services, channel, call.argument);
  sendJson(res, envelope.ok ? 200 : STATUS_OF[envelope.error.code], envelope);
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, staticDir: string, path: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, BASE_HEADERS).end();
    return;
  }
  const file = await readStaticFile(staticDir, path);
  if (!file) {
    res.writeHead(404, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': file.contentType,
    'Content-Security-Policy': RENDERER_CSP,
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

/** The first visit carries the token in the URL; it becomes a cookie and the address bar loses it. */
function acceptUrlToken(res: ServerResponse, url: URL, token: string): void {
  url.searchParams.delete('token');
  res.writeHead(303, {
    ...BASE_HEADERS,
    'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    Location: url.pathname + url.search,
  });
  res.end();
}

/**
 * Serves the built renderer and the service table (POST /api/<channel>) on 127.0.0.1 only, behind a
 * per-run token and Host/Origin checks.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const services = { ...options.services };
  for (const channel of DESKTOP_ONLY_CHANNELS) delete services[channel];
  let port = 0;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const urlToken = url.searchParams.get('token');
    const verdict = checkRequest(req, port, token, urlToken);
    if (!verdict.ok)
      return sendError(
        res,
        verdict.status,
        verdict.status === 401 ? 'unauthorized' : 'forbidden',
        verdict.message,
      );
    if (urlToken) return acceptUrlToken(res, url, token);
    const api = /^\/api\/([^/]+)$/.exec(url.pathname);
    const work = api
      ? handleApi(req, res, services, api[1]!)
      : handleStatic(req, res, options.staticDir, url.pathname);
    work.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendError(res, 500, 'internal', 'Something went wrong; nothing was changed.');
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
