/**
 * Slidev splits a deck on its text lines, not on Markdown tokens (sli.dev/guide/syntax, and the way
 * @slidev/parser reads a file): every line that starts with `---` outside a backtick code fence and
 * outside an HTML comment ends a slide. Such a line followed by a non-blank line opens the next slide's
 * front matter, which runs to the next line that is exactly `---`. Without front matter, a slide may
 * open with a ```yaml block instead ("block frontmatter"). These rules are followed as the tool applies
 * them, so a deck splits here where it splits in Slidev (a setext `---` underline splits too).
 */

/** One slide's lines as Slidev cuts them: its front matter (if any) and its content. */
export interface SlideLines {
  /** The front matter's YAML text, or null when the slide has none. */
  frontMatter: string | null;
  /** Source line the front matter text starts on (its first YAML line). */
  frontMatterLine: number;
  /** Whether the front matter came from a ```yaml block rather than `---` lines. */
  isYamlBlock: boolean;
  content: string;
  /** Source line `content` starts on. */
  contentLine: number;
  /** The line of the slide's opening `---`, or where its content starts when it has none. */
  startLine: number;
  /** Front matter opened but never closed: read as content. */
  unclosed: boolean;
}

/**
 * Splits `text` (LF endings), whose first line is source line `firstLine`. `hasHead`: the text follows a
 * head front matter the caller already read, which is the first slide's (so the first slide exists even
 * when nothing comes before the first `---`).
 */
export function splitSlideLines(text: string, firstLine: number, hasHead: boolean): SlideLines[] {
  const lines = text.split('\n');
  const slides: SlideLines[] = [];
  // Where the current slide's raw text starts (-1: in the head front matter), and its parts.
  let start = hasHead ? -1 : 0;
  let contentStart = 0;
  let frontMatter: { from: number; to: number } | null = null;
  let unclosed = false;
  let inComment = false;
  const close = (end: number): void => {
    if (start === end) return;
    slides.push(makeSlide(lines, firstLine, start, frontMatter, contentStart, end, unclosed));
    start = end + 1;
    contentStart = end + 1;
    frontMatter = null;
    unclosed = false;
  };
  for (let i = 0; i < lines.length; i += 1) {
    const rawLine = lines[i] ?? '';
    const line = rawLine.trimEnd();
    if (inComment) {
      inComment = advanceComment(rawLine, true);
      continue;
    }
    if (line.startsWith('---')) {
      close(i);
      const next = lines[i + 1];
      if (line[3] !== '-' && next !== undefined && next.trim() !== '') {
        start = i;
        let end = i + 1;
        while (end < lines.length && (lines[end] ?? '').trimEnd() !== '---') end += 1;
        if (end < lines.length) {
          frontMatter = { from: i + 1, to: end - 1 };
          contentStart = end + 1;
          i = end;
        } else {
          // Never closed: as in Slidev, the rest of the file is this one slide, read here as its text.
          unclosed = true;
          contentStart = i + 1;
          i = lines.length;
        }
      }
    } else if (line.trimStart().startsWith('```')) {
      const fence = /^\s*`+/.exec(line)?.[0] ?? '```';
      let end = i + 1;
      while (end < lines.length && !(lines[end] ?? '').startsWith(fence)) end += 1;
      // An unclosed fence hides nothing: Slidev goes on reading the next line.
      if (end < lines.length) i = end;
    } else {
      inComment = advanceComment(rawLine, false);
    }
  }
  if (start <= lines.length - 1) close(lines.length);
  return slides;
}

function makeSlide(lines: string[], firstLine: number, start: number, frontMatter: { from: number; to: number } | null, contentStart: number, end: number, unclosed: boolean): SlideLines {
  const slide: SlideLines = {
    frontMatter: frontMatter === null ? null : lines.slice(frontMatter.from, frontMatter.to + 1).join('\n'),
    frontMatterLine: firstLine + (frontMatter?.from ?? 0),
    isYamlBlock: false,
    content: lines.slice(contentStart, end).join('\n'),
    contentLine: firstLine + contentStart,
    startLine: firstLine + Math.max(0, start),
    unclosed,
  };
  return slide.frontMatter === null && start >= 0 ? withYamlBlock(slide) : slide;
}

/** A slide without front matter whose text opens with a ```yaml block: that block is its front matter. */
function withYamlBlock(slide: SlideLines): SlideLines {
  const lines = slide.content.split('\n');
  let open = 0;
  while (open < lines.length && (lines[open] ?? '').trim() === '') open += 1;
  if (!/^\s*```ya?ml\s*$/.test(lines[open] ?? '')) return slide;
  let close = open + 1;
  while (close < lines.length && !/^\s*```\s*$/.test(lines[close] ?? '')) close += 1;
  if (close >= lines.length) return slide;
  return {
    ...slide,
    frontMatter: lines.slice(open + 1, close).join('\n'),
    frontMatterLine: slide.contentLine + open + 1,
    isYamlBlock: true,
    content: lines.slice(close + 1).join('\n'),
    contentLine: slide.contentLine + close + 1,
  };
}

/** Whether an HTML comment is still open after `line`, given whether one was open before it. */
function advanceComment(line: string, isOpen: boolean): boolean {
  let cursor = 0;
  let open = isOpen;
  while (cursor < line.length) {
    if (open) {
      const end = line.indexOf('-->', cursor);
      if (end < 0) return true;
      open = false;
      cursor = end + 3;
    } else {
      const begin = line.indexOf('<!--', cursor);
      if (begin < 0) return false;
      const end = line.indexOf('-->', begin + 4);
      if (end < 0) return true;
      cursor = end + 3;
    }
  }
  return open;
}
