/**
 * Slidev's notes rule (sli.dev/guide/syntax#notes): only the LAST HTML comment of a slide is its
 * presenter note, and only when nothing but blank lines follows it. Earlier comments stay in the content,
 * where they render as HTML comments and show nothing. A `notes:` prefix, which Mimbar writes when it
 * stores new notes, is read off again so that stored notes read back as written.
 */
import type { Tokens } from 'marked';
import { COMMENT_NOTES_PREFIX, unescapeCommentText } from '../../comment-text';
import type { LocatedToken } from '../../located-token';
import { countNewlines } from '../../located-token';
import type { SplitNotes } from '../../notes';

export function slidevNotes(tokens: LocatedToken[]): SplitNotes {
  const last = tokens[tokens.length - 1];
  if (last === undefined || last.token.type !== 'html') return { content: tokens, notes: [] };
  const raw = last.token.raw.replace(/\s+$/, '');
  const found = endingComment(raw);
  if (found === null) return { content: tokens, notes: [] };
  const inner = found.inner.trim();
  const part = Number(COMMENT_NOTES_PREFIX.exec(inner)?.[1] ?? 1);
  const markdown = unescapeCommentText(inner.replace(COMMENT_NOTES_PREFIX, '')).trim();
  const noteLine = last.startLine + countNewlines(raw.slice(0, found.lineStart));
  const note = { markdown, syntax: 'html-comment' as const, range: { start: noteLine, end: last.endLine }, part: part > 1 ? part : null };
  const content = tokens.slice(0, -1);
  if (found.lineStart > 0) {
    // An HTML block that ends with the comment on lines of its own: the lines before it stay content.
    const before = raw.slice(0, found.lineStart);
    const token: Tokens.HTML = { type: 'html', raw: before, text: before, block: true, pre: false };
    content.push({ token, startLine: last.startLine, endLine: noteLine - 1 });
  }
  return { content, notes: [note] };
}

/**
 * The comment that ends `raw`, as Slidev finds comments (each `<!--` to the next `-->`), when it starts a
 * line of its own, so that its source lines are the note's alone; null otherwise. `lineStart`: where its
 * line starts in `raw`.
 */
function endingComment(raw: string): { inner: string; lineStart: number } | null {
  if (!raw.endsWith('-->')) return null;
  let last: RegExpExecArray | null = null;
  for (const match of raw.matchAll(/<!--([\s\S]*?)-->/g)) last = match;
  if (last === null || last.index + last[0].length !== raw.length) return null;
  const lineStart = raw.lastIndexOf('\n', last.index - 1) + 1;
  if (raw.slice(lineStart, last.index).trim() !== '') return null;
  return { inner: last[1] ?? '', lineStart };
}
