/**
 * The deck pipeline: front matter → guarded tokens (a local Marked instance) → slides split on tokens →
 * notes extracted → condensed and fitted into parts → HTML (not sanitized; the renderer sanitizes at
 * the DOM) → plain `Deck` data with source lines for every slide and notes block.
 */
import type { Marked, Tokens } from 'marked';
import { PLAIN_LOOK, type Deck, type DeckMeta, type DeckStyle, type DeckWarning, type Slide, type SlideLook, type SlideNotes } from '../../contract/deck';
import { BudgetExceeded, isOverBudget, MAX_CHARS, MAX_UNITS, packUnits, renderPart, toUnits, type Unit } from './fit';
import { readHazardSentinel, type Hazard } from './guard';
import { lexSafely } from './lex';
import { locateTokens, type LocatedToken } from './located-token';
import { agendaSlides } from './agenda';
import { cueRulesFor, type CueRules } from './cue-rules';
import { detectLanguage } from './detect-lang';
import { createMarkdown, escapeHtml, htmlToText } from './markdown';
import type { NotesBlock } from './notes';
import { prepareText, type PreparedText } from './prepare-text';
import { detectStyle, type RawSlide } from './split-slides';
import { DIALECT_MODULES } from './dialects';
import type { DeckDialect, DialectInput, DialectSlide } from './dialects/dialect';
import { titleLines, type TitleFields } from './title-lines';
import { IdAllocator } from './slide-ids';
import { reportOf } from './render-report';

export interface BuildOptions {
  /** Whether the file started with a UTF-8 BOM (already stripped from `text`). */
  hasBom?: boolean;
  /** Title to use when the deck names none (e.g. the file name). */
  fallbackTitle?: string;
  /** Time budget for rendering slides, in ms: slides not reached by then show a placeholder. */
  budgetMs?: number;
  /** The day `date: today` on the title slide stands for (default: now). */
  today?: Date;
  /** Reads a file the deck imports (Slidev `src:`), relative to the deck's folder and confined to it; see `DialectInput`. */
  readImport?: DialectInput['readImport'];
}

/** Default rendering budget: far above what a real deck needs (5,000 slides render in well under 1 s). */
export const DEFAULT_BUDGET_MS = 10_000;

/** What slide building reads and appends to; one per build. */
export interface SlideContext {
  markdown: Marked;
  meta: DeckMeta;
  /** Hands out slide ids in deck order. */
  ids: IdAllocator;
  hazards: Hazard[];
  warnings: DeckWarning[];
  /** The deck language's rules for cue bullets. */
  rules: CueRules;
  /** The title slide's lines under the title (subtitle, author, institute, date), as HTML. */
  titleLines: string;
  /** The title as the front matter writes it, which the title slide shows over its `#` heading; null when none. */
  frontMatterTitle: string | null;
  /** The rules the deck is read with: its notes and its HTML's last touches. */
  dialect: DeckDialect;
}

/** Builds the slides of one raw slide; `late` makes it a placeholder. The incremental builder swaps in a cached one. */
export type SlideBuilder = (context: SlideContext, raw: RawSlide, late: Hazard | null, deadline: number) => Slide[];

/** Builds the deck of a text: `buildDeck` itself, or a `DeckBuilder`'s `build`, which remembers recent texts. */
export type DeckOfText = (text: string) => Deck;

/** Turns Markdown text into plain deck data. Never throws for bad Markdown: bad parts become warnings. */
export function buildDeck(text: string, options: BuildOptions = {}): Deck {
  const source = prepareText(text, options);
  const markdown = createMarkdown(DIALECT_MODULES[source.detected.dialect].extensions);
  let lexed: LocatedLex | null = null;
  const whole = (): LocatedLex => {
    if (lexed === null) {
      const { tokens, hazards } = lexSafely(markdown, source.body);
      lexed = { located: locateTokens(tokens, source.firstLine), hazards };
    }
    return lexed;
  };
  return assembleDeck(source, markdown, whole, options);
}

/** What the incremental builder changes in `assembleDeck`: how one raw slide is built, and the id allocator. */
export interface AssembleHooks {
  build?: SlideBuilder;
  ids?: SlideContext['ids'];
}

/** The body's top-level tokens with their source lines, and the hazards the guard replaced. */
export interface LocatedLex {
  located: LocatedToken[];
  hazards: Hazard[];
}

/**
 * Everything after the text is prepared: the dialect reads the body into raw slides (lexing it whole
 * through `whole`, or in pieces), the slides are built in order within the budget, then placed.
 */
export function assembleDeck(source: PreparedText, markdown: Marked, whole: () => LocatedLex, options: BuildOptions, hooks: AssembleHooks = {}): Deck {
  const build = hooks.build ?? buildSlides;
  const { frontMatter, firstLine } = source;
  const fm = frontMatter.data;
  const hazards: Hazard[] = [];
  let wholeTokens: LocatedToken[] | null = null;
  const tokens = (): LocatedToken[] => {
    if (wholeTokens === null) {
      // Sentinels are numbered in lexing order: after pieces already lexed, the body is lexed afresh as one more piece.
      if (hazards.length > 0) return (wholeTokens = lex(source.body, firstLine));
      const lexed = whole();
      for (const hazard of lexed.hazards) hazards.push({ line: hazard.line + frontMatter.lineCount, reason: hazard.reason });
      wholeTokens = lexed.located;
    }
    return wholeTokens;
  };
  const lex = (text: string, pieceLine: number): LocatedToken[] => {
    const result = lexSafely(markdown, text, hazards.length);
    for (const hazard of result.hazards) hazards.push({ line: hazard.line + pieceLine - 1, reason: hazard.reason });
    return locateTokens(result.tokens, pieceLine);
  };
  const { dialect, style } = settleDialect(source, tokens);
  const warnings: DeckWarning[] = frontMatter.warnings.map((warning) => ({ slide: null, ...warning, kind: 'front-matter' }));
  const input: DialectInput = {
    body: source.body,
    firstLine,
    frontMatter: frontMatter.raw,
    settings: fm,
    tokens,
    markdown,
    lex,
    warn: (message, line) => warnings.push({ slide: null, message, line }),
    unsupported: (message, line) => warnings.push({ slide: null, message, line, kind: 'dialect' }),
    readImport: options.readImport ?? null,
  };
  const read = dialect.read(input);
  const rawSlides = read.slides;
  const isOwn = dialect.name === 'article' || dialect.name === 'mimbar';
  const meta: DeckMeta = {
    title: fm.title ?? read.meta?.title ?? '',
    author: fm.author ?? read.meta?.author ?? null,
    // A deck that names no language is told by its words (an Indonesian chapter is not English).
    lang: fm.lang ?? read.meta?.lang ?? detectLanguage(source.body) ?? 'en',
    theme: (isOwn ? fm.theme : undefined) ?? read.meta?.theme ?? 'black',
    style,
    dialect: dialect.name,
    dialectReason: source.detected.reason,
    slideLevel: fm.slideLevel ?? 2,
    condense: style === 'article' && (fm.condense ?? true),
    slideNumber: fm.slideNumber ?? read.meta?.slideNumber ?? true,
    durationSeconds: fm.durationSeconds ?? null,
    hasBom: source.hasBom,
    eol: source.eol,
  };
  const fields: TitleFields = { subtitle: fm.subtitle ?? null, author: meta.author, institute: fm.institute ?? null, date: fm.date ?? null };
  const context: SlideContext = {
    markdown,
    meta,
    dialect,
    ids: hooks.ids ?? new IdAllocator(),
    hazards,
    warnings,
    rules: cueRulesFor(meta.lang),
    titleLines: titleLines(markdown, fields, meta.lang, options.today ?? new Date()),
    frontMatterTitle: fm.title || null,
  };

  if (meta.title === '') {
    // The first slide heading (article), else the first heading anywhere (deck style), else the file name.
    const heading = rawSlides.find((slide) => slide.heading !== null)?.heading ?? rawSlides.flatMap((slide) => slide.tokens).find((item) => item.token.type === 'heading');
    meta.title = heading ? inlineText(markdown, (heading.token as Tokens.Heading).text) : (options.fallbackTitle ?? 'Untitled');
  }
  const slides: Slide[] = [];
  // Where the agenda goes: right after the title slide, or first when there is none.
  let afterTitle = 0;
  if (style === 'article' && fm.title !== undefined && !rawSlides.some((slide) => slide.isTitle)) {
    const title = titleSlide(context, frontMatter.lineCount);
    slides.push(title);
    // A formula in the front matter's title or subtitle that cannot be typeset: reported at line 1.
    for (const problem of reportOf(markdown).take()) warnings.push({ slide: title.id, message: problem.message, line: 1, kind: problem.kind });
    afterTitle = slides.length;
  }
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const deadline = performance.now() + budgetMs;
  for (const raw of rawSlides) {
    const late = performance.now() > deadline ? { line: raw.startLine, reason: `the deck took longer than ${budgetMs} ms to build` } : null;
    // Not `push(...parts)`: a section split into 100,000 parts would overflow the call stack.
    for (const slide of build(context, raw, late, deadline)) slides.push(slide);
    if (raw.isTitle) afterTitle = slides.length;
  }
  if (style === 'article' && (fm.agenda ?? meta.condense)) slides.splice(afterTitle, 0, ...agendaSlides(context, slides, rawSlides));
  placeSlides(slides);
  numberPages(slides);
  return { meta, slides, warnings };
}

/**
 * The deck's dialect module and style. A deck that names no other tool is Mimbar's: an article, unless
 * front matter `style: deck` or a `---` separator makes it a deck (`dialect: article` is always an article).
 */
function settleDialect(source: PreparedText, tokens: () => LocatedToken[]): { dialect: DeckDialect; style: DeckStyle } {
  const named = source.detected.dialect;
  if (named === 'article') return { dialect: DIALECT_MODULES.article, style: 'article' };
  if (named !== 'mimbar') return { dialect: DIALECT_MODULES[named], style: 'deck' };
  const style = source.frontMatter.data.style ?? detectStyle(tokens());
  return { dialect: style === 'article' ? DIALECT_MODULES.article : DIALECT_MODULES.mimbar, style };
}

/** Fills in the page numbers of slides that show one (a dialect's `paginate`): their place in the deck, from 1. */
function numberPages(slides: Slide[]): void {
  for (const [index, slide] of slides.entries()) {
    if (slide.look.pageNumber !== null) slide.look = { ...slide.look, pageNumber: index + 1 };
  }
}

/** A title slide made from front matter, for articles that have no `#` heading. */
function titleSlide(context: SlideContext, frontMatterLines: number): Slide {
  const { meta, markdown } = context;
  return {
    id: context.ids.next(meta.title),
    title: meta.title,
    section: null,
    html: `<h1>${markdown.parseInline(meta.title) as string}</h1>\n${context.titleLines}`,
    // Made from front matter: there is no place in the source to write its notes.
    notes: noNotes(false),
    h: 0,
    v: 0,
    range: { start: 1, end: Math.max(1, frontMatterLines) },
    part: null,
    isPlaceholder: false,
    look: PLAIN_LOOK,
  };
}

/** Builds the slide (or continued slides) of one raw slide; `late` makes it a placeholder. */
export function buildSlides(context: SlideContext, raw: DialectSlide, late: Hazard | null, deadline: number): Slide[] {
  const { markdown, meta, dialect } = context;
  // Whatever rendering outside a slide left in the report (a title rendered for a slug) is not this slide's.
  reportOf(markdown).take();
  const heading = raw.heading?.token as Tokens.Heading | undefined;
  const { content, notes } = dialect.notes(raw.tokens);
  const title = rawSlideTitle(context, raw, content);
  const id = context.ids.next(title);
  const lastLine = Math.max(raw.tokens[raw.tokens.length - 1]?.endLine ?? 0, ...(raw.folded ?? []).map((item) => item.endLine), raw.heading?.endLine ?? raw.startLine);
  // An imported slide's tokens count lines of the other file: in this deck it is the line that imports it.
  const range = raw.imported === true ? { start: raw.startLine, end: raw.startLine } : { start: raw.heading?.startLine ?? raw.tokens[0]?.startLine ?? raw.startLine, end: lastLine };
  const section = raw.section === null ? null : inlineText(markdown, raw.section);
  const look: SlideLook = raw.look === undefined && raw.paginate !== true ? PLAIN_LOOK : { ...PLAIN_LOOK, ...raw.look, pageNumber: raw.paginate === true ? 0 : null };
  const base = { id, title, section, h: 0, v: raw.isVertical ? 1 : 0, range, part: null, isPlaceholder: false, look };

  if (late !== null) return [placeholder(context, base, late)];
  const hazard = raw.tokens.map((item) => (item.token.type === 'paragraph' ? readHazardSentinel(item.token.raw) : null)).find((index) => index !== null);
  if (hazard !== undefined && hazard !== null) return [placeholder(context, base, context.hazards[hazard])];

  try {
    const split = meta.style === 'article';
    const units = toUnits(markdown, content, { condense: meta.condense, split, deadline, rules: context.rules, group: raw.grouped === true, title: raw.isTitle });
    const parts = packUnits(units, split);
    const headingHtml = (suffix: string): string => {
      if (raw.isTitle && context.frontMatterTitle !== null) return `<h1>${markdown.parseInline(context.frontMatterTitle) as string}${suffix}</h1>\n`;
      if (!heading) return '';
      const level = raw.isTitle ? 1 : Math.min(heading.depth, 2);
      return `<h${level}>${markdown.parseInline(heading.text) as string}${suffix}</h${level}>\n`;
    };
    const author = raw.isTitle ? context.titleLines : '';
    const finish = dialect.finish ?? ((html: string): string => html);
    const notesOfPart = (index: number): NotesBlock[] =>
      notes.filter((block) => Math.min(block.part ?? 1, parts.length) === index + 1);
    for (const block of notes) {
      if ((block.part ?? 1) > parts.length) {
        context.warnings.push({ slide: id, message: `Notes for part ${block.part ?? 1} of "${title}" show on its last slide: it has ${parts.length} part(s) now.`, line: block.range.start });
      }
    }
    // The last derived note of the parts before each part, for a part that condenses nothing itself.
    const lastNoteBefore: (string | null)[] = [];
    let lastNote: string | null = null;
    for (const part of parts) {
      lastNoteBefore.push(lastNote);
      for (const unit of part) if (unit.note !== null) lastNote = unit.note;
    }
    const slides = parts.map((part, index) => {
      if (index % 256 === 255 && performance.now() > deadline) throw new BudgetExceeded();
      const isContinued = parts.length > 1;
      const suffix = isContinued ? ` <span class="mimbar-part">(${index + 1}/${parts.length})</span>` : '';
      const slide: Slide = {
        ...base,
        id: index === 0 ? id : `${id}~${index + 1}`,
        title: isContinued ? `${title} (${index + 1}/${parts.length})` : title,
        html: headingHtml(suffix) + author + finish(renderPart(markdown, part)),
        notes: buildNotes(markdown, notesOfPart(index), part, lastNoteBefore[index] ?? null, raw.imported !== true && raw.fromSettings !== true),
        v: index === 0 ? base.v : 0,
        part: isContinued ? { n: index + 1, of: parts.length } : null,
      };
      if (isOverBudget(part)) {
        context.warnings.push({
          slide: slide.id,
          message: `Slide "${slide.title}" holds more than ${MAX_UNITS} blocks or ${MAX_CHARS} characters; it will be shrunk to fit.`,
          line: range.start,
        });
      }
      return slide;
    });
    reportRenderProblems(context, raw, slides[0]?.id ?? id);
    return slides;
  } catch (error) {
    const reason = error instanceof BudgetExceeded ? 'the deck took too long to build' : `it could not be rendered (${error instanceof Error ? error.name : 'error'})`;
    return [placeholder(context, base, { line: range.start, reason })];
  }
}

/** Turns what the slide's renderers could not draw (a formula, a diagram) into warnings at their lines. */
function reportRenderProblems(context: SlideContext, raw: DialectSlide, slideId: string): void {
  for (const problem of reportOf(context.markdown).take()) {
    context.warnings.push({ slide: slideId, message: problem.message, line: problemLine(raw, problem.raw), kind: problem.kind });
  }
}

/** The source line a construct is written on: in the first top-level token of the slide that holds it. */
function problemLine(raw: DialectSlide, written: string): number {
  if (raw.imported === true) return raw.startLine;
  for (const item of [...(raw.heading ? [raw.heading] : []), ...raw.tokens]) {
    const at = item.token.raw.indexOf(written);
    if (at !== -1) return item.startLine + (item.token.raw.slice(0, at).match(/\n/g)?.length ?? 0);
  }
  return raw.heading?.startLine ?? raw.tokens[0]?.startLine ?? raw.startLine;
}

/**
 * Explicit notes replace derived ones; derived notes are the whole paragraphs condensed on the slide. A
 * continued part with nothing condensed on it (the rest of a list) repeats the last paragraph before it,
 * so the presenter is never left without a word on a part of a section that has prose.
 */
function buildNotes(markdown: Marked, explicit: NotesBlock[], part: Unit[], carried: string | null, editable: boolean): SlideNotes {
  const own = part.map((unit) => unit.note).filter((note): note is string => note !== null);
  const derived = own.length > 0 || carried === null ? own : [carried];
  const origin = explicit.length > 0 ? 'explicit' : derived.length > 0 ? 'derived' : 'none';
  if (origin === 'none') return noNotes(editable);
  const source = origin === 'explicit' ? explicit.map((block) => block.markdown) : derived;
  const text = source.join('\n\n');
  const html = markdown.parse(text) as string;
  return {
    markdown: text,
    html,
    text: htmlToText(html),
    origin,
    syntax: explicit[0]?.syntax ?? null,
    blocks: editable ? explicit.map((block) => ({ ...block.range, syntax: block.syntax })) : [],
    editable,
  };
}

function placeholder(context: SlideContext, base: Omit<Slide, 'html' | 'notes'>, hazard: Hazard | undefined): Slide {
  const reason = hazard?.reason ?? 'it is too complex';
  context.warnings.push({ slide: base.id, message: `Slide "${base.title}" shows a placeholder: ${reason}.`, line: hazard?.line ?? base.range.start });
  return {
    ...base,
    // Only the title: `isPlaceholder` is the code, and each view words the stand-in in its own language.
    html: `<h2>${escapeHtml(base.title)}</h2>\n`,
    notes: noNotes(false),
    isPlaceholder: true,
  };
}

/** Assigns reveal.js positions: article slides in sequence; deck slides stack under `----`. */
function placeSlides(slides: Slide[]): void {
  let h = -1;
  let v = 0;
  for (const slide of slides) {
    if (slide.v === 1 && h >= 0) {
      v += 1;
    } else {
      h += 1;
      v = 0;
    }
    slide.h = h;
    slide.v = v;
  }
}

/**
 * The title a raw slide's slides get: the front matter's on the title slide, else the slide's own setting
 * (Slidev's `title:`), else `slideTitle` of its content (`content`: its tokens without the notes).
 */
export function rawSlideTitle(context: SlideContext, raw: DialectSlide, content: LocatedToken[]): string {
  if (raw.isTitle && context.frontMatterTitle !== null) return context.frontMatterTitle;
  if (raw.ownTitle !== undefined && raw.ownTitle.trim() !== '') return inlineText(context.markdown, raw.ownTitle);
  return slideTitle(context.markdown, raw, content);
}

/** The title of a raw slide: its heading, else the first heading of its content, else the content's first words. */
export function slideTitle(markdown: Marked, raw: RawSlide, content: LocatedToken[] = raw.tokens): string {
  const heading = raw.heading?.token as Tokens.Heading | undefined;
  if (heading) return inlineText(markdown, heading.text);
  const firstHeading = content.find((item) => item.token.type === 'heading')?.token as Tokens.Heading | undefined;
  if (firstHeading) return inlineText(markdown, firstHeading.text);
  const text = content.map((item) => htmlToText(markdown.parser([item.token]))).join(' ').replace(/\s+/g, ' ').trim();
  const words = text.split(' ').slice(0, 6).join(' ');
  return words.length > 0 ? (text.length > words.length ? `${words}…` : words) : 'Slide';
}

function inlineText(markdown: Marked, text: string): string {
  return htmlToText(markdown.parseInline(text) as string).replace(/\s+/g, ' ').trim();
}

function noNotes(editable: boolean): SlideNotes {
  return { markdown: '', html: '', text: '', origin: 'none', syntax: null, blocks: [], editable };
}
