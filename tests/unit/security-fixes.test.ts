// Gaps the IPC abuse and checklist tests found, now fixed (docs/security.md): an edit for a slide the deck
// does not have is ignored, packaged windows have no DevTools, and subframes never navigate off the app.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotesStatus } from '../../app/contract/notes';
import { openLiveDeck } from '../../app/core/live-deck/live-deck';
import { startBrowserHost, type BrowserHost } from '../../app/host/start-browser-host';
import { createMainHost } from '../../app/main/main-host';
import { registerForTest } from '../support/main-handlers';
import { createDeckWindow } from '../../app/main/windows';
import { PATH_STRINGS, PROTOTYPE_NAMES } from '../support/abusive-payloads';
import { invokeOverHttp } from '../support/host-probes';
import { app, electronMock, type FakeBrowserWindow } from '../mocks/electron';

const SOURCE = '# Talk\n\n## One\n\nText.\n';
/** Slide ids the deck does not have: paths, prototype names, and one that merely does not exist. */
const UNKNOWN_IDS = [...PATH_STRINGS, ...PROTOTYPE_NAMES, 'no-such-slide'];

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mimbar-gaps-'));
  await writeFile(join(root, 'talk.md'), SOURCE);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function journalFiles(): Promise<string[]> {
  return readdir(join(root, 'journal')).catch(() => []);
}

describe('G1: notes:edit for a slide the deck does not have', () => {
  it('Electron main: is not kept pending, journaled or reported as a save error', async () => {
    electronMock.reset();
    const host = createMainHost({ bundledPath: join(root, 'bundled.md'), openDeck: (path, hooks) => openLiveDeck({ path, journalDir: join(root, 'journal'), watch: false, ...hooks }) });
    registerForTest(host.handlers);
    const window = createDeckWindow('/preload.cjs', 'notes-editor') as unknown as FakeBrowserWindow;
    await host.decks.open(join(root, 'talk.md'));
    const invoke = (channel: string, payload: unknown) => electronMock.invoke(channel, electronMock.ipcEvent(window.webContents), payload);
    for (const slideId of UNKNOWN_IDS) await invoke('notes:edit', { slideId, text: 'x'.repeat(1_000_000), base: '' }).catch(() => undefined);
    const status = (await invoke('notes:save-now', {})) as NotesStatus;
    expect({ state: status.state, unsaved: status.unsaved, journal: await journalFiles() }).toEqual({ state: 'saved', unsaved: [], journal: [] });
    await host.close();
    expect(await journalFiles()).toEqual([]);
    expect(await readFile(join(root, 'talk.md'), 'utf8')).toBe(SOURCE);
  });

  it('browser host: is not kept pending, journaled or reported as a save error', async () => {
    const host: BrowserHost = await startBrowserHost({ deckPath: join(root, 'talk.md'), distDir: root, journalDir: join(root, 'journal'), watch: false });
    try {
      for (const slideId of UNKNOWN_IDS) await invokeOverHttp(host.origin, 'notes:edit', { slideId, text: 'x', base: '' });
      const status = (await invokeOverHttp(host.origin, 'notes:save-now', {})).body as NotesStatus;
      expect({ state: status.state, unsaved: status.unsaved, journal: await journalFiles() }).toEqual({ state: 'saved', unsaved: [], journal: [] });
    } finally {
      await host.close();
    }
    expect(await journalFiles()).toEqual([]);
  });
});

describe('G2: DevTools in a packaged build (docs/reliability.md §1, extras)', () => {
  it('every window of a packaged app has devTools: false', () => {
    electronMock.reset();
    app.isPackaged = true;
    const window = createDeckWindow('/preload.cjs') as unknown as FakeBrowserWindow;
    expect((window.options.webPreferences as Record<string, unknown>).devTools).toBe(false);
  });
});

describe('G3: subframe navigation (docs/reliability.md §1 item 13)', () => {
  it('will-frame-navigate off mimbar://app is prevented', () => {
    electronMock.reset();
    const window = createDeckWindow('/preload.cjs') as unknown as FakeBrowserWindow;
    const event = { url: 'https://example.com/', isMainFrame: false, preventDefault: vi.fn() };
    window.webContents.emit('will-frame-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
