// The browser host over real HTTP: the contract's channels, its refusals (foreign origins and hosts,
// unknown channels, bad payloads, big bodies) and the confinement of both file routes.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../contract/deck';
import { PAGE_CSP_HEADER } from '../core/served-files';
import { startBrowserHost } from './start-browser-host';
import type { BrowserHost } from './start-browser-host';

const deck: Deck = {
  meta: { title: 'T', author: null, lang: 'id', theme: 'black', style: 'deck', dialect: 'mimbar', dialectReason: 'test', slideLevel: 2, condense: false, slideNumber: true, durationSeconds: null, hasBom: false, eol: '\n' },
  slides: [],
  warnings: [],
};

describe('startBrowserHost', () => {
  let root: string;
  let host: BrowserHost;
  const invoke = (channel: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${host.origin}/api/invoke/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: host.origin, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'mimbar-host-'));
    await mkdir(join(root, 'dist/renderer'), { recursive: true });
    await writeFile(join(root, 'dist/renderer/audience.html'), '<!doctype html><title>a</title>');
    await mkdir(join(root, 'deck/img'), { recursive: true });
    await writeFile(join(root, 'deck/img/peta.png'), 'png');
    await writeFile(join(root, 'deck/notes.txt'), 'secret');
    await writeFile(join(root, 'outside.png'), 'outside');
    await symlink(join(root, 'outside.png'), join(root, 'deck/link.png'));
    host = await startBrowserHost({ deck, assetDir: join(root, 'deck'), distDir: join(root, 'dist') });
  });

  afterAll(async () => {
    await host?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and serves the page with the CSP header', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/app\/audience\.html$/);
    const response = await fetch(host.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(PAGE_CSP_HEADER);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers deck:get with the deck and the asset base', async () => {
    const response = await invoke('deck:get', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deck, assetBase: '/deck/', fileName: null, notice: null, assetVersion: 0 });
  });

  it('says opening files is not available here', async () => {
    expect(await (await invoke('deck:open-path', { path: '/etc/passwd' })).json()).toEqual({ ok: false, message: 'Not available in the browser host' });
  });

  it('refuses unknown channels, bad payloads, non-JSON and big bodies', async () => {
    expect((await invoke('fs:read', {})).status).toBe(404);
    expect((await invoke('deck:get', { extra: 1 })).status).toBe(400);
    expect((await invoke('deck:open-path', { path: '' })).status).toBe(400);
    expect((await invoke('deck:get', '{not json')).status).toBe(400);
    expect((await invoke('deck:get', JSON.stringify({ pad: 'x'.repeat(100_000) }))).status).toBe(413);
    expect((await fetch(`${host.origin}/api/invoke/deck:get`)).status).toBe(405);
  });

  it('refuses calls from other origins, other Host names and non-JSON content types', async () => {
    expect((await invoke('deck:get', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await invoke('deck:get', {}, { Origin: 'null' })).status).toBe(403);
    expect((await invoke('deck:get', {}, { 'Content-Type': 'text/plain' })).status).toBe(403);
    expect((await invoke('deck:get', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    // fetch() cannot set Host; a DNS-rebinding page would reach us under its own name.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request(host.url, { headers: { Host: 'evil.example' } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject).end();
    });
    expect(status).toBe(403);
  });

  it('serves media from the deck folder and nothing else', async () => {
    const image = await fetch(`${host.origin}/deck/img/peta.png`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(await image.text()).toBe('png');
    for (const path of ['/deck/notes.txt', '/deck/link.png', '/deck/..%2Foutside.png', '/deck/%2e%2e/outside.png', '/deck/img%5C..%5C..%5Coutside.png', '/app/../outside.png', '/app/%2e%2e%2fdeck/img/peta.png']) {
      expect((await fetch(`${host.origin}${path}`)).status, path).toBe(404);
    }
  });

  it('streams contract events to connected pages', async () => {
    const controller = new AbortController();
    const response = await fetch(`${host.origin}/api/events`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes(': connected')) text += decoder.decode((await reader.read()).value);
    host.reportError('Berkas hilang');
    while (!text.includes('event: deck:error')) text += decoder.decode((await reader.read()).value);
    expect(text).toContain('data: {"message":"Berkas hilang"}');
    controller.abort();
  });
});
