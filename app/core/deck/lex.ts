/**
 * Lexing that cannot take the deck down: the text is first guarded (see guard.ts); if marked still
 * throws (a stack overflow on input the guard did not foresee), the text is lexed again block by block
 * and only the blocks that throw are replaced by hazard sentinels.
 */
import type { Marked, Token } from 'marked';
import { guardMarkdown, hazardSentinel, type Hazard } from './guard';

export interface LexResult {
  tokens: Token[];
  hazards: Hazard[];
}

/**
 * Lexes `text` (LF line endings) with `markdown`, never throwing. `firstIndex`: the index of the first
 * hazard found here, when hazards of other pieces come before it.
 */
export function lexSafely(markdown: Marked, text: string, firstIndex = 0): LexResult {
  const guarded = guardMarkdown(text, firstIndex);
  try {
    return { tokens: markdown.lexer(guarded.text), hazards: guarded.hazards };
  } catch (error) {
    return lexByBlocks(markdown, guarded.text, guarded.hazards, error, firstIndex);
  }
}

function lexByBlocks(markdown: Marked, text: string, hazards: Hazard[], error: unknown, firstIndex: number): LexResult {
  const tokens: Token[] = [];
  let line = 1;
  for (const piece of text.split(/(\n[ \t]*\n+)/)) {
    if (/^\n[ \t]*\n+$/.test(piece)) {
      tokens.push({ type: 'space', raw: piece });
    } else if (piece.length > 0) {
      try {
        tokens.push(...markdown.lexer(piece));
      } catch {
        hazards.push({ line, reason: `it could not be parsed (${error instanceof Error ? error.name : 'error'})` });
        const sentinel = hazardSentinel(firstIndex + hazards.length - 1);
        // Keep the line count of the block so later source lines stay right.
        tokens.push({ type: 'paragraph', raw: sentinel + '\n'.repeat(countLines(piece)), text: sentinel, tokens: [] });
      }
    }
    line += countLines(piece);
  }
  return { tokens, hazards };
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}
