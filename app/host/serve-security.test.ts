// The browser host on a network address: every request needs the token (a ?token= URL once, then the
// cookie it sets). 127.0.0.2 stands in for a network address: only 127.0.0.1, ::1 and localhost count as
// loopback, so the token rule applies there and a real request can check it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../contract/deck';
import { isLoopbackHost } from './bind-address';
import { startBrowserHost } from './start-browser-host';
import type { BrowserHost } from './start-browser-host';

const deck: Deck = {
  meta: { title: 'T', author: null, lang: 'id', theme: 'black', style: 'deck', dialect: 'mimbar', dialectReason: 'test', slideLevel: 2, condense: false, slideNumber: true, durationSeconds: null, hasBom: false, eol: '\n' },
  slides: [],
  warnings: [],
};

/** GET with an explicit Host header (fetch does not allow setting it). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('browser host on a network address', () => {
  let root: string;
  let host: BrowserHost;
  let loopback: BrowserHost;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'mimbar-serve-'));
    await mkdir(join(root, 'dist/renderer'), { recursive: true });
    await writeFile(join(root, 'dist/renderer/audience.html'), '<!doctype html><title>audience</title>');
    await writeFile(join(root, 'dist/renderer/presenter.html'), '<!doctype html><title>presenter</title>');
    host = await startBrowserHost({ deck, distDir: join(root, 'dist'), host: '127.0.0.2' });
    loopback = await startBrowserHost({ deck, distDir: join(root, 'dist') });
  });

  afterAll(async () => {
    await host?.close();
    await loopback?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('counts only 127.0.0.1, ::1 and localhost as loopback', () => {
    expect(['127.0.0.1', '::1', 'localhost', 'LOCALHOST'].map(isLoopbackHost)).toEqual([true, true, true, true]);
    expect(['127.0.0.2', '0.0.0.0', '::', '192.168.1.10'].map(isLoopbackHost)).toEqual([false, false, false, false]);
  });

  it('generates a 128-bit token and puts it in every URL it hands out', () => {
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
    expect(host.audienceUrl).toBe(`${host.origin}/?token=${host.token ?? ''}`);
    expect(host.presenterUrl).toBe(`${host.origin}/presenter?token=${host.token ?? ''}`);
    expect(host.url).toBe(`${host.origin}/app/audience.html?token=${host.token ?? ''}`);
  });

  it('refuses every request without a valid token with 403 and serves nothing', async () => {
    for (const path of ['/', '/presenter', '/app/audience.html', '/app/presenter.html', '/api/events', '/deck/x.png', '/nope']) {
      const response = await get(`${host.origin}${path}`);
      expect(response.status, path).toBe(403);
      expect(response.body, path).not.toContain('<title>');
      expect(response.headers['set-cookie'], path).toBeUndefined();
    }
    const wrong = await get(`${host.origin}/app/audience.html?token=wrong`, { Cookie: `mimbar_token_${new URL(host.origin).port}=wrong` });
    expect(wrong.status).toBe(403);
    const invoke = await fetch(`${host.origin}/api/invoke/presentation:get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: host.origin },
      body: '{}',
    });
    expect(invoke.status).toBe(403);
  });

  it('serves a ?token= URL, sets an HttpOnly SameSite=Strict cookie, and then accepts the cookie', async () => {
    const page = await get(`${host.origin}/app/audience.html?token=${host.token ?? ''}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>audience</title>');
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const pair = cookie.split(';')[0] ?? '';
    const invoke = await fetch(`${host.origin}/api/invoke/presentation:get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: host.origin, Cookie: pair },
      body: '{}',
    });
    expect(invoke.status).toBe(200);
    expect(await invoke.json()).toMatchObject({ h: 0, v: 0, blackout: 'none' });
  });

  it('routes / to the audience page and /presenter to the console', async () => {
    const audience = await get(host.audienceUrl);
    expect(audience.status).toBe(302);
    expect(audience.headers.location).toBe('/app/audience.html');
    const presenter = await get(host.presenterUrl);
    expect(presenter.status).toBe(302);
    expect(presenter.headers.location).toBe('/app/presenter.html');
  });

  it('accepts the bound address as Host, and refuses other names even with the token', async () => {
    const other = await get(`${host.origin}/?token=${host.token ?? ''}`, { Host: `evil.example:${new URL(host.origin).port}` });
    expect(other.status).toBe(403);
  });

  it('needs no token on 127.0.0.1', async () => {
    expect(loopback.token).toBeNull();
    expect(loopback.audienceUrl).toBe(`${loopback.origin}/`);
    expect((await get(`${loopback.origin}/app/audience.html`)).status).toBe(200);
    expect((await get(`${loopback.origin}/presenter`)).headers.location).toBe('/app/presenter.html');
  });

  it('refuses a bind address that is not an IP address or localhost', async () => {
    await expect(startBrowserHost({ deck, distDir: join(root, 'dist'), host: 'example.com' })).rejects.toThrow('not an IP address');
  });
});
