/** Top-level marked tokens with the source lines they came from. */
import type { Token } from 'marked';

/** A top-level token and its 1-based, inclusive source lines. */
export interface LocatedToken {
  token: Token;
  startLine: number;
  endLine: number;
}

/**
 * Pairs each top-level token with its source lines. marked's top-level raws concatenate back to the
 * lexed text, so lines are counted along the raws; `firstLine` is the line the lexed text starts on.
 */
export function locateTokens(tokens: Token[], firstLine: number): LocatedToken[] {
  const located: LocatedToken[] = [];
  let line = firstLine;
  for (const token of tokens) {
    const raw = token.raw;
    const leading = /^\n*/.exec(raw)?.[0].length ?? 0;
    const body = raw.slice(leading).replace(/\n+$/, '');
    const startLine = line + leading;
    if (token.type !== 'space') {
      located.push({ token, startLine, endLine: startLine + countNewlines(body) });
    }
    line += countNewlines(raw);
  }
  return located;
}

/** Number of `\n` characters in `text`. */
export function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}
