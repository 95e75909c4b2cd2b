import { request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServiceTable } from '../../../main/api/contract';
import { DEFAULT_SETTINGS } from '../../../main/store';
import { MAX_BODY_BYTES, startWebHost, type WebHost } from '../../../main/web/server';
import { withTempDir } from '../../helpers/temp-dir';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  host: WebHost,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function startWith(dir: string, services: Partial<ServiceTable> = {}) {
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({ services, staticDir: dir, token: 'secret-token' });
  return host;
}

const json = (h: WebHost, extra: Record<string, string> = {}) => ({
  'Content-Type': 'application/json',
  'X-Study-Token': h.token,
  ...extra,
});

describe('web host', () => {
  it('binds to 127.0.0.1 and prints a URL that carries the token', async () => {
    await withTempDir(async (dir) => {
      const h = await startWith(dir);
      expect(h.url).toBe(`http://127.0.0.1:${h.port}/?token=secret-token`);
    });
  });

  it('refuses a request without the token, or with a wrong one, with 401', async () => {
    await withTempDir(async (dir) => {
      const h = await startWith(dir);
      expect((await send(h, '/')).status).toBe(401);
      expect((await send(h, '/', { headers: { Cookie: 'study_token=wrong' } })).status).toBe(401);
      const api = await send(h, '/api/getSettings', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(api.status).toBe(401);
      expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    });
  });

  it('turns the token in the URL into a cookie and drops it from the address', async () => {
    await withTempDir(async (dir) => {
      const h = await startWith(dir);
      const first = await send(h, '/?token=secret-token');
      expect(first.status).toBe(303);
      expect(first.headers.location).toBe('/');
      expect(String(first.headers['set-cookie'])).toMatch(
        /study_token=secret-token; HttpOnly; SameSite=Strict/,
      );
      const page = await send(h, '/', { headers: { Cookie: 'study_token=secret-token' } });
      expect(page.status).toBe(200);
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    });
  });

  it('refuses a foreign Host header with 403, even with the token (DNS rebinding)', async () => {
    await withTempDir(async (dir) => {
      const h = await startWith(dir);
      const reply = await send(h, '/', {
        headers: { Host: `evil.example:${h.port}`, 'X-Study-Token': h.token },
      });
      expect(reply.status).toBe(403);
      const wrongPort = await send(h, '/', { headers: { Host: `127.0.0.1:1`, 'X-Study-Token': h.token } });
      expect(wrongPort.status).toBe(403);
      const localhost = await send(h, '/', {
        headers: { Host: `localhost:${h.port}`, 'X-Study-Token': h.token },
      });
      expect(localhost.status).toBe(200);
    });
  });

  it('refuses a foreign Origin with 403 and does not call the service', async () => {
    await withTempDir(async (dir) => {
      const getSettings = vi.fn(async () => DEFAULT_SETTINGS);
      const h = await startWith(dir, { getSettings });
      const reply = await send(h, '/api/getSettings', {
        method: 'POST',
        headers: json(h, { Origin: 'http://evil.example' }),
        body: '{}',
      });
      expect(reply.status).toBe(403);
      expect(getSettings).not.toHaveBeenCalled();
      const own = await send(h, '/api/getSettings', {
        method: 'POST',
        headers: json(h, { Origin: `http://127.0.0.1:${h.port}` }),
        body: '{}',
      });
      expect(own.status).toBe(200);
      expect(JSON.parse(own.body)).toMatchObject({ ok: true, value: { desiredRetention: 0.9 } });
    });
  });

  it('answers a malformed call with a typed error and the right status', async () => {
    await withTempDir(async (dir) => {
      const checkAnswer = vi.fn();
      const h = await startWith(dir, { checkAnswer });
      const post = (path: string, body: string, headers = json(h)) =>
        send(h, path, { method: 'POST', headers, body });
      expect((await post('/api/nope', '{}')).status).toBe(404);
      const invalid = await post('/api/checkAnswer', JSON.stringify({ argument: { itemId: 7 } }));
      expect(invalid.status).toBe(400);
      expect(JSON.parse(invalid.body).error.code).toBe('invalid-argument');
      expect((await post('/api/checkAnswer', 'not json')).status).toBe(400);
      expect((await post('/api/checkAnswer', '[1,2]')).status).toBe(400);
      expect(
        (await post('/api/checkAnswer', '{}', { 'X-Study-Token': h.token, 'Content-Type': 'text/plain' }))
          .status,
      ).toBe(415);
      expect((await send(h, '/api/checkAnswer', { headers: json(h) })).status).toBe(405);
      expect(
        (await post('/api/checkAnswer', JSON.stringify({ argument: 'x'.repeat(MAX_BODY_BYTES) }))).status,
      ).toBe(413);
      expect(checkAnswer).not.toHaveBeenCalled();
    });
  });

  it('does not serve desktop-only channels', async () => {
    await withTempDir(async (dir) => {
      const saveExportAs = vi.fn();
      const h = await startWith(dir, { saveExportAs });
      const reply = await send(h, '/api/saveExportAs', {
        method: 'POST',
        headers: json(h),
        body: '{"argument":{"format":"json"}}',
      });
      expect(reply.status).toBe(404);
      expect(saveExportAs).not.toHaveBeenCalled();
    });
  });

  it('serves built files but nothing outside the renderer folder', async () => {
    await withTempDir(async (dir) => {
      const h = await startWith(join(dir));
      const headers = { 'X-Study-Token': h.token };
      const script = await send(h, '/assets/app.js', { headers });
      expect(script.status).toBe(200);
      expect(script.headers['content-type']).toContain('text/javascript');
      expect((await send(h, '/../../etc/passwd', { headers })).status).toBe(404);
      expect((await send(h, '/%2e%2e/%2e%2e/etc/passwd', { headers })).status).toBe(404);
      expect((await send(h, '/%E0%A4%A', { headers })).status).toBe(404);
    });
  });
});
