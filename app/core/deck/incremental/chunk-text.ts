/**
 * Where a deck body may be cut into pieces lexed on their own: just before an ATX heading in column 0 that
 * follows an empty line. Such a heading ends paragraphs, lists, quotes, tables and indented code, and there
 * the guard (guard.ts) starts afresh unless it reads the line as fenced code. Cuts inside a fence as the
 * guard reads it, or inside a `::: notes` div (which may hold headings), are dropped; what else could run
 * across a cut (a fence or an HTML block left open) is checked as each piece is lexed (lex-chunks.ts).
 */

/** A piece of the body: `[start, end)`, and the line the next piece starts with. */
export interface Chunk {
  start: number;
  end: number;
  /** The first line of the next piece, with its `\n` when it has one; '' for the last piece. */
  lookahead: string;
}

/** Length of the block a block extension would read at the start of `src`, or undefined when none. */
export type BlockProbe = (src: string) => number | undefined;

const HEADING_AFTER_EMPTY_LINE = /\n\n(?=#{1,6}(?:[ \t\n]|$))/g;
// Every line where the notes-div extension could start a block (its opener is three or more colons).
const COLON_LINE = /^ {0,3}:{3,}/gm;
// The guard's own fence test (guard.ts): a fence opens on such a line and closes on one with the same
// character and at least as many of it.
const FENCE_LINE = /^ {0,3}(`{3,}|~{3,})/gm;

/** Offsets of the lines where `text` may be cut, ascending. */
export function headingCuts(text: string): number[] {
  const cuts: number[] = [];
  for (const match of text.matchAll(HEADING_AFTER_EMPTY_LINE)) cuts.push(match.index + 2);
  return cuts;
}

/** `cuts` without those inside a span, given spans in order of start. */
export function cutsOutside(cuts: number[], spans: { start: number; end: number }[]): number[] {
  const kept: number[] = [];
  let span = 0;
  let coveredUntil = 0;
  for (const cut of cuts) {
    for (; span < spans.length && (spans[span]?.start ?? Infinity) < cut; span += 1) {
      coveredUntil = Math.max(coveredUntil, spans[span]?.end ?? 0);
    }
    if (coveredUntil <= cut) kept.push(cut);
  }
  return kept;
}

/**
 * The blocks the probe reads at every colon line, in order of start. The probe sees the whole rest of the
 * text, as marked does: a div it closes is one block here too, and one it cannot close is none in either.
 */
export function colonBlockSpans(text: string, probe: BlockProbe): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(COLON_LINE)) {
    const length = probe(text.slice(match.index));
    if (length !== undefined) spans.push({ start: match.index, end: match.index + length });
  }
  return spans;
}

/** The spans the guard reads as fenced code, from the opening line to the start of the closing one. */
export function guardFenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open: { start: number; marker: string } | null = null;
  for (const match of text.matchAll(FENCE_LINE)) {
    const marker = match[1] ?? '';
    if (open === null) {
      open = { start: match.index, marker };
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length) {
      spans.push({ start: open.start, end: match.index + 1 });
      open = null;
    }
  }
  if (open !== null) spans.push({ start: open.start, end: text.length + 1 });
  return spans;
}

/** The pieces of `text` between `cuts` (ascending offsets of line starts). */
export function piecesAt(text: string, cuts: number[]): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  for (const cut of cuts) {
    const lineEnd = text.indexOf('\n', cut);
    chunks.push({ start, end: cut, lookahead: text.slice(cut, lineEnd === -1 ? text.length : lineEnd + 1) });
    start = cut;
  }
  chunks.push({ start, end: text.length, lookahead: '' });
  return chunks;
}
