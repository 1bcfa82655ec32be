/**
 * The Pandoc syntax Quarto decks are written in, as marked extensions: `{#id .class key="value"}`
 * attributes on headings, `:::` fenced divs (nestable; `::: notes` is left to Mimbar's own notes
 * extension), `. . .` pauses and `[text]{.class}` spans. Divs render to Mimbar's HTML: columns as
 * `mimbar-columns` / `mimbar-column mimbar-w-N`, `.fragment` as a fragment, `.incremental` lists as one
 * fragment per item. Only plain classes, `data-fragment-index` and the column width are ever emitted.
 */
import type { MarkedExtension, RendererThis, Token, TokenizerThis, Tokens } from 'marked';
import { escapeHtml } from '../../markdown';
import { percent, plainClasses, widthClass } from '../look-values';

/** Pandoc attributes: `#id`, `.class`, `key=value` (quoted or not). */
export interface PandocAttributes {
  id: string | null;
  classes: string[];
  values: Record<string, string>;
}

const MAX_ATTRIBUTES = 400;
/** Deeper `:::` nesting is not read as divs (it would make lexing quadratic). */
const MAX_DIV_DEPTH = 16;
/** A div longer than this is not read as one: an unclosed `:::` then costs each later opener a bounded scan, not the rest of the file. */
const MAX_DIV_LINES = 1000;

/** Reads `{…}`'s inside. Anything unreadable is skipped. */
export function parseAttributes(text: string): PandocAttributes {
  const attributes: PandocAttributes = { id: null, classes: [], values: Object.create(null) as Record<string, string> };
  const pattern = /#([\w-]+)|\.([\w-]+)|([\w-]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))|(\S)/g;
  for (const match of text.slice(0, MAX_ATTRIBUTES).matchAll(pattern)) {
    if (match[1] !== undefined) attributes.id = match[1];
    else if (match[2] !== undefined) attributes.classes.push(match[2]);
    else if (match[3] !== undefined) attributes.values[match[3].toLowerCase()] = match[4] ?? match[5] ?? match[6] ?? '';
  }
  return attributes;
}

export interface QuartoDivToken extends Tokens.Generic {
  type: 'quartoDiv';
  raw: string;
  attributes: PandocAttributes;
  tokens: Token[];
}

export interface QuartoSpanToken extends Tokens.Generic {
  type: 'quartoSpan';
  raw: string;
  attributes: PandocAttributes;
  tokens: Token[];
}

export interface QuartoPauseToken extends Tokens.Generic {
  type: 'quartoPause';
  raw: string;
}

/** A heading with Pandoc attributes: an ordinary heading token (text without the `{…}`) that keeps them. */
export interface AttributedHeading extends Tokens.Heading {
  attributes?: PandocAttributes;
}

/** A list whose items are fragments (`.incremental`, or `incremental: true`). */
export interface IncrementalList extends Tokens.List {
  mimbarIncremental?: boolean;
}

const OPEN = /^ {0,3}(:{3,})[ \t]*(\{[^}\n]{0,400}\}|[A-Za-z][\w-]{0,63})[ \t]*$/;
const CLOSE = /^ {0,3}:{3,}[ \t]*$/;

/** Where a paragraph being read could be interrupted by `pattern`: only the paragraph itself is searched (see markdown.ts). */
function startIn(src: string, pattern: RegExp): number | undefined {
  const end = src.search(/\n[ \t]*\n/);
  return pattern.exec(end === -1 ? src : src.slice(0, end))?.index;
}

const fencedDiv = {
  name: 'quartoDiv',
  level: 'block' as const,
  start: (src: string) => startIn(src, /^ {0,3}:{3,}/m),
  tokenizer(this: TokenizerThis, src: string): QuartoDivToken | undefined {
    const firstEnd = src.indexOf('\n');
    const first = firstEnd === -1 ? src : src.slice(0, firstEnd);
    const open = OPEN.exec(first);
    if (open === null) return undefined;
    const spec = open[2] ?? '';
    const attributes = spec.startsWith('{') ? parseAttributes(spec.slice(1, -1)) : { id: null, classes: [spec], values: Object.create(null) as Record<string, string> };
    // `::: notes` is Mimbar's notes block (markdown.ts), read by its own extension.
    if (attributes.classes.includes('notes')) return undefined;
    let depth = 1;
    let at = firstEnd === -1 ? src.length : firstEnd + 1;
    for (let lines = 0; at < src.length && lines < MAX_DIV_LINES; lines += 1) {
      const next = src.indexOf('\n', at);
      const line = next === -1 ? src.slice(at) : src.slice(at, next);
      if (CLOSE.test(line)) depth -= 1;
      else if (OPEN.test(line)) depth += 1;
      if (depth > MAX_DIV_DEPTH) return undefined;
      if (depth === 0) {
        const end = next === -1 ? src.length : next + 1;
        const inner = src.slice(firstEnd + 1, at);
        const token: QuartoDivToken = { type: 'quartoDiv', raw: src.slice(0, end), attributes, tokens: [] };
        this.lexer.blockTokens(inner, token.tokens);
        if (attributes.classes.includes('incremental')) markIncremental(token.tokens, true);
        return token;
      }
      if (next === -1) break;
      at = next + 1;
    }
    return undefined;
  },
  renderer(this: RendererThis, token: Tokens.Generic): string {
    const { attributes, tokens } = token as QuartoDivToken;
    const inner = this.parser.parse(tokens);
    const classes = attributes.classes;
    if (classes.includes('columns')) return `<div class="mimbar-columns">\n${inner}</div>\n`;
    if (classes.includes('column')) {
      const width = percent(attributes.values.width ?? '');
      return `<div class="mimbar-column${width === null ? '' : ` ${widthClass(width)}`}">\n${inner}</div>\n`;
    }
    const kept = plainClasses(classes.filter((name) => name !== 'incremental' && name !== 'nonincremental'));
    if (kept.length === 0) return inner;
    return `<div${classAttribute(kept)}${indexAttribute(attributes)}>\n${inner}</div>\n`;
  },
};

/** Marks the lists among `tokens` (and in the divs among them, but not `.nonincremental` ones) as incremental or not. */
export function markIncremental(tokens: Token[], on: boolean): void {
  for (const token of tokens) {
    if (token.type === 'list') (token as IncrementalList).mimbarIncremental ??= on;
    if (token.type === 'quartoDiv') {
      const classes = (token as QuartoDivToken).attributes.classes;
      markIncremental((token as QuartoDivToken).tokens, classes.includes('nonincremental') ? false : classes.includes('incremental') ? true : on);
    }
  }
}

const incrementalList = {
  name: 'list',
  renderer(this: RendererThis, token: Tokens.Generic): string | false {
    const list = token as IncrementalList;
    if (list.mimbarIncremental !== true) return false;
    const tag = list.ordered ? 'ol' : 'ul';
    const start = list.ordered && list.start !== 1 && list.start !== '' ? ` start="${Number(list.start)}"` : '';
    const items = list.items.map((item) => `<li class="fragment">${this.parser.parse(item.tokens)}</li>\n`).join('');
    return `<${tag}${start}>\n${items}</${tag}>\n`;
  },
};

const pause = {
  name: 'quartoPause',
  level: 'block' as const,
  start: (src: string) => startIn(src, /^ {0,3}\. \. \.[ \t]*$/m),
  tokenizer(src: string): QuartoPauseToken | undefined {
    const match = /^ {0,3}\. \. \.[ \t]*(?:\n|$)/.exec(src);
    return match === null ? undefined : { type: 'quartoPause', raw: match[0] };
  },
  renderer: (): string => '',
};

const span = {
  name: 'quartoSpan',
  level: 'inline' as const,
  start: (src: string) => {
    const at = src.indexOf('[');
    return at === -1 ? undefined : at;
  },
  tokenizer(this: TokenizerThis, src: string): QuartoSpanToken | undefined {
    const match = /^\[([^\][\n]{0,500})\]\{([^}\n]{0,400})\}/.exec(src);
    if (match === null) return undefined;
    const token: QuartoSpanToken = { type: 'quartoSpan', raw: match[0], attributes: parseAttributes(match[2] ?? ''), tokens: [] };
    this.lexer.inlineTokens(match[1] ?? '', token.tokens);
    return token;
  },
  renderer(this: RendererThis, token: Tokens.Generic): string {
    const { attributes, tokens } = token as QuartoSpanToken;
    const inner = this.parser.parseInline(tokens);
    const classes = plainClasses(attributes.classes);
    return classes.length === 0 ? inner : `<span${classAttribute(classes)}${indexAttribute(attributes)}>${inner}</span>`;
  },
};

const headingAttributes = {
  name: 'quartoHeading',
  level: 'block' as const,
  tokenizer(this: TokenizerThis, src: string): AttributedHeading | undefined {
    const match = /^ {0,3}(#{1,6})(?:[ \t]+([^\n]*?))?[ \t]*\{([^}\n]{0,400})\}[ \t]*(?:\n+|$)/.exec(src);
    if (match === null) return undefined;
    const text = (match[2] ?? '').replace(/[ \t]+#+$/, '').trim();
    const token: AttributedHeading = { type: 'heading', raw: match[0], depth: (match[1] ?? '#').length, text, tokens: [], attributes: parseAttributes(match[3] ?? '') };
    this.lexer.inline(text, token.tokens);
    return token;
  },
};

function classAttribute(classes: readonly string[]): string {
  return ` class="${escapeHtml(classes.join(' '))}"`;
}

function indexAttribute(attributes: PandocAttributes): string {
  const index = attributes.values['fragment-index'];
  return index !== undefined && /^\d{1,4}$/.test(index) && attributes.classes.includes('fragment') ? ` data-fragment-index="${index}"` : '';
}

/** Every extension, in the order marked should try them (later ones first). */
export const QUARTO_EXTENSIONS: readonly MarkedExtension[] = [{ extensions: [fencedDiv, pause, span, headingAttributes, incrementalList] }];
