import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'study_token';
export const TOKEN_HEADER = 'x-study-token';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; message: string };

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request carries: the header (API clients) or the cookie (the browser, after the first visit). */
export function requestToken(req: IncomingMessage): string | undefined {
  const header = req.headers[TOKEN_HEADER];
  return (Array.isArray(header) ? header[0] : header) ?? cookieValue(req.headers.cookie, TOKEN_COOKIE);
}

/**
 * Checks where a request comes from before anything else: the Host header must name this server (no DNS
 * rebinding), a browser Origin must be this server's own (no cross-site calls), and the token must match.
 */
export function checkRequest(
  req: IncomingMessage,
  port: number,
  token: string,
  urlToken?: string | null,
): GuardVerdict {
  const hosts = allowedHosts(port);
  if (!hosts.includes(req.headers.host ?? '')) {
    return { ok: false, status: 403, message: 'Forbidden: unexpected Host header.' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((host) => origin === `http://${host}`)) {
    return { ok: false, status: 403, message: 'Forbidden: cross-origin request.' };
  }
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    return { ok: false, status: 403, message: 'Forbidden: cross-site request.' };
  }
  if (!tokensMatch(urlToken ?? requestToken(req), token)) {
    return {
      ok: false,
      status: 401,
      message: 'Unauthorized: open the URL the web host printed (it carries the token).',
    };
  }
  return { ok: true };
}
