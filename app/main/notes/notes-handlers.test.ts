import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesStatus } from '../../contract/notes';
import { openLiveDeck } from '../../core/live-deck/live-deck';
import { dialog, electronMock, type FakeBrowserWindow } from '../../../tests/mocks/electron';
import type { HostSession } from '../../core/session/host-session';
import { registerForTest } from '../../../tests/support/main-handlers';
import { createMainHost } from '../main-host';
import { createDeckWindow } from '../windows';
import { notesHandlers, saveAsDefaultPath } from './notes-handlers';

const SOURCE = '# Talk\n\n## One\n\nText.\n';
let dir: string;
let host: HostSession;
let window: FakeBrowserWindow;

function invoke(channel: string, payload: unknown = {}): Promise<unknown> {
  return electronMock.invoke(channel, electronMock.ipcEvent(window.webContents), payload);
}

beforeEach(async () => {
  electronMock.reset();
  dir = await mkdtemp(join(tmpdir(), 'mimbar-notes-main-'));
  await writeFile(join(dir, 'talk.md'), SOURCE);
  host = createMainHost({ bundledPath: join(dir, 'bundled.md'), openDeck: (path, hooks) => openLiveDeck({ path, journalDir: join(dir, 'journal'), watch: false, ...hooks }) });
  registerForTest(host.handlers, notesHandlers(host.decks));
  createDeckWindow('/preload.cjs', 'notes-editor');
  window = electronMock.windows.at(-1) as FakeBrowserWindow;
  await host.decks.open(join(dir, 'talk.md'));
});

afterEach(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

describe('notes handlers', () => {
  it('save an edit into the open deck and send the status to the windows', async () => {
    await invoke('notes:edit', { slideId: 'one', text: 'Spoken words.', base: '' });
    const status = (await invoke('notes:save-now')) as NotesStatus;
    expect(status.state).toBe('saved');
    expect(await readFile(join(dir, 'talk.md'), 'utf8')).toBe(`${SOURCE}\n<!-- notes: Spoken words. -->\n`);
    const sent = window.webContents.send.mock.calls.filter(([channel]) => channel === 'notes:status').map(([, payload]) => (payload as NotesStatus).state);
    expect(sent).toContain('unsaved');
    expect(sent.at(-1)).toBe('saved');
  });

  it('Save notes as… writes the deck with pending edits where the user chose, and nothing when canceled', async () => {
    await invoke('notes:edit', { slideId: 'one', text: 'Pending words.', base: '' });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await invoke('notes:save-as')).toEqual({ ok: false, message: '' });
    const target = join(dir, 'copy.md');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await invoke('notes:save-as')).toEqual({ ok: true });
    expect(await readFile(target, 'utf8')).toBe(`${SOURCE}\n<!-- notes: Pending words. -->\n`);
    expect(dialog.showSaveDialog.mock.calls.at(-1)?.[1]).toMatchObject({ defaultPath: join(dir, 'talk (notes).md') });
  });

  it('refuse notes channels from the audience window, which only shows slides', async () => {
    window = createDeckWindow('/preload.cjs') as unknown as FakeBrowserWindow;
    await expect(invoke('notes:edit', { slideId: 'one', text: 'Sneaky.', base: '' })).rejects.toThrow(/sender not allowed/);
    await expect(invoke('notes:save-as')).rejects.toThrow(/sender not allowed/);
  });

  it('refuse payloads that do not fit the contract, writing nothing', async () => {
    await expect(invoke('notes:edit', { slideId: '../../etc/passwd', text: 1, base: '' })).rejects.toThrow(/Invalid payload for notes:edit/);
    await expect(invoke('notes:resolve', { slideId: 'one', keep: 'both' })).rejects.toThrow(/Invalid payload/);
    await invoke('notes:save-now');
    expect(await readFile(join(dir, 'talk.md'), 'utf8')).toBe(SOURCE);
  });
});

describe('saveAsDefaultPath', () => {
  it('suggests a sibling file named after the deck', () => {
    expect(saveAsDefaultPath('/talks/kuliah.markdown')).toBe('/talks/kuliah (notes).markdown');
    expect(saveAsDefaultPath('/talks/README')).toBe('/talks/README (notes).md');
  });
});
