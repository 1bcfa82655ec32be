/**
 * Quarto revealjs decks (quarto.org/docs/presentations/revealjs/): a title slide from the front matter's
 * `title`, then a slide at every heading of `slide-level` (2 by default) or above (a `#` heading over
 * `##` slides is a section title slide) and at every horizontal rule. Heading attributes dress the slide
 * (`background-color`, `background-image`, `background-size`, classes); `::: notes` holds the notes;
 * fenced divs, `. . .` pauses, spans and incremental lists are read by quarto-syntax.ts. The body is
 * lexed whole, once, with those extensions.
 */
import type { Token, Tokens } from 'marked';
import type { SlideLook, ThemeName } from '../../../../contract/deck';
import type { LocatedToken } from '../../located-token';
import type { NotesBlock, SplitNotes } from '../../notes';
import type { DeckDialect, DialectInput, DialectSlide } from '../dialect';
import { cssColor, plainClasses } from '../look-values';
import { imageSrcProblem } from '../reveal/image-src';
import { QUARTO_EXTENSIONS, markIncremental, type AttributedHeading, type PandocAttributes, type QuartoDivToken, type QuartoSpanToken } from './quarto-syntax';

/** Quarto's common front matter keys (quarto.org/docs/reference/formats/presentations/revealjs.html). */
const QUARTO_KEYS = [
  'title', 'subtitle', 'author', 'date', 'institute', 'format', 'execute', 'jupyter', 'knitr', 'engine', 'editor', 'filters',
  'bibliography', 'csl', 'citation', 'abstract', 'description', 'keywords', 'categories', 'toc', 'toc-depth', 'toc-title',
  'number-sections', 'slide-level', 'slide-number', 'incremental', 'footer', 'logo', 'css', 'lang', 'date-format', 'params',
  'title-slide-attributes', 'self-contained', 'embed-resources', 'highlight-style', 'code-fold', 'echo', 'warning', 'freeze',
];

/** Quarto's dark reveal.js themes (quarto.org/docs/presentations/revealjs/themes.html); the others are light. */
const DARK_THEMES = ['dark', 'night', 'moon', 'blood', 'league', 'dracula', 'black'];
const LIGHT_THEMES = ['default', 'white', 'beige', 'serif', 'simple', 'sky', 'solarized'];

export const quartoDialect: DeckDialect = {
  name: 'quarto',
  frontMatterKeys: QUARTO_KEYS,
  newNotes: ['fenced-div'],
  extensions: QUARTO_EXTENSIONS,
  read(input) {
    const options = revealjsOptions(input.frontMatter);
    const slideLevel = positiveInteger(options['slide-level'] ?? input.frontMatter['slide-level']) ?? 2;
    const tokens = input.tokens();
    markIncremental(tokens.map((item) => item.token), (options.incremental ?? input.frontMatter.incremental) === true);
    const slides: DialectSlide[] = [];
    if (typeof input.frontMatter.title === 'string' && input.frontMatter.title.trim() !== '') {
      slides.push({ heading: null, tokens: [], isTitle: true, section: null, isVertical: false, startLine: 1, fromSettings: true });
    }
    let current: DialectSlide | null = null;
    let hidden = false;
    const close = (): void => {
      if (current !== null && !hidden && (current.tokens.length > 0 || current.look !== undefined)) slides.push(withPauses(current));
      current = null;
      hidden = false;
    };
    for (const item of tokens) {
      const { token } = item;
      if (token.type === 'heading' && (token as Tokens.Heading).depth <= slideLevel) {
        close();
        const heading = token as AttributedHeading;
        const dressed = heading.attributes ? headingLook(input, heading.attributes, item.startLine) : { look: undefined, hidden: false };
        hidden = dressed.hidden;
        current = { heading: null, tokens: heading.text.trim() === '' ? [] : [item], isTitle: false, section: null, isVertical: false, startLine: item.startLine, ...(dressed.look ? { look: dressed.look } : {}) };
        continue;
      }
      if (token.type === 'hr') {
        close();
        current = { heading: null, tokens: [], isTitle: false, section: null, isVertical: false, startLine: item.endLine + 1 };
        continue;
      }
      current ??= { heading: null, tokens: [], isTitle: false, section: null, isVertical: false, startLine: item.startLine };
      current.tokens.push(item);
      checkInside(input, token, item.startLine);
    }
    close();
    const footer = typeof options.footer === 'string' ? options.footer.trim().slice(0, 300) : '';
    // Quarto's `footer` is inline Markdown on every slide; the views sanitize it like slide HTML.
    if (footer !== '') {
      const html = input.markdown.parseInline(footer) as string;
      for (const slide of slides) if (!slide.isTitle) slide.look = { ...slide.look, footer: html };
    }
    for (const key of ['include-in-header', 'include-before-body', 'include-after-body', 'css', 'logo', 'transition', 'background-transition', 'chalkboard', 'multiplex']) {
      if (key in options) input.unsupported(`Quarto \`${key}\` is not honoured: Mimbar draws the deck with its own theme and loads nothing the deck names.`, 1);
    }
    return { slides, meta: readMeta(input, options) };
  },
  notes: quartoNotes,
  finish: (html) => html.replace(/(<img\b[^<>]{0,2000}>)\{[^}\n<]{0,400}\}/g, '$1'),
};

/** `format: revealjs:`'s options (an empty object when the format is a plain `revealjs`). */
function revealjsOptions(frontMatter: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const format = frontMatter.format;
  if (format === null || typeof format !== 'object' || Array.isArray(format)) return {};
  const revealjs = (format as Record<string, unknown>).revealjs;
  return revealjs !== null && typeof revealjs === 'object' && !Array.isArray(revealjs) ? (revealjs as Record<string, unknown>) : {};
}

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6 ? value : null;
}

/** The look a slide heading's attributes give; frames, videos, handlers and styles are refused. */
function headingLook(input: DialectInput, attributes: PandocAttributes, line: number): { look: Partial<SlideLook> | undefined; hidden: boolean } {
  const look: Partial<SlideLook> = {};
  let image: string | null = null;
  let fit: 'cover' | 'contain' = 'cover';
  let hidden = false;
  for (const [name, value] of Object.entries(attributes.values)) {
    if (name.startsWith('on') || name === 'style' || name === 'background-iframe' || name === 'background-video' || name === 'data-background-iframe' || name === 'data-background-video') {
      input.warn(`Quarto slide attribute \`${name}\` is refused: Mimbar never sets it.`, line);
    } else if (name === 'background-color' || name === 'data-background-color') {
      const colour = cssColor(value);
      if (colour === null) input.warn(`Quarto slide attribute \`${name}="${value.slice(0, 60)}"\` is refused: it is not a colour.`, line);
      else look.backgroundColor = colour;
    } else if (name === 'background-image' || name === 'data-background-image' || name === 'background') {
      const colour = name === 'background' ? cssColor(value) : null;
      const problem = imageSrcProblem(value);
      if (colour !== null) look.backgroundColor = colour;
      else if (problem === null) image = value.trim();
      else input.warn(`Quarto slide attribute \`${name}="${value.slice(0, 60)}"\` is refused: ${problem}.`, line);
    } else if (name === 'background-size' || name === 'data-background-size') {
      if (value === 'contain' || value === 'cover') fit = value;
      else input.unsupported(`Quarto \`background-size="${value.slice(0, 40)}"\` is not honoured: Mimbar covers the slide.`, line);
    } else if (name === 'visibility' && value === 'hidden') {
      hidden = true;
    } else {
      input.unsupported(`Quarto slide attribute \`${name}\` is not honoured: Mimbar shows the slide without it.`, line);
    }
  }
  const classes = plainClasses(attributes.classes);
  if (classes.length > 0) look.classes = classes;
  if (attributes.id !== null) input.unsupported('A Quarto slide `#id` is not kept: Mimbar names its slides from their titles.', line);
  if (image !== null) look.backgroundImages = [{ src: image, fit }];
  return { look: Object.keys(look).length > 0 ? look : undefined, hidden };
}

/** Warnings for what a slide's divs and spans carry that Mimbar drops. */
function checkInside(input: DialectInput, token: Token, line: number): void {
  input.markdown.walkTokens([token], (inner) => {
    if (inner.type !== 'quartoDiv' && inner.type !== 'quartoSpan') return;
    const attributes = (inner as QuartoDivToken | QuartoSpanToken).attributes;
    for (const name of Object.keys(attributes.values)) {
      if (name === 'width' || name === 'fragment-index') continue;
      if (name.startsWith('on') || name === 'style') input.warn(`Quarto attribute \`${name}\` is refused: Mimbar never sets it.`, line);
      else input.unsupported(`Quarto attribute \`${name}\` is not honoured.`, line);
    }
    for (const name of attributes.classes) {
      if (/^r-(?:stack|stretch|fit-text|hstack|vstack|frame)$/.test(name)) input.unsupported(`Quarto layout class \`.${name}\` is not honoured: Mimbar fits the slide itself.`, line);
    }
  });
  if (token.type === 'paragraph' && /\]\([^)\n]*\)\{[^}\n]*\.r-stretch/.test(token.raw)) {
    input.unsupported('Quarto `{.r-stretch}` on an image is not honoured: Mimbar fits images to the slide itself.', line);
  }
}

/**
 * Quarto's `. . .`: what follows each pause, up to the next, is one fragment. The tokens after a pause
 * become one div token (its lines the pause's to its last token's); notes stay out of it.
 */
function withPauses(slide: DialectSlide): DialectSlide {
  if (!slide.tokens.some((item) => item.token.type === 'quartoPause')) return slide;
  const tokens: LocatedToken[] = [];
  let group: LocatedToken[] | null = null;
  let pauseAt: LocatedToken | null = null;
  const flush = (): void => {
    if (group !== null && pauseAt !== null && group.length > 0) {
      const last = group[group.length - 1] as LocatedToken;
      const token: QuartoDivToken = {
        type: 'quartoDiv',
        raw: group.map((item) => item.token.raw).join(''),
        attributes: { id: null, classes: ['fragment'], values: {} },
        tokens: group.map((item) => item.token),
      };
      tokens.push({ token: token as Token, startLine: pauseAt.startLine, endLine: last.endLine });
    }
    group = null;
  };
  const notes: LocatedToken[] = [];
  for (const item of slide.tokens) {
    if (item.token.type === 'quartoPause') {
      flush();
      group = [];
      pauseAt = item;
    } else if (item.token.type === 'notesDiv') {
      notes.push(item);
    } else if (group !== null) {
      group.push(item);
    } else {
      tokens.push(item);
    }
  }
  flush();
  return { ...slide, tokens: [...tokens, ...notes] };
}

/** Notes: `::: notes` divs (Mimbar's notesDiv token). Quarto takes nothing else as notes. */
function quartoNotes(tokens: LocatedToken[]): SplitNotes {
  const content: LocatedToken[] = [];
  const notes: NotesBlock[] = [];
  for (const item of tokens) {
    if (item.token.type === 'notesDiv') {
      notes.push({ markdown: dedent(String((item.token as { text?: unknown }).text ?? '')), syntax: 'fenced-div', range: { start: item.startLine, end: item.endLine }, part: null });
    } else {
      content.push(item);
    }
  }
  return { content, notes };
}

function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut)).join('\n');
}

function readMeta(input: DialectInput, options: Record<string, unknown>): { theme: ThemeName; slideNumber?: boolean } {
  const given = Array.isArray(options.theme) ? options.theme.find((item) => typeof item === 'string') : options.theme;
  let theme: ThemeName = 'white';
  if (typeof given === 'string') {
    const name = given.trim().toLowerCase();
    if (DARK_THEMES.includes(name)) theme = 'black';
    else if (!LIGHT_THEMES.includes(name)) input.unsupported(`Quarto theme \`${given.slice(0, 60)}\` is not one of Quarto's themes: Mimbar uses its white theme.`, 1);
  }
  const slideNumber = options['slide-number'] ?? input.frontMatter['slide-number'];
  return { theme, ...(typeof slideNumber === 'boolean' ? { slideNumber } : {}) };
}
