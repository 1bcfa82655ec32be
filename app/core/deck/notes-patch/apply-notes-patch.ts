/**
 * Writes one slide's edited notes back into the Markdown source as a patch: only that slide's notes
 * blocks change, every other byte stays. A slide that had explicit notes keeps its syntax when the text
 * fits it; otherwise, and for a slide whose notes were derived from prose or empty, the notes go in at the
 * end of the slide's section the way its dialect writes them (`DeckDialect.newNotes`): for Mimbar's own
 * an HTML comment (`<!-- notes: … -->`), which other tools read as notes and Markdown viewers hide. Every candidate patch is parsed again and kept only if the slide reads back
 * exactly the edited notes and every other slide is unchanged; if none does, nothing is written.
 */
import type { Deck, Slide } from '../../../contract/deck';
import { buildDeck, type DeckOfText } from '../build-deck';
import { DIALECT_MODULES } from '../dialects';
import { newBlockLines, sameSyntaxLines } from './notes-block-text';
import { applyLineEdits, splitLines, type LineEdit } from './line-edits';

export type NotesPatchErrorCode = 'no-slide' | 'not-editable' | 'unsafe';

/** Why notes could not be written into the source; the message is one sentence for the user. */
export class NotesPatchError extends Error {
  readonly code: NotesPatchErrorCode;
  constructor(code: NotesPatchErrorCode, message: string) {
    super(message);
    this.name = 'NotesPatchError';
    this.code = code;
  }
}

/**
 * The form notes are stored in: line breaks as `\n`, no blank lines or spaces around. Every notes syntax
 * trims its text, so this is what reads back from the file.
 */
export function normalizeNotes(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * Every slide's notes (Markdown) by slide id: what an editor shows, and what `applyNotesPatch` compares to.
 * `deckOf` builds the deck (default: a full build).
 */
export function readNotes(source: string, deckOf: DeckOfText = buildDeck): Map<string, string> {
  return new Map(deckOf(source).slides.map((slide) => [slide.id, slide.notes.markdown]));
}

/**
 * Returns `source` with the notes of slide `slideId` replaced by `notes`. Unchanged notes return
 * `source` itself. `source` is the decoded text without a byte order mark. `deckOf` builds the source and
 * every candidate (default: full builds; the notes store passes its `DeckBuilder`'s, which remembers them).
 */
export function applyNotesPatch(source: string, slideId: string, notes: string, deckOf: DeckOfText = buildDeck): string {
  const text = normalizeNotes(notes);
  const deck = deckOf(source);
  const slide = deck.slides.find((candidate) => candidate.id === slideId);
  if (!slide) throw new NotesPatchError('no-slide', `The slide "${slideId}" is not in the file any more.`);
  if (!slide.notes.editable) throw new NotesPatchError('not-editable', `The notes of "${slide.title}" cannot be stored in the file (the slide is made from front matter or could not be shown).`);
  if (slide.notes.markdown === text) return source;

  for (const edits of candidatePatches(source, deck, slide, text)) {
    const patched = applyLineEdits(source, edits, deck.meta.eol);
    if (readsBack(deck, deckOf(patched), slideId, text)) return patched;
  }
  throw new NotesPatchError('unsafe', `The notes of "${slide.title}" could not be written into the file without changing other slides.`);
}

/** The patches to try, best first. */
function* candidatePatches(source: string, deck: Deck, slide: Slide, text: string): Generator<LineEdit[]> {
  const lines = splitLines(source);
  const lineAt = (n: number): string => lines[n - 1]?.body ?? '';
  const part = slide.part?.n ?? 1;
  const [first, ...others] = slide.notes.blocks;
  const removals: LineEdit[] = others.map((block) => removal(block.start, block.end, lineAt));
  // The deck's own ways of writing notes, each block once.
  const blocks = (DIALECT_MODULES[deck.meta.dialect].newNotes ?? ['comment']).map((form) => newBlockLines(text, part, form)).filter((block): block is string[] => block !== null);

  if (first) {
    const style = { syntax: first.syntax, firstLine: lineAt(first.start), lastLine: lineAt(first.end) };
    const replace = (bodies: string[]): LineEdit[] => [{ start: first.start, end: first.end, bodies }, ...removals];
    if (text === '') yield [removal(first.start, first.end, lineAt), ...removals];
    const same = sameSyntaxLines(text, style, part);
    if (same) yield replace(same);
    for (const block of blocks) yield replace(block);
    return;
  }
  // No explicit notes yet: a new comment at the end of the section, after the last line of its content
  // (before a `Note:` block, which runs to the end of the slide and would swallow it).
  const section = deck.slides.filter((candidate) => candidate.range.start === slide.range.start);
  const prefixStart = section.flatMap((candidate) => candidate.notes.blocks).find((candidate) => candidate.syntax === 'note-prefix')?.start;
  const after = prefixStart !== undefined ? prefixStart - 1 : slide.range.end;
  for (const block of blocks) yield [insertion(after, block, lineAt)];
}

/** Inserts `block` after line `after`, with a blank line before it and, when text follows directly, after it. */
function insertion(after: number, block: string[], lineAt: (n: number) => string): LineEdit {
  const bodies = lineAt(after).trim() === '' ? [...block] : ['', ...block];
  if (lineAt(after + 1).trim() !== '') bodies.push('');
  return { start: after + 1, end: after, bodies };
}

/** Removes lines `start..end` and the blank line above them, so no gap is left behind. */
function removal(start: number, end: number, lineAt: (n: number) => string): LineEdit {
  const from = start > 1 && lineAt(start - 1).trim() === '' ? start - 1 : start;
  return { start: from, end, bodies: [] };
}

/** True when `after` differs from `before` only in the notes of `slideId`, which read `text`. */
function readsBack(before: Deck, after: Deck, slideId: string, text: string): boolean {
  if (after.slides.length !== before.slides.length) return false;
  return after.slides.every((slide, index) => {
    const old = before.slides[index] as Slide;
    if (slide.id !== old.id || slide.html !== old.html || slide.title !== old.title) return false;
    if (slide.id === slideId) return slide.notes.markdown === text && (text !== '' || slide.notes.origin !== 'derived');
    return slide.notes.markdown === old.notes.markdown && slide.notes.origin === old.notes.origin;
  });
}
