/**
 * Lexes a deck body piece by piece (cuts from chunk-text.ts), remembering each piece's located tokens by
 * its text, so an edit lexes again only the pieces it touched. Each piece is guarded on its own (the guard
 * starts afresh at every cut) and lexed with the first line of the next piece appended; it is kept only
 * when marked ends on exactly that line, as a heading: nothing left open (a fence, an HTML comment) ran
 * across the cut. Where that fails, the rest of the body is one piece. The result equals `lexSafely` on
 * the whole body, located. The whole body is lexed instead (`lexSafely` itself) when one piece could
 * change another, or hazard numbers are at stake: a link reference definition (`[x]: url`, any `]:` in
 * the text), a guard hazard anywhere, or a Marked instance with block extensions besides the notes div.
 */
import type { Marked, Token, TokensList } from 'marked';
import type { LocatedLex } from '../build-deck';
import { guardMarkdown } from '../guard';
import { lexSafely } from '../lex';
import { countNewlines, locateTokens, type LocatedToken } from '../located-token';
import { colonBlockSpans, cutsOutside, guardFenceSpans, headingCuts, piecesAt, type BlockProbe } from './chunk-text';
import { detach, RoundCache } from './round-cache';

export interface ChunkedLex {
  lexed: LocatedLex;
  /** The tokens are those of one plain `marked` lex of the body (not lexSafely's block-by-block rescue). */
  isExact: boolean;
  /** The body's link reference definitions, as a key ('' when there are none). */
  linksKey: string;
  /** Pieces lexed in this call, and pieces taken from the cache. */
  piecesLexed: number;
  piecesReused: number;
}

/** A lexed piece: its tokens located from line 0, and the number of lines it spans. */
interface Piece {
  located: LocatedToken[];
  newlines: number;
}

/** A piece, or why it cannot be one: marked ran across the cut, or the guard found a hazard in it. */
type Lexed = Piece | 'uncut' | 'hazard';

/** Lexes bodies in pieces, remembering the pieces of the last few calls (one call is one round). */
export class ChunkLexer {
  // Piece text, then the line after it, to the piece.
  private readonly pieces: RoundCache<Map<string, Lexed>>;

  constructor(keepRounds: number) {
    this.pieces = new RoundCache(keepRounds);
  }

  /** The located tokens and hazards of `body` (starting on `firstLine`), as `lexSafely` and `locateTokens` give them. */
  lex(markdown: Marked, body: string, firstLine: number): ChunkedLex {
    const probe = notesDivProbe(markdown);
    if (probe === null || body.includes(']:')) return lexWhole(markdown, body, firstLine);
    const spans = [...guardFenceSpans(body), ...colonBlockSpans(body, probe)].sort((a, b) => a.start - b.start);
    const counts = { piecesLexed: 0, piecesReused: 0 };
    const located: LocatedToken[] = [];
    let line = firstLine;
    try {
      for (const chunk of piecesAt(body, cutsOutside(headingCuts(body), spans))) {
        let piece = this.piece(markdown, body.slice(chunk.start, chunk.end), chunk.lookahead, counts);
        const isRest = piece === 'uncut';
        if (isRest) piece = this.piece(markdown, body.slice(chunk.start), '', counts);
        if (piece === 'uncut' || piece === 'hazard') return lexWhole(markdown, body, firstLine);
        for (const item of piece.located) located.push({ token: item.token, startLine: item.startLine + line, endLine: item.endLine + line });
        line += piece.newlines;
        if (isRest) break;
      }
    } catch {
      // marked threw on a piece (the guard missed something) or a piece broke an assumption: do as lexSafely does.
      return lexWhole(markdown, body, firstLine);
    }
    return { lexed: { located, hazards: [] }, isExact: true, linksKey: '', ...counts };
  }

  /** Ends a round: pieces not used in the last few rounds are forgotten. */
  endRound(): void {
    this.pieces.endRound();
  }

  private piece(markdown: Marked, text: string, lookahead: string, counts: { piecesLexed: number; piecesReused: number }): Lexed {
    let byLookahead = this.pieces.get(text);
    const cached = byLookahead?.get(lookahead);
    if (cached !== undefined) {
      counts.piecesReused += 1;
      return cached;
    }
    counts.piecesLexed += 1;
    const piece = lexPiece(markdown, text, lookahead);
    if (byLookahead === undefined) {
      byLookahead = new Map();
      this.pieces.set(text, byLookahead);
    }
    byLookahead.set(detach(lookahead), piece);
    return piece;
  }
}

function lexPiece(markdown: Marked, text: string, lookahead: string): Lexed {
  if (guardMarkdown(text).hazards.length > 0) return 'hazard';
  // A copy, so the tokens' strings (views into what was lexed) hold only this piece alive.
  const lexed = markdown.lexer(detach(text + lookahead));
  if (Object.keys(lexed.links).length > 0) throw new Error('a piece defined a link reference');
  const tokens: Token[] = [...lexed];
  if (lookahead !== '') {
    const last = tokens.pop();
    if (last?.type !== 'heading' || last.raw !== lookahead) return 'uncut';
  }
  // Source lines are counted along the raws, so they must give back the piece exactly.
  let length = 0;
  for (const token of tokens) length += token.raw.length;
  if (length !== text.length) {
    if (lookahead === '') throw new Error("a piece's raws do not add up to its text");
    return 'uncut';
  }
  return { located: locateTokens(tokens, 0), newlines: countNewlines(text) };
}

function lexWhole(markdown: Marked, body: string, firstLine: number): ChunkedLex {
  const { tokens, hazards } = lexSafely(markdown, body);
  // lexSafely's block-by-block rescue returns a plain array, without marked's `links`.
  const links = (tokens as Partial<TokensList>).links;
  return {
    lexed: { located: locateTokens(tokens, firstLine), hazards },
    isExact: links !== undefined,
    linksKey: links === undefined ? '' : linksKey(links),
    piecesLexed: 1,
    piecesReused: 0,
  };
}

function linksKey(links: TokensList['links']): string {
  const entries = Object.entries(links);
  return entries.length === 0 ? '' : JSON.stringify(entries.map(([label, link]) => [label, link.href ?? null, link.title ?? null]));
}

/**
 * The extensions a cut may be made beside: the notes div (probed for), and math, which never spans a
 * blank line, so never a cut (a cut is a heading after an empty line). Any other extension lexes whole.
 */
const CUT_SAFE_EXTENSIONS = new Set(['notesDiv', 'mathBlock', 'mathInline']);

/**
 * How far the notes-div extension reads at the start of a text, or null when the Marked instance has
 * block extensions chunk-text.ts does not know (their blocks could run across a cut).
 */

function notesDivProbe(markdown: Marked): BlockProbe | null {
  const extensions = markdown.defaults.extensions;
  const names = Object.keys(extensions?.renderers ?? {});
  // Marked puts each new block tokenizer first: the notes div, registered first, is the last.
  const tokenizer = extensions?.block?.[extensions.block.length - 1];
  const blockCount = names.filter((name) => name !== 'mathInline').length;
  if (tokenizer === undefined || names[0] !== 'notesDiv' || names.some((name) => !CUT_SAFE_EXTENSIONS.has(name)) || extensions?.block?.length !== blockCount) return null;
  return (src) => tokenizer.call({ lexer: undefined as never }, src, [])?.raw.length;
}
