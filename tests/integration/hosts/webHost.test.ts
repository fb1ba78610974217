// The browser-mode host answers only the page that came through the printed address.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../web/host';
import { memoryLedger, routerFor, tempDir } from '../../support/testLedger';

const TOKEN = 'test-token-0123456789';
let host: WebHost;
let ledger: ReturnType<typeof memoryLedger>;
let staticDir: string;
let exportsDir: string;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: opts.path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const cookie = () => ({ cookie: `dangwu_token=${TOKEN}` });
const origin = () => ({ origin: `http://127.0.0.1:${host.port}` });

beforeAll(async () => {
  staticDir = tempDir('dangwu-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>社区党务台账</title>');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'outside');
  ledger = memoryLedger();
  exportsDir = tempDir('dangwu-exports-');
  fs.writeFileSync(path.join(exportsDir, '党员花名册-2026-11-24-080000.xlsx'), 'xlsx bytes');
  fs.writeFileSync(path.join(exportsDir, 'notes.txt'), 'not an export');
  fs.writeFileSync(path.join(exportsDir, '幸福里社区2026年上报包.zip'), 'zip bytes');
  host = await startWebHost({ router: routerFor(ledger).router, staticDir, exportsDir, token: TOKEN });
});
afterAll(async () => {
  await host.close();
  ledger.close();
});

describe('web host', () => {
  it('prints an address on 127.0.0.1 with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('refuses a request without the token', async () => {
    const reply = await request({ path: '/' });
    expect(reply.status).toBe(401);
    expect(reply.body).toContain('token');
    expect((await request({ path: '/api/settings.get', method: 'POST', body: '{}' })).status).toBe(401);
    expect((await request({ path: '/', headers: { cookie: 'dangwu_token=wrong' } })).status).toBe(401);
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    const reply = await request({ path: '/', headers: { ...cookie(), host: `evil.example:${host.port}` } });
    expect(reply.status).toBe(421);
    expect((await request({ path: `/?token=${TOKEN}`, headers: { host: 'evil.example' } })).status).toBe(421);
  });

  it('refuses another site’s page posting to the API', async () => {
    const reply = await request({
      path: '/api/settings.save',
      method: 'POST',
      headers: { ...cookie(), origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ communityName: '被篡改' }),
    });
    expect(reply.status).toBe(403);
    expect(ledger.sqlite.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
  });

  it('turns the printed address into a same-site cookie and serves the app with a CSP', async () => {
    const first = await request({ path: `/?token=${TOKEN}` });
    expect(first.status).toBe(302);
    expect(first.headers.location).toBe('/');
    expect(first.headers['set-cookie']?.[0]).toMatch(/dangwu_token=test-token-0123456789; HttpOnly; SameSite=Strict/);
    const page = await request({ path: '/', headers: cookie() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('社区党务台账');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('runs API calls from the app’s own origin', async () => {
    const saved = await request({
      path: '/api/settings.save',
      method: 'POST',
      headers: { ...cookie(), ...origin(), 'content-type': 'application/json' },
      body: JSON.stringify({ communityName: '幸福里社区党委' }),
    });
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, value: { communityName: '幸福里社区党委' } });
    expect(ledger.sqlite.prepare("SELECT value FROM settings WHERE key='communityName'").get()).toEqual({ value: '幸福里社区党委' });
    const bad = await request({ path: '/api/settings.save', method: 'POST', headers: cookie(), body: '{not json' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('never serves a file outside the app folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const reply = await request({ path: p, headers: cookie() });
      expect(reply.body, p).not.toContain('outside');
    }
  });

  it('downloads an export as an attachment, only with the token', async () => {
    const name = encodeURIComponent('党员花名册-2026-11-24-080000.xlsx');
    expect((await request({ path: `/exports/${name}` })).status).toBe(401);
    const reply = await request({ path: `/exports/${name}`, headers: cookie() });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('xlsx bytes');
    expect(reply.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${name}`);
    // Delivered: the workbook is removed from the data folder once the download has been sent.
    await new Promise((r) => setTimeout(r, 50));
    expect(fs.existsSync(path.join(exportsDir, '党员花名册-2026-11-24-080000.xlsx'))).toBe(false);
    expect((await request({ path: `/exports/${name}`, headers: cookie() })).status).toBe(404);
    expect((await request({ path: '/exports/notes.txt', headers: cookie() })).status).toBe(404);
    expect((await request({ path: '/exports/..%2Fsecret.txt', headers: cookie() })).body).not.toContain('outside');
  });

  it('downloads a 上报包 as a zip', async () => {
    const name = encodeURIComponent('幸福里社区2026年上报包.zip');
    const reply = await request({ path: `/exports/${name}`, headers: cookie() });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('zip bytes');
    expect(reply.headers['content-type']).toBe('application/zip');
  });

  it('listens on the loopback address only', async () => {
    const { networkInterfaces } = await import('node:os');
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // a machine with loopback only has nothing else to try
    await expect(
      new Promise((resolve, reject) => {
        const req = http.get({ host: external.address, port: host.port, path: '/', timeout: 2000 }, resolve);
        req.on('error', reject);
        req.on('timeout', () => req.destroy(new Error('timeout')));
      }),
    ).rejects.toThrow();
  });
});
