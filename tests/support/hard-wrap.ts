/** Hard-wrapping Markdown the way books and course notes in repositories are written. */

/** Breaks every paragraph and list item at word boundaries before `width` columns; headings stay whole. */
export function hardWrap(markdown: string, width = 78): string {
  return markdown.split('\n').map((line) => {
    if (line.length <= width || /^(#|---|\s*$)/.test(line)) return line;
    const indent = /^(\s*(?:[-*]|\d+\.)\s+)/.exec(line)?.[1] ?? '';
    const hanging = ' '.repeat(indent.length);
    const out: string[] = [];
    let current = indent;
    for (const word of line.slice(indent.length).split(' ')) {
      if (current.trim() !== '' && current.length + word.length + 1 > width) {
        out.push(current.trimEnd());
        current = hanging;
      }
      current += current.trim() === '' ? word : ` ${word}`;
    }
    out.push(current.trimEnd());
    return out.join('\n');
  }).join('\n');
}
