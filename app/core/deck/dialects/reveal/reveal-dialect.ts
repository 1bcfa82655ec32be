/**
 * reveal.js / reveal-md decks, read by reveal's own rule: the separators are patterns on the raw text,
 * matched before any Markdown is read (revealjs.com/markdown). So `---` right under a line of text splits,
 * and so does a `---` line inside a code fence, exactly as reveal.js does. The defaults are reveal-md's:
 * `\r?\n---\r?\n` between slides, `\r?\n----\r?\n` for vertical slides, and the notes pattern reveal.js
 * really runs, `^s*notes?:` (its source loses the backslash of `\s`: an indented `Note:` stays on the
 * slide). Front matter `separator`, `verticalSeparator` and `notesSeparator` replace them, checked by
 * line-pattern.ts. Each slide's text is lexed on its own, with its exact source lines.
 */
import type { Token } from 'marked';
import type { SlideLook, ThemeName } from '../../../../contract/deck';
import type { LocatedToken } from '../../located-token';
import type { NotesBlock, SplitNotes } from '../../notes';
import type { DeckDialect, DialectInput, DialectSlide } from '../dialect';
import { applyElementAttributes } from './element-attributes';
import { compileLinePattern, findNext, LineIndex, type LinePattern, type PatternMatch } from './line-pattern';
import { ELEMENT_ATTRIBUTES, commentAttributes, slideLook, type Attribute } from './slide-attributes';

/** reveal-md's own defaults (lib/defaults.json), and the notes pattern the reveal.js plugin runs. */
export const REVEAL_MD_SEPARATORS = { separator: '\\r?\\n---\\r?\\n', verticalSeparator: '\\r?\\n----\\r?\\n', notesSeparator: '^s*notes?:' } as const;

/** reveal.js's themes, by whether they are dark (→ Mimbar's black) or light (→ white). */
const DARK_THEMES = ['black', 'league', 'night', 'blood', 'moon', 'dracula', 'black-contrast'];
const LIGHT_THEMES = ['white', 'beige', 'sky', 'serif', 'simple', 'solarized', 'white-contrast'];

/** reveal-md front matter keys (reveal-md README, "YAML Front matter" and lib/defaults.json). */
const REVEAL_MD_KEYS = [
  'separator', 'verticalSeparator', 'notesSeparator', 'revealOptions', 'highlightTheme', 'css', 'scripts', 'preprocessor',
  'template', 'listingTemplate', 'assetsDir', 'absoluteUrl', 'static', 'staticDirs', 'watch', 'disableAutoOpen',
];

/** A slide's notes after reveal's notes pattern: one token holding the text, so `notes()` finds it. */
interface RevealNotesToken {
  type: 'revealNotes';
  raw: string;
  text: string;
}

export const revealDialect: DeckDialect = {
  name: 'reveal',
  frontMatterKeys: REVEAL_MD_KEYS,
  newNotes: ['note-prefix'],
  extensions: [],
  read(input) {
    const separators = readSeparators(input);
    const slides: DialectSlide[] = [];
    const index = new LineIndex(input.body);
    for (const piece of splitPieces(index, separators)) {
      const slide = readPiece(input, index, piece, separators.notes, slides.length > 0);
      if (slide !== null) slides.push(slide);
    }
    if (index.outOfTime) input.warn('The separator patterns took too long to match: the rest of the deck was read as one slide.', null);
    return { slides, meta: readMeta(input) };
  },
  notes: revealNotes,
  finish: applyElementAttributes,
};

interface Separators {
  horizontal: LinePattern;
  vertical: LinePattern | null;
  notes: LinePattern | null;
}

/** The deck's separators: front matter over reveal-md's defaults; a refused pattern falls back on the default. */
function readSeparators(input: DialectInput): Separators {
  const pick = (key: keyof typeof REVEAL_MD_SEPARATORS, flags: string): LinePattern => {
    const given = input.frontMatter[key];
    const fallback = compileLinePattern(REVEAL_MD_SEPARATORS[key], flags);
    if (!('pattern' in fallback)) throw new Error(`reveal default ${key} does not compile`);
    if (given === undefined || given === null) return fallback.pattern;
    if (typeof given !== 'string') {
      input.warn(`Front matter \`${key}\` is not text: reveal-md's default is used.`, 1);
      return fallback.pattern;
    }
    const compiled = compileLinePattern(given, flags);
    if ('pattern' in compiled) return compiled.pattern;
    input.warn(`Front matter \`${key}\` is refused (${compiled.refused}): reveal-md's default \`${REVEAL_MD_SEPARATORS[key]}\` is used.`, 1);
    return fallback.pattern;
  };
  return { horizontal: pick('separator', 'm'), vertical: pick('verticalSeparator', 'm'), notes: pick('notesSeparator', 'mi') };
}

interface Piece {
  start: number;
  end: number;
  isVertical: boolean;
}

/**
 * The slides' text ranges, as reveal's `slidify` cuts them: the leftmost match of either separator
 * (the horizontal one on a tie, as in reveal's `separator|verticalSeparator`), then on from its end.
 */
function splitPieces(index: LineIndex, separators: Separators): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  let isVertical = false;
  let nextH: PatternMatch | null | undefined;
  let nextV: PatternMatch | null | undefined;
  for (;;) {
    // A match found earlier stays good while it starts at or after `at`; none found means none later.
    if (nextH !== null && (nextH === undefined || nextH.start < at)) nextH = findNext(index, separators.horizontal, at);
    if (separators.vertical === null) nextV = null;
    else if (nextV !== null && (nextV === undefined || nextV.start < at)) nextV = findNext(index, separators.vertical, at);
    const vertical = nextV !== null && nextV !== undefined && (nextH === null || nextH === undefined || nextV.start < nextH.start);
    const match = vertical ? nextV : nextH;
    if (match === null || match === undefined) break;
    pieces.push({ start: at, end: match.start, isVertical });
    at = match.end;
    isVertical = vertical;
  }
  pieces.push({ start: at, end: index.text.length, isVertical });
  return pieces;
}

/** One slide from its text: attributes read, notes cut by reveal's notes rule, content lexed. Null for an empty or hidden slide. */
function readPiece(input: DialectInput, index: LineIndex, piece: Piece, notesPattern: LinePattern | null, hasSlides: boolean): DialectSlide | null {
  const text = index.text.slice(piece.start, piece.end);
  if (text.trim() === '') return null;
  const lineOf = (offset: number): number => input.firstLine + index.lineAt(offset);
  const firstLine = lineOf(piece.start);
  const notes = notesPattern === null ? null : notesCut(index, notesPattern, piece, input, firstLine);
  const contentEnd = notes?.start ?? piece.end;
  const tokens = input.lex(index.text.slice(piece.start, contentEnd), firstLine);
  if (notes !== null) tokens.push(notesToken(index, notes, piece.end, lineOf));
  const attributes = readComments(input, tokens);
  const dressed = slideLook(attributes);
  for (const { text, line } of dressed.refused) input.warn(`reveal.js slide attribute ${text} is refused.`, line ?? firstLine);
  for (const { text, line } of dressed.unsupported) input.unsupported(`reveal.js slide attribute ${text} is not honoured: Mimbar shows the slide without it.`, line ?? firstLine);
  if (dressed.hidden) return null;
  const look: Partial<SlideLook> | undefined = Object.keys(dressed.look).length > 0 ? dressed.look : undefined;
  return { heading: null, tokens, isTitle: false, section: null, isVertical: piece.isVertical && hasSlides, startLine: firstLine, ...(look ? { look } : {}) };
}

/**
 * Where the notes start, by reveal's rule: the slide's text split on the notes pattern must give exactly
 * two pieces, so exactly one match. Two `Note:` lines give none, and both stay on the slide, as in
 * reveal.js (a warning says so). A match that does not start a line is not taken either: Mimbar writes
 * notes back by whole lines.
 */
function notesCut(index: LineIndex, pattern: LinePattern, piece: Piece, input: DialectInput, firstLine: number): PatternMatch | null {
  const first = findNext(index, pattern, piece.start);
  if (first === null || first.end > piece.end) return null;
  const second = findNext(index, pattern, first.end);
  if (second !== null && second.end <= piece.end) {
    input.warn('This slide has more than one notes line (`Note:`): reveal.js then takes no notes and shows them all on the slide, and so does Mimbar. Keep one `Note:` line and put all the notes after it.', firstLine + index.lineAt(first.start) - index.lineAt(piece.start));
    return null;
  }
  if (first.start !== index.starts[index.lineAt(first.start)]) return null;
  return first;
}

function notesToken(index: LineIndex, notes: PatternMatch, end: number, lineOf: (offset: number) => number): LocatedToken {
  const raw = index.text.slice(notes.start, end);
  const token: RevealNotesToken = { type: 'revealNotes', raw, text: index.text.slice(notes.end, end).trim() };
  const lastText = notes.start + raw.replace(/\s+$/, '').length;
  return { token: token as unknown as Token, startLine: lineOf(notes.start), endLine: lineOf(Math.max(notes.start, lastText - 1)) };
}

/** The `.slide:` attributes of a slide's comments (block or inline HTML), warning about `.element:` attributes Mimbar drops. */
function readComments(input: DialectInput, tokens: LocatedToken[]): Attribute[] {
  const attributes: Attribute[] = [];
  for (const item of tokens) {
    input.markdown.walkTokens([item.token], (token) => {
      if (token.type !== 'html' || !token.raw.includes('<!--')) return;
      for (const comment of comments(token.raw)) {
        const slide = commentAttributes(comment, 'slide');
        if (slide !== null) for (const attribute of slide) attributes.push({ ...attribute, line: item.startLine });
        const element = commentAttributes(comment, 'element') ?? [];
        for (const { name } of element) {
          if ((ELEMENT_ATTRIBUTES as readonly string[]).includes(name)) continue;
          if (name.startsWith('on') || name === 'style') input.warn(`reveal.js element attribute \`${name}\` is refused: Mimbar never sets it.`, item.startLine);
          else input.unsupported(`reveal.js element attribute \`${name}\` is not honoured: Mimbar sets only class, id and data-fragment-index.`, item.startLine);
        }
      }
    });
  }
  return attributes;
}

/** The insides of the complete comments in `html`, found with indexOf so an unclosed `<!--` costs one scan. */
function* comments(html: string): Generator<string> {
  let at = html.indexOf('<!--');
  while (at !== -1) {
    const end = html.indexOf('-->', at + 4);
    if (end === -1) return;
    yield html.slice(at + 4, end);
    at = html.indexOf('<!--', end + 3);
  }
}

/** Notes: reveal's notes-pattern token, `<aside class="notes">` blocks, and Mimbar's own `::: notes`. */
function revealNotes(tokens: LocatedToken[]): SplitNotes {
  const content: LocatedToken[] = [];
  const notes: NotesBlock[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const item = tokens[i] as LocatedToken;
    const { token } = item;
    const range = (last: LocatedToken): NotesBlock['range'] => ({ start: item.startLine, end: last.endLine });
    if ((token.type as string) === 'revealNotes') {
      notes.push({ markdown: String((token as unknown as RevealNotesToken).text), syntax: 'note-prefix', range: range(item), part: null });
    } else if (token.type === 'notesDiv') {
      notes.push({ markdown: String((token as { text?: unknown }).text ?? '').trim(), syntax: 'fenced-div', range: range(item), part: null });
    } else if (token.type === 'html' && /^ {0,3}<aside\b[^>]*\bclass\s*=\s*["']?[^"'>]*\bnotes\b/i.test(token.raw)) {
      let end = i;
      while (end < tokens.length - 1 && !/<\/aside\s*>/i.test((tokens[end] as LocatedToken).token.raw)) end += 1;
      const raw = tokens.slice(i, end + 1).map((t) => t.token.raw).join('\n\n');
      const inner = raw.replace(/^\s*<aside\b[^>]*>/i, '').replace(/<\/aside\s*>[\s\S]*$/i, '');
      notes.push({ markdown: inner.trim(), syntax: 'aside', range: range(tokens[end] as LocatedToken), part: null });
      i = end;
    } else {
      content.push(item);
    }
  }
  return { content, notes };
}

/** Theme and slide numbers from reveal-md's front matter; what it loads (css, scripts) is a notice. */
function readMeta(input: DialectInput): { theme: ThemeName; slideNumber?: boolean } {
  const fm = input.frontMatter;
  const options = fm.revealOptions !== null && typeof fm.revealOptions === 'object' && !Array.isArray(fm.revealOptions) ? (fm.revealOptions as Record<string, unknown>) : {};
  const themeValue = typeof fm.theme === 'string' ? fm.theme : typeof options.theme === 'string' ? options.theme : null;
  const theme = themeOf(themeValue);
  if (themeValue !== null && theme === null) input.unsupported(`reveal-md theme \`${themeValue.slice(0, 60)}\` is not one of reveal.js's themes: Mimbar uses its black theme.`, 1);
  for (const key of ['css', 'scripts', 'preprocessor', 'template', 'highlightTheme']) {
    if (key in fm) input.unsupported(`reveal-md \`${key}\` is not loaded: Mimbar draws the deck with its own theme and runs no deck script.`, 1);
  }
  const ignored = Object.keys(options).filter((key) => key !== 'slideNumber' && key !== 'theme');
  if (ignored.length > 0) input.unsupported(`revealOptions ${ignored.slice(0, 8).map((key) => `\`${key}\``).join(', ')} are not honoured: Mimbar uses its own reveal.js settings.`, 1);
  const slideNumber = typeof options.slideNumber === 'boolean' ? options.slideNumber : undefined;
  return { theme: theme ?? 'black', ...(slideNumber !== undefined ? { slideNumber } : {}) };
}

/** Mimbar's theme for a reveal.js theme name (a path or URL to a theme file gives null). */
export function themeOf(name: string | null): ThemeName | null {
  if (name === null) return null;
  const base = name.trim().toLowerCase();
  if (DARK_THEMES.includes(base)) return base === 'black-contrast' ? 'black-contrast' : 'black';
  if (LIGHT_THEMES.includes(base)) return base === 'white-contrast' ? 'white-contrast' : 'white';
  return null;
}
