// Notes editing through the browser host's HTTP contract: an edit reaches the file, the status and the
// rebuilt deck reach the pages, and a deck served without a journal folder stays read-only.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeckPayload } from '../contract/channels';
import type { NotesStatus } from '../contract/notes';
import { readNotes } from '../core/deck/notes-patch/apply-notes-patch';
import { startBrowserHost } from './start-browser-host';
import type { BrowserHost } from './start-browser-host';

const SOURCE = '# Talk\n\n## One\n\nFirst paragraph. It goes on.\n\n## Two\n\nNote: Old words.\n';

let root: string;
let host: BrowserHost | null = null;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mimbar-notes-http-'));
  await writeFile(join(root, 'talk.md'), SOURCE);
});

afterEach(async () => {
  await host?.close();
  host = null;
  await rm(root, { recursive: true, force: true });
});

async function invoke<T>(channel: string, body: unknown): Promise<T> {
  const origin = (host as BrowserHost).origin;
  const response = await fetch(`${origin}/api/invoke/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: JSON.stringify(body) });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(JSON.stringify(json));
  return json;
}

describe('browser host: notes', () => {
  it('saves an edit into the file, changing only that slide\'s notes, and serves the rebuilt deck', async () => {
    host = await startBrowserHost({ deckPath: join(root, 'talk.md'), distDir: root, journalDir: join(root, 'journal'), watch: false });
    const edited = await invoke<NotesStatus>('notes:edit', { slideId: 'one', text: 'Say hello --> then start.', base: 'First paragraph. It goes on.' });
    expect(edited.state).toBe('unsaved');
    expect(edited.unsaved).toEqual(['one']);
    const saved = await invoke<NotesStatus>('notes:save-now', {});
    expect(saved.state).toBe('saved');
    const text = await readFile(join(root, 'talk.md'), 'utf8');
    expect(text).toBe(SOURCE.replace('It goes on.\n', 'It goes on.\n\n<!-- notes: Say hello --&gt; then start. -->\n'));
    expect(readNotes(text).get('one')).toBe('Say hello --> then start.');
    const payload = await invoke<DeckPayload>('deck:get', {});
    expect(payload.deck.slides.find((slide) => slide.id === 'one')?.notes.markdown).toBe('Say hello --> then start.');
  });

  it('keeps the syntax of existing notes, and gives the whole deck with pending edits for "Save notes as…"', async () => {
    host = await startBrowserHost({ deckPath: join(root, 'talk.md'), distDir: root, journalDir: join(root, 'journal'), watch: false, });
    await invoke('notes:edit', { slideId: 'two', text: 'New words.', base: 'Old words.' });
    const source = await invoke<{ fileName: string; text: string }>('notes:get-source', {});
    expect(source).toEqual({ fileName: 'talk.md', text: SOURCE.replace('Note: Old words.', 'Note: New words.') });
  });

  it('is read-only without a journal folder: the status says why and the file is never written', async () => {
    host = await startBrowserHost({ deckPath: join(root, 'talk.md'), distDir: root, watch: false, notesReadOnlyReason: 'Read-only for this test.' });
    const status = await invoke<NotesStatus>('notes:edit', { slideId: 'one', text: 'x', base: '' });
    expect(status).toMatchObject({ state: 'read-only', message: 'Read-only for this test.' });
    await invoke('notes:save-now', {});
    expect(await readFile(join(root, 'talk.md'), 'utf8')).toBe(SOURCE);
  });

  it('refuses an edit whose slide id is a path or whose text is over the limit', async () => {
    host = await startBrowserHost({ deckPath: join(root, 'talk.md'), distDir: root, journalDir: join(root, 'journal'), watch: false });
    await expect(invoke('notes:edit', { slideId: 'one', text: 'x'.repeat(1_000_001), base: '' })).rejects.toThrow(/notes:edit/);
    await expect(invoke('notes:edit', { slideId: '', text: 'x', base: '' })).rejects.toThrow(/notes:edit/);
    await expect(invoke('notes:edit', { slideId: 'one', text: 'x', base: '', __proto__: { path: '/etc/passwd' }, extra: 1 })).rejects.toThrow(/notes:edit/);
    expect(await readFile(join(root, 'talk.md'), 'utf8')).toBe(SOURCE);
  });
});
