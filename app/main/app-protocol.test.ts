import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { electronMock, protocol } from '../../tests/mocks/electron';
import { createProtocolHandler, installProtocolHandler, registerAppScheme } from './app-protocol';

let base: string;
let appRoot: string;
let deckRoot: string | null;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'mimbar-protocol-')));
  appRoot = join(base, 'renderer');
  await mkdir(join(appRoot, 'fonts'), { recursive: true });
  await writeFile(join(appRoot, 'audience.html'), '<!doctype html><title>x</title>');
  await writeFile(join(appRoot, 'audience.js'), 'console.log(1)');
  await writeFile(join(appRoot, 'fonts', 'a.woff2'), 'font');
  await mkdir(join(base, 'talk', 'img'), { recursive: true });
  await writeFile(join(base, 'talk', 'deck.md'), '# Deck');
  await writeFile(join(base, 'talk', 'img', 'chart one.png'), 'PNGDATA');
  await writeFile(join(base, 'talk', 'notes.txt'), 'not media');
  await writeFile(join(base, 'talk', 'clip.mp4'), 'MP4DATA');
  await writeFile(join(base, 'talk', 'bell.mp3'), 'MP3DATA');
  await writeFile(join(base, 'secret.png'), 'SECRET');
  await symlink(join(base, 'secret.png'), join(base, 'talk', 'escape.png'));
  handler = createProtocolHandler({ appRoot, deckRoot: () => deckRoot });
});

beforeEach(() => {
  electronMock.reset();
  deckRoot = join(base, 'talk');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('mimbar:// protocol handler', () => {
  it('serves app files with their content type and the strict CSP', async () => {
    const response = await get('mimbar://app/audience.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>x</title>');
    expect((await get('mimbar://app/audience.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('mimbar://app/fonts/a.woff2')).headers.get('content-type')).toBe('font/woff2');
  });

  it('serves a media file inside the deck folder, percent-encoded names included', async () => {
    const response = await get('mimbar://deck/img/chart%20one.png');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(await response.text()).toBe('PNGDATA');
  });

  it('refuses ../ escapes, encoded or not, and symlinks leaving the deck folder', async () => {
    for (const url of ['mimbar://deck/..%2fsecret.png', 'mimbar://deck/%2e%2e/secret.png', 'mimbar://deck/../secret.png', 'mimbar://deck/img/..%5c..%5csecret.png', 'mimbar://deck/escape.png']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('SECRET');
    }
  });

  it('serves only images from the deck folder, not the deck source, other files, audio or video', async () => {
    expect((await get('mimbar://deck/deck.md')).status).toBe(404);
    expect((await get('mimbar://deck/notes.txt')).status).toBe(404);
    // Slides show no audio or video (the sanitizer removes those elements), so neither is served.
    expect((await get('mimbar://deck/clip.mp4')).status).toBe(404);
    expect((await get('mimbar://deck/bell.mp3')).status).toBe(404);
  });

  it('refuses unknown hosts, missing files, directories, other methods and a closed deck', async () => {
    expect((await get('mimbar://other/audience.html')).status).toBe(404);
    expect((await get('mimbar://app/missing.js')).status).toBe(404);
    expect((await get('mimbar://app/fonts')).status).toBe(404);
    expect((await get('mimbar://app/audience.html', 'POST')).status).toBe(405);
    deckRoot = null;
    expect((await get('mimbar://deck/img/chart%20one.png')).status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('mimbar://app/audience.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
  });
});

describe('scheme registration', () => {
  it('registers mimbar as standard, secure and fetch-capable', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'mimbar', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls as [[{ privileges: Record<string, unknown> }[]]];
    expect(schemes[0]?.privileges).not.toHaveProperty('bypassCSP');
  });

  it('installs the handler for the mimbar scheme', () => {
    installProtocolHandler(handler);
    expect(electronMock.protocolHandlers.get('mimbar')).toBe(handler);
  });
});
