/**
 * Splits highlighted HTML into one string per source line with balanced spans. highlight.js keeps a
 * multi-line comment or string in one span across line breaks; each line needs its own markup so it can
 * be numbered, highlighted or dimmed alone, so a span open at a line break is closed there and opened
 * again on the next line.
 */

// highlight.js writes only escaped text, `<span class="…">` and `</span>`.
const PIECE = /<span class="([^"<>]*)">|<\/span>|[^<]+|</g;

/** The lines of `html` (highlight.js output), each with its open spans closed and reopened. */
export function splitHighlightedLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let line = '';
  for (const match of html.matchAll(PIECE)) {
    const [piece, spanClass] = match;
    if (spanClass !== undefined) {
      open.push(spanClass);
      line += piece;
    } else if (piece === '</span>') {
      if (open.length > 0) {
        open.pop();
        line += piece;
      }
    } else if (piece === '<') {
      // Not written by highlight.js; kept as text rather than markup.
      line += '&lt;';
    } else {
      const parts = piece.split('\n');
      line += parts[0] ?? '';
      for (const part of parts.slice(1)) {
        lines.push(line + '</span>'.repeat(open.length));
        line = open.map((name) => `<span class="${name}">`).join('') + part;
      }
    }
  }
  lines.push(line + '</span>'.repeat(open.length));
  return lines;
}

/** `text` as HTML text: the code of a language Mimbar does not highlight. */
export function escapeCode(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
