/**
 * Finds the source line a URL of a slide was written on. The deck keeps a line range per slide but
 * not per attribute, so the URL is looked up in the source text, in the spellings Markdown and HTML
 * allow for the same value (percent-encoded by marked, `&amp;` in raw HTML).
 */
import type { LineRange } from '../../contract/deck';

/** Where a URL was found: its line and the spelling the author used. */
export interface SourceSpot {
  line: number;
  spelling: string;
}

/** Looks up URLs in one deck's source; null source means lines are unknown. */
export interface LineLocator {
  /** The spot of the next occurrence of `url` in `range` (then anywhere: reference definitions), or null. */
  locate(url: string, range: LineRange): SourceSpot | null;
  /** The line of `key:` in the front matter block at the top of the source, or null. */
  locateFrontMatterKey(key: string): number | null;
}

function spellingsOf(url: string): string[] {
  const spellings = [url];
  try {
    spellings.push(decodeURI(url));
  } catch {
    // A malformed escape: the author's spelling is the value itself.
  }
  spellings.push(url.replace(/&/g, '&amp;'));
  return [...new Set(spellings)];
}

// A character that would continue a path: a match next to one is part of a longer URL (`banana.png`).
const PATH_CHAR = /[\p{L}\p{N}._~%/\\-]/u;

function isWholeAt(text: string, at: number, length: number): boolean {
  return !PATH_CHAR.test(text.charAt(at - 1)) && !PATH_CHAR.test(text.charAt(at + length));
}

function occurrences(lines: readonly string[], first: number, last: number, spelling: string): number[] {
  const found: number[] = [];
  for (let line = first; line <= last; line += 1) {
    const text = lines[line - 1] ?? '';
    for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) {
      if (isWholeAt(text, at, spelling.length)) found.push(line);
    }
  }
  return found;
}

/** A locator over `source`; repeated URLs in one slide map to successive occurrences. */
export function createLineLocator(source: string | null): LineLocator {
  const lines = source === null ? [] : source.split(/\r\n?|\n/);
  // Continued slides share a range, so occurrences are counted per range, not per slide.
  const seen = new Map<string, number>();
  return {
    locate(url, range) {
      if (source === null || url === '') return null;
      const key = `${range.start}:${range.end}\n${url}`;
      const index = seen.get(key) ?? 0;
      seen.set(key, index + 1);
      for (const [first, last] of [[range.start, range.end], [1, lines.length]] as const) {
        for (const spelling of spellingsOf(url)) {
          const found = occurrences(lines, first, last, spelling);
          if (found.length > 0) return { line: found[Math.min(index, found.length - 1)] ?? first, spelling };
        }
      }
      return null;
    },
    locateFrontMatterKey(key) {
      if (!/^---[ \t]*$/.test(lines[0] ?? '')) return null;
      for (let index = 1; index < lines.length; index += 1) {
        const text = lines[index] ?? '';
        if (/^(?:---|\.\.\.)[ \t]*$/.test(text)) return null;
        if (text.startsWith(key) && /^[ \t]*:/.test(text.slice(key.length))) return index + 1;
      }
      return null;
    },
  };
}
