// `npm run test:faults`: the article deck on a real 200 KB tmpfs with 4, 8 and 16 KB free, as root (mounting
// needs it). A notes save must leave the deck byte for byte as it was, say the disk is full, keep the edit
// journaled, and write the complete deck once there is room again. Also: the journal itself on a full disk.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../app/core/deck/build-deck';
import { openNotesStore } from '../../app/core/notes-store/notes-store';

const ARTICLE = new URL('../../slides/manfaat-hubungan-internasional.md', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'mimbar-tmpfs-'));
const mount = join(root, 'disk');
const journalDir = join(root, 'journal');

beforeAll(() => {
  if (process.getuid?.() !== 0) throw new Error('npm run test:faults mounts a tmpfs: run it as root (CI runs as root).');
  mkdirSync(mount);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=200k', 'tmpfs', mount]);
});

afterAll(() => {
  try {
    execFileSync('umount', [mount]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

/** Fills the tmpfs until `free` bytes are left (to the file system's block). */
function fillUntil(free: number): string {
  const filler = join(mount, 'filler.bin');
  const { bavail, bsize } = statfsSync(mount);
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - free)));
  return filler;
}

describe('a notes save on a nearly full disk', () => {
  for (const free of [4096, 8192, 16384]) {
    it(`${free / 1024} KB free: the deck stays whole, the error says so, the edit is kept; with room again it saves`, async () => {
      rmSync(join(mount, 'deck'), { recursive: true, force: true });
      mkdirSync(join(mount, 'deck'));
      const deck = join(mount, 'deck', 'artikel.md');
      copyFileSync(ARTICLE, deck);
      const before = readFileSync(deck);
      const slide = buildDeck(before.toString('utf8')).slides[3];
      if (!slide) throw new Error('the article has no fourth slide');
      const store = await openNotesStore({ path: deck, journalDir, quietMs: 60_000, onStatus: () => undefined, onSourceChanged: () => undefined });
      const filler = fillUntil(free);
      await store.edit({ slideId: slide.id, text: 'Catatan baru untuk kelas besok.', base: slide.notes.markdown });
      const failed = await store.saveNow();
      expect(failed).toMatchObject({ state: 'error', unsaved: [slide.id] });
      expect(failed.message).toContain('artikel.md cannot be written because the disk is full; your notes are kept');
      expect(readFileSync(deck).equals(before)).toBe(true);
      expect(readdirSync(join(mount, 'deck'))).toEqual(['artikel.md']);
      expect(readdirSync(journalDir).length).toBe(1);
      rmSync(filler);
      expect(await store.saveNow()).toMatchObject({ state: 'saved', message: null });
      const after = readFileSync(deck, 'utf8');
      expect(buildDeck(after).slides.find((candidate) => candidate.id === slide.id)?.notes.markdown).toBe('Catatan baru untuk kelas besok.');
      expect(buildDeck(after).slides).toHaveLength(buildDeck(before.toString('utf8')).slides.length);
      await store.close();
    });
  }

  it('the journal on a full disk: the presenter is warned that a crash would lose the edit', async () => {
    const fullJournal = join(mount, 'journal');
    mkdirSync(fullJournal, { recursive: true });
    const deck = join(root, 'artikel.md');
    copyFileSync(ARTICLE, deck);
    const slide = buildDeck(readFileSync(deck, 'utf8')).slides[3];
    if (!slide) throw new Error('the article has no fourth slide');
    const store = await openNotesStore({ path: deck, journalDir: fullJournal, quietMs: 60_000, onStatus: () => undefined, onSourceChanged: () => undefined });
    const filler = fillUntil(0);
    const status = await store.edit({ slideId: slide.id, text: 'Catatan baru.', base: slide.notes.markdown });
    expect(status.state).toBe('unsaved');
    expect(status.message).toContain('Mimbar cannot keep a safety copy of your unsaved notes');
    expect(status.message).toContain('(the disk is full)');
    expect(await store.saveNow()).toMatchObject({ state: 'saved', message: null });
    rmSync(filler);
    await store.close();
  });
});
