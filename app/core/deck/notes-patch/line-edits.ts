/**
 * A source text as lines that keep their own line endings, so a patch can replace some lines and join
 * the rest back byte for byte (CRLF, lone CR, a missing final newline). Line numbers match the engine's:
 * the engine counts `\r\n`, `\r` and `\n` each as one line break.
 */

export interface SourceLine {
  body: string;
  /** The line ending that followed the line: `\n`, `\r\n`, `\r`, or '' for a last line without one. */
  eol: string;
}

/** Splits `text` into lines with their endings. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    lines.push({ body: text.slice(start, match.index), eol: match[0] });
    start = match.index + match[0].length;
  }
  lines.push({ body: text.slice(start), eol: '' });
  return lines;
}

/** Joins lines back into text. */
export function joinLines(lines: readonly SourceLine[]): string {
  let text = '';
  for (const line of lines) text += line.body + line.eol;
  return text;
}

/** One change of a patch: replace lines `start..end` (1-based, inclusive) with `bodies`; `end = start - 1` inserts before `start`. */
export interface LineEdit {
  start: number;
  end: number;
  bodies: string[];
}

/**
 * Applies edits that do not overlap, from the last to the first so earlier line numbers stay valid.
 * New lines end with `eol`; the last new line of a replacement keeps the ending of the line it replaces.
 */
export function applyLineEdits(text: string, edits: readonly LineEdit[], eol: string): string {
  const lines = splitLines(text);
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    const replaced = lines.slice(edit.start - 1, edit.end);
    const lastEol = replaced.length > 0 ? (replaced[replaced.length - 1] as SourceLine).eol : eol;
    const added = edit.bodies.map((body, index) => ({ body, eol: index === edit.bodies.length - 1 ? lastEol : eol }));
    // Inserting after a last line that has no line ending: that line needs one now, the new last line does not.
    const before = lines[edit.start - 2];
    if (replaced.length === 0 && edit.start > lines.length && before !== undefined) {
      before.eol = eol;
      const last = added[added.length - 1];
      if (last) last.eol = '';
    }
    lines.splice(edit.start - 1, replaced.length, ...added);
  }
  return joinLines(lines);
}
