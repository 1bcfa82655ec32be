/**
 * Notes edited in Mimbar and written back into a deck of another tool must read back in that tool: the
 * patch writes a slide's first notes the way its dialect reads them, and the tool's own parser (the
 * reference in tests/support/peer-decks.ts) finds them on the same slide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../app/contract/deck';
import { buildDeck } from '../../app/core/deck/build-deck';
import { applyNotesPatch } from '../../app/core/deck/notes-patch/apply-notes-patch';
import { createImportReader } from '../../app/core/files/deck-imports';
import { marpReference, revealMdReference, slidevReference, type PeerDeck } from '../support/peer-decks';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'dialects');
const NOTES = 'Tanya kelas dulu: siapa yang pernah melihat ini?\nLalu tunjukkan gambarnya.';

interface Case {
  file: string;
  dialect: string;
  /** How the new block is written. */
  written: RegExp;
  reference: (text: string, path: string) => PeerDeck | Promise<PeerDeck>;
}

const CASES: Case[] = [
  { file: 'slidev/kelas-fotosintesis.md', dialect: 'slidev', written: /^<!--\n?Tanya kelas/m, reference: (text, path) => slidevReference(text, path) },
  { file: 'marp/ekosistem.md', dialect: 'marp', written: /^<!--\n?Tanya kelas/m, reference: (text) => marpReference(text) },
  { file: 'reveal/reveal-md-deck.md', dialect: 'reveal', written: /^Note: Tanya kelas/m, reference: (text) => revealMdReference(text) },
];

function build(text: string, path: string): Deck {
  return buildDeck(text, { readImport: createImportReader(path) });
}

/** The notes the tool reads on the slide at `index` of Mimbar's shown slides (the reference also lists hidden ones). */
function referenceNotes(reference: PeerDeck, index: number): string {
  return reference.slides.filter((slide) => slide.hidden !== true)[index]?.notes.replace(/\s+/g, ' ').trim() ?? '';
}

describe('notes written back into a deck of another tool', () => {
  for (const { file, dialect, written, reference } of CASES) {
    it(`${file}: a slide without notes gets them the ${dialect} way, and ${dialect}'s own parser reads them there`, async () => {
      const path = join(FIXTURES, file);
      const source = readFileSync(path, 'utf8');
      const deck = build(source, path);
      expect(deck.meta.dialect).toBe(dialect);
      const index = deck.slides.findIndex((slide) => slide.notes.origin === 'none' && slide.notes.editable);
      expect(index).toBeGreaterThan(-1);
      const slide = deck.slides[index];
      const patched = applyNotesPatch(source, slide?.id ?? '', NOTES, (text) => build(text, path));
      expect(patched).toMatch(written);
      expect(build(patched, path).slides[index]?.notes.markdown).toBe(NOTES);
      expect(referenceNotes(await reference(patched, path), index)).toBe(NOTES.replace(/\s+/g, ' '));
    });

    it(`${file}: a slide with notes keeps their place, and ${dialect}'s own parser reads the new text`, async () => {
      const path = join(FIXTURES, file);
      const source = readFileSync(path, 'utf8');
      const deck = build(source, path);
      const index = deck.slides.findIndex((slide) => slide.notes.origin === 'explicit' && slide.notes.editable);
      expect(index).toBeGreaterThan(-1);
      const patched = applyNotesPatch(source, deck.slides[index]?.id ?? '', NOTES, (text) => build(text, path));
      expect(build(patched, path).slides[index]?.notes.markdown).toBe(NOTES);
      expect(referenceNotes(await reference(patched, path), index)).toBe(NOTES.replace(/\s+/g, ' '));
    });
  }

  it('quarto/kuliah-gempa.qmd: a slide without notes gets a `::: notes` block (Quarto has no parser that runs here)', () => {
    const path = join(FIXTURES, 'quarto/kuliah-gempa.qmd');
    const source = readFileSync(path, 'utf8');
    const deck = build(source, path);
    const index = deck.slides.findIndex((slide) => slide.notes.origin === 'none' && slide.notes.editable);
    expect(index).toBeGreaterThan(-1);
    const patched = applyNotesPatch(source, deck.slides[index]?.id ?? '', NOTES, (text) => build(text, path));
    expect(patched).toContain(`::: notes\n${NOTES}\n:::`);
    expect(build(patched, path).slides[index]?.notes.markdown).toBe(NOTES);
  });
});
