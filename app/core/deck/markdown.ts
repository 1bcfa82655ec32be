/**
 * The one Markdown instance of the engine: a local `new Marked()` (never the global `marked`, whose
 * options are shared by every importer), GFM on, with a block extension for Quarto-style `::: notes`
 * fenced divs, math (`math/`) and code fences drawn as highlighted code or diagrams (`fenced-code.ts`).
 */
import { Marked, type MarkedExtension, type Token, type TokenizerExtension, type RendererExtension, type Tokens } from 'marked';
import { fencedCode } from './fenced-code';
import { mathSyntax } from './math/math-syntax';
import { attachReport, RenderReport } from './render-report';

/** A `::: notes` … `:::` block (also `::: {.notes}`), lexed as one token. */
export interface NotesDivToken extends Tokens.Generic {
  type: 'notesDiv';
  raw: string;
  text: string;
}

const notesDiv: TokenizerExtension & RendererExtension = {
  name: 'notesDiv',
  level: 'block',
  // Where a notes div could interrupt the paragraph being read. Only the paragraph itself is searched
  // (up to its first blank line): searching the whole rest of the file each time would be quadratic.
  start(src) {
    const end = src.search(/\n[ \t]*\n/);
    const match = /^ {0,3}:{3,}/m.exec(end === -1 ? src : src.slice(0, end));
    return match?.index;
  },
  tokenizer(src) {
    const match = /^ {0,3}(:{3,})[ \t]*(?:notes|\{\s*\.notes\s*\})[ \t]*\n([\s\S]*?)\n {0,3}\1[ \t]*(?=\n|$)/.exec(src);
    if (match === null) return undefined;
    const token: NotesDivToken = { type: 'notesDiv', raw: match[0], text: match[2] ?? '' };
    return token;
  },
  renderer() {
    return '';
  },
};

/** Creates the engine's Marked instance, with a dialect's extensions (slot markers, pauses, fenced divs) after Mimbar's own. */
export function createMarkdown(extensions: readonly MarkedExtension[] = []): Marked {
  const markdown = new Marked({ gfm: true, breaks: false, async: false });
  const report = new RenderReport();
  attachReport(markdown, report);
  markdown.use({ extensions: [notesDiv] }, mathSyntax(report), fencedCode(report), ...extensions);
  return markdown;
}

/** Renders block tokens to HTML (not sanitized). */
export function renderTokens(markdown: Marked, tokens: Token[]): string {
  return markdown.parser(tokens);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** Plain text of an HTML fragment: tags dropped, block ends as line breaks, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(?:br|hr)\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|li|h[1-6]|div|tr|blockquote|pre|aside|section)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*|#39);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), whole);
      if (name.startsWith('#') && name !== '#39') return safeCodePoint(parseInt(name.slice(1), 10), whole);
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Text made safe to put inside HTML the engine writes itself (titles, author, agenda). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
