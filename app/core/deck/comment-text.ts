/**
 * Notes text inside an HTML comment. A comment ends at the first `-->`, so notes that contain one are
 * written with it escaped, reversibly: `-->` becomes `--&gt;`, and a `--&gt;` already in the notes
 * becomes `--&amp;gt;` (one more `amp;` each time), so reading gives back exactly what was written.
 * Rendered as Markdown, an escaped and an unescaped arrow look the same.
 */

/** The marker that starts notes in a comment: `notes:`, or `notes part 2:` for part 2 of a continued slide. */
export const COMMENT_NOTES_PREFIX = /^notes?(?:[ \t]+part[ \t]+(\d{1,4}))?[ \t]*:[ \t]*/i;

/** Escapes notes text for the inside of an HTML comment. */
export function escapeCommentText(text: string): string {
  return text.replace(/--(>|&(?:amp;)*gt;)/g, (_whole, tail: string) => (tail === '>' ? '--&gt;' : `--&amp;${tail.slice(1)}`));
}

/** Reverses `escapeCommentText`. */
export function unescapeCommentText(text: string): string {
  return text.replace(/--&((?:amp;)*)gt;/g, (_whole, amps: string) => (amps === '' ? '-->' : `--&${amps.slice(4)}gt;`));
}
