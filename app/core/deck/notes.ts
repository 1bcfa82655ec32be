/**
 * Separates a slide's presenter notes from its content. The rule, applied to top-level tokens only (so
 * nothing inside a code fence, list or quote is ever taken as notes):
 * - a paragraph that starts with `Note:` or `Notes:` (any case) starts notes that run to the end of
 *   the slide (reveal-md);
 * - an HTML comment block `<!-- … -->` is notes (Marp, Slidev), with an optional `notes:` prefix
 *   removed (`notes part 2:` gives the notes of part 2 of a continued slide, as Mimbar writes them);
 *   comments that start with `.slide:` or `.element:` are reveal directives and are dropped;
 * - `<aside class="notes">` … `</aside>` is notes (reveal.js);
 * - a `::: notes` … `:::` fenced div (also `::: {.notes}`) is notes (Quarto).
 */
import type { LineRange, NotesSyntax } from '../../contract/deck';
import type { LocatedToken } from './located-token';
import { COMMENT_NOTES_PREFIX, unescapeCommentText } from './comment-text';

export interface NotesBlock {
  markdown: string;
  syntax: NotesSyntax;
  range: LineRange;
  /** Part of a continued slide these notes belong to (`notes part 2:`), or null for the first part. */
  part: number | null;
}

export interface SplitNotes {
  content: LocatedToken[];
  notes: NotesBlock[];
}

const NOTE_PREFIX = /^ {0,3}notes?:[ \t]*/i;

/** Splits the tokens of one slide into content and notes blocks. */
export function extractNotes(tokens: LocatedToken[]): SplitNotes {
  const content: LocatedToken[] = [];
  const notes: NotesBlock[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const item = tokens[i] as LocatedToken;
    const { token } = item;
    if (token.type === 'notesDiv') {
      notes.push({ markdown: dedent(String(token.text)), syntax: 'fenced-div', range: rangeOf(item, item), part: null });
    } else if (token.type === 'paragraph' && NOTE_PREFIX.test(token.raw)) {
      const rest = tokens.slice(i);
      const markdown = rest.map((t) => t.token.raw.trim()).join('\n\n').replace(NOTE_PREFIX, '');
      notes.push({ markdown: markdown.trim(), syntax: 'note-prefix', range: rangeOf(item, rest[rest.length - 1] ?? item), part: null });
      break;
    } else if (token.type === 'html' && isComment(token.raw)) {
      const inner = token.raw.trim().slice(4, -3).trim();
      if (/^\.(slide|element):/.test(inner)) continue;
      const part = Number(COMMENT_NOTES_PREFIX.exec(inner)?.[1] ?? 1);
      const markdown = unescapeCommentText(inner.replace(COMMENT_NOTES_PREFIX, '')).trim();
      notes.push({ markdown, syntax: 'html-comment', range: rangeOf(item, item), part: part > 1 ? part : null });
    } else if (token.type === 'html' && /^ {0,3}<aside\b[^>]*\bclass\s*=\s*["']?[^"'>]*\bnotes\b/i.test(token.raw)) {
      let end = i;
      while (end < tokens.length - 1 && !/<\/aside\s*>/i.test((tokens[end] as LocatedToken).token.raw)) end += 1;
      const raw = tokens.slice(i, end + 1).map((t) => t.token.raw).join('\n\n');
      const inner = raw.replace(/^\s*<aside\b[^>]*>/i, '').replace(/<\/aside\s*>[\s\S]*$/i, '');
      notes.push({ markdown: dedent(inner).trim(), syntax: 'aside', range: rangeOf(item, tokens[end] as LocatedToken), part: null });
      i = end;
    } else {
      content.push(item);
    }
  }
  return { content, notes };
}

/** True for an HTML block that is exactly one comment. */
function isComment(raw: string): boolean {
  const trimmed = raw.trim();
  return trimmed.startsWith('<!--') && trimmed.endsWith('-->') && trimmed.indexOf('-->') === trimmed.length - 3;
}

function rangeOf(first: LocatedToken, last: LocatedToken): LineRange {
  return { start: first.startLine, end: last.endLine };
}

function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut)).join('\n');
}
