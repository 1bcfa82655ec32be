/**
 * The source lines of one notes block, in each syntax the engine reads. Only the HTML comment can
 * hold any text (its `-->` escaped); the other syntaxes are tried first only to keep the syntax a
 * slide already uses, and the patch checks the result reads back before keeping it.
 */
import type { NotesSyntax } from '../../../contract/deck';
import { escapeCommentText } from '../comment-text';
import type { NewNotesForm } from '../dialects/dialect';

/** How an existing block was written, so a rewrite keeps its look. */
export interface BlockStyle {
  syntax: NotesSyntax;
  /** The first source line of the block. */
  firstLine: string;
  /** The last source line of the block. */
  lastLine: string;
}

/** Lines of an HTML comment holding `text`; `part` > 1 marks the notes of that part of a continued slide. */
export function commentLines(text: string, part: number, withPrefix = true): string[] {
  const prefix = withPrefix || part > 1 ? `notes${part > 1 ? ` part ${part}` : ''}:` : '';
  const escaped = escapeCommentText(text);
  if (!escaped.includes('\n')) return [`<!-- ${prefix}${prefix && escaped ? ' ' : ''}${escaped} -->`];
  return [`<!--${prefix ? ` ${prefix}` : ''}`, ...escaped.split('\n'), '-->'];
}

/** Lines of a new notes block holding `text`, written the dialect's way (`NewNotesForm`); null when the form cannot hold it. */
export function newBlockLines(text: string, part: number, form: NewNotesForm): string[] | null {
  const lines = text === '' ? [] : text.split('\n');
  switch (form) {
    case 'comment':
      return commentLines(text, part);
    case 'comment-plain':
      return part > 1 ? null : commentLines(text, part, false);
    case 'note-prefix':
      return part > 1 || lines.length === 0 ? null : [`Note: ${lines[0] ?? ''}`, ...lines.slice(1)];
    case 'fenced-div':
      return part > 1 ? null : ['::: notes', ...lines, ':::'];
  }
}

/** Lines that rewrite a block in its own syntax and look, or null when that syntax cannot be kept. */
export function sameSyntaxLines(text: string, style: BlockStyle, part: number): string[] | null {
  const lines = text === '' ? [] : text.split('\n');
  switch (style.syntax) {
    case 'html-comment':
      return commentLines(text, part, /^\s*<!--\s*notes?\b/i.test(style.firstLine));
    case 'note-prefix': {
      const marker = /^ {0,3}notes?:/i.exec(style.firstLine)?.[0] ?? 'Note:';
      if (lines.length === 0) return null;
      return [`${marker} ${lines[0] ?? ''}`, ...lines.slice(1)];
    }
    case 'aside': {
      const open = /^\s*<aside\b[^>]*>/i.exec(style.firstLine)?.[0].trim() ?? '<aside class="notes">';
      return [open, ...lines, '</aside>'];
    }
    case 'fenced-div':
      return [style.firstLine, ...lines, style.lastLine];
  }
}
