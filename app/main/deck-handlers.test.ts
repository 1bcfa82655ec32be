import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../contract/deck';
import { DeckInputError } from '../core/files/read-source';
import { dialog, electronMock, type FakeBrowserWindow } from '../../tests/mocks/electron';
import type { HostSession } from '../core/session/host-session';
import { registerForTest } from '../../tests/support/main-handlers';
import { openDeckFromDialog } from './deck-actions';
import { deckHandlers } from './deck-handlers';
import { createMainHost } from './main-host';
import { liveFrom } from '../../tests/mocks/live-deck';
import { createDeckWindow } from './windows';

const load = vi.fn<(path: string) => Promise<Deck>>();

let dir: string;
let bundled: string;
let host: HostSession;
let window: FakeBrowserWindow;

function deckTitled(title: string): Deck {
  return { meta: { title }, slides: [], warnings: [] } as unknown as Deck;
}

function invoke(channel: string, payload: unknown = {}): Promise<unknown> {
  return electronMock.invoke(channel, electronMock.ipcEvent(window.webContents), payload);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mimbar-handlers-'));
  bundled = join(dir, 'bundled.md');
  await writeFile(bundled, '# Bundled');
  await writeFile(join(dir, 'talk.md'), '# Talk');
  await writeFile(join(dir, 'broken.md'), '# Broken');
  await writeFile(join(dir, 'picture.png'), 'png');
  await mkdir(join(dir, 'folder.markdown'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  electronMock.reset();
  load.mockReset();
  load.mockImplementation(async (path) => {
    if (path.endsWith('broken.md')) throw new DeckInputError('not-text', 'broken.md is not valid UTF-8 text; save it as UTF-8 and open it again.');
    if (path.endsWith('crash.md')) throw new TypeError('bug in the engine');
    return deckTitled(path.endsWith('talk.md') ? 'The Talk' : 'Bundled');
  });
  host = createMainHost({ bundledPath: bundled, openDeck: liveFrom(load) });
  registerForTest(host.handlers, deckHandlers(host));
  createDeckWindow('/preload.cjs');
  window = electronMock.windows.at(-1) as FakeBrowserWindow;
  await host.decks.open(bundled);
});

describe('deck handlers', () => {
  it('main adds only deck:open-path to the host core deck:get', () => {
    expect(Object.keys(deckHandlers(host))).toEqual(['deck:open-path']);
  });

  it('deck:get returns the current payload; the bundled deck has no file name', async () => {
    expect(await invoke('deck:get')).toEqual({ deck: deckTitled('Bundled'), assetBase: 'mimbar://deck/', fileName: null, notice: null, assetVersion: 0 });
  });

  it('deck:get rejects a payload that is not empty', async () => {
    await expect(invoke('deck:get', { path: '/etc/passwd' })).rejects.toThrow(/Invalid payload/);
  });

  it('deck:open-path opens a dropped Markdown file, sends deck:changed and sets the title', async () => {
    const path = join(dir, 'talk.md');
    expect(await invoke('deck:open-path', { path })).toEqual({ ok: true });
    expect(load).toHaveBeenLastCalledWith(path);
    const payload = { deck: deckTitled('The Talk'), assetBase: 'mimbar://deck/', fileName: 'talk.md', notice: null, assetVersion: 0 };
    expect(window.webContents.send).toHaveBeenCalledWith('deck:changed', payload);
    expect(window.setTitle).toHaveBeenLastCalledWith('The Talk — Mimbar');
    expect(host.decks.deckRoot()).toBe(dir);
  });

  it('deck:open-path refuses non-Markdown files, relative paths and directories without loading', async () => {
    load.mockClear();
    for (const path of [join(dir, 'picture.png'), 'talk.md', './talk.md', join(dir, 'folder.markdown'), join(dir, 'missing.md')]) {
      const result = (await invoke('deck:open-path', { path })) as { ok: boolean; message: string };
      expect(result.ok, path).toBe(false);
      expect(result.message, path).not.toBe('');
      expect(window.webContents.send).toHaveBeenLastCalledWith('deck:error', { message: result.message });
    }
    expect(load).not.toHaveBeenCalled();
    expect(host.decks.path).toBe(bundled);
  });

  it('a DeckInputError comes back as { ok: false, message } and a deck:error event, and keeps the deck', async () => {
    const message = 'broken.md is not valid UTF-8 text; save it as UTF-8 and open it again.';
    expect(await invoke('deck:open-path', { path: join(dir, 'broken.md') })).toEqual({ ok: false, message });
    expect(window.webContents.send).toHaveBeenCalledWith('deck:error', { message });
    expect(window.webContents.send).not.toHaveBeenCalledWith('deck:changed', expect.anything());
    expect(host.decks.path).toBe(bundled);
  });

  it('any other error is logged and reported generically', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const crash = join(dir, 'crash.md');
    await writeFile(crash, '# Crash');
    const result = (await invoke('deck:open-path', { path: crash })) as { ok: boolean; message: string };
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Mimbar could not open crash.md') });
    expect(result.message).not.toContain('bug in the engine');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('File → Open shows a Markdown-filtered dialog on the front window and opens the choice', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'talk.md')] });
    expect(await openDeckFromDialog(host, window as never)).toEqual({ ok: true });
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({ properties: ['openFile'], filters: [{ name: 'Markdown', extensions: ['md', 'markdown'] }] });
    expect(window.setTitle).toHaveBeenLastCalledWith('The Talk — Mimbar');
  });

  it('File → Open reports a cancel as not ok with an empty message and sends nothing', async () => {
    expect(await openDeckFromDialog(host, window as never)).toEqual({ ok: false, message: '' });
    expect(window.webContents.send).not.toHaveBeenCalled();
  });
});
