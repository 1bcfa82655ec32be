/**
 * Built slides remembered per raw slide. The key holds everything `buildSlides` reads from a raw slide
 * and the deck: its tokens' raws and where each starts relative to the slide, its flags and section, the
 * deck meta it reads (style, condense, language, the title and its lines on a title slide, grouping and
 * folding) and the link definitions. What depends
 * on the slide's place in the deck is stored relative and applied again on reuse: the id (allocated in
 * deck order), source lines (shifted by the slide's new first line), and `h`/`v` (placed afterwards).
 * Placeholders are never stored, so a reused slide is one a full build renders the same way.
 */
import type { Token } from 'marked';
import type { DeckWarning, NotesBlockRange, Slide } from '../../../contract/deck';
import { buildSlides, rawSlideTitle, type SlideBuilder, type SlideContext } from '../build-deck';
import { slugify, type IdAllocator } from '../slide-ids';
import type { RawSlide } from '../split-slides';
import { detach, RoundCache } from './round-cache';

/** One raw slide's slides and warnings, with lines relative to the raw slide's first line. */
interface BuiltSlide {
  /** The slug its id is made from. */
  slug: string;
  slides: Slide[];
  warnings: { part: number; message: string; line: number | null; kind: DeckWarning['kind'] }[];
}

export interface SlideCounts {
  built: number;
  reused: number;
}

/** Remembers built slides across the last few builds (one build is one round). */
export class SlideCache {
  private readonly built: RoundCache<BuiltSlide>;
  // Texts (token raws, link definitions) numbered by content, so keys stay short and cheap to compare;
  // a token reused from a lexed piece is the same object, and finds its number without reading its raw.
  private readonly textIds: RoundCache<number>;
  private readonly tokenIds = new WeakMap<Token, number>();
  private nextTextId = 0;

  constructor(keepRounds: number) {
    this.built = new RoundCache(keepRounds);
    this.textIds = new RoundCache(keepRounds);
  }

  /** A `SlideBuilder` that reuses what this cache holds and stores what it builds; counts go to `counts`. */
  builder(ids: IdAllocator, linksKey: string, counts: SlideCounts): SlideBuilder {
    const links = this.textId(linksKey);
    return (context, raw, late, deadline) => {
      if (late !== null) return buildSlides(context, raw, late, deadline);
      const key = this.key(context, raw, links);
      const hit = this.built.get(key);
      if (hit !== undefined) {
        counts.reused += 1;
        return reuse(context, ids, hit, raw.startLine);
      }
      counts.built += 1;
      const firstWarning = context.warnings.length;
      const slides = buildSlides(context, raw, null, deadline);
      if (!slides.some((slide) => slide.isPlaceholder)) {
        this.built.set(key, remember(context, raw, slides, context.warnings.slice(firstWarning)));
      }
      return slides;
    };
  }

  /** Ends a round: slides not used in the last few rounds are forgotten. */
  endRound(): void {
    this.built.endRound();
    this.textIds.endRound();
  }

  /** Everything `buildSlides` reads, with lines relative to the raw slide's first line. */
  private key(context: SlideContext, raw: RawSlide, links: number): string {
    const { meta } = context;
    // A title slide shows the front matter's title and lines; every slide's cues follow the deck's language.
    const title = raw.isTitle ? this.textId(`${context.frontMatterTitle ?? '\u0000'}\u0000${context.titleLines}`) : '-';
    const section = raw.section === null ? '-' : this.textId(raw.section);
    let key = `${meta.style} ${meta.condense} ${meta.lang} ${raw.isTitle} ${raw.isVertical} ${raw.grouped === true} ${title} ${section} ${links} ${raw.heading === null ? 'n' : 'h'}`;
    for (const item of raw.folded ?? []) key += ` f${item.startLine - raw.startLine}:${this.tokenId(item.token)}`;
    // Lines are counted along the raws, so an item's end line follows from its start line and raw.
    if (raw.heading !== null) key += ` ${raw.heading.startLine - raw.startLine}:${this.tokenId(raw.heading.token)}`;
    for (const item of raw.tokens) key += ` ${item.startLine - raw.startLine}:${this.tokenId(item.token)}`;
    return key;
  }

  /**
   * The number of a token's raw. A token object keeps its number, while the raw may be forgotten by
   * `textIds` meanwhile and numbered anew for other tokens: numbers are never reused, so that only
   * costs a rebuild, never a wrong slide.
   */
  private tokenId(token: Token): number {
    let id = this.tokenIds.get(token);
    if (id === undefined) {
      id = this.textId(token.raw);
      this.tokenIds.set(token, id);
    }
    return id;
  }

  private textId(text: string): number {
    let id = this.textIds.get(text);
    if (id === undefined) {
      id = this.nextTextId;
      this.nextTextId += 1;
      this.textIds.set(text, id);
    }
    return id;
  }
}

/** What to keep of freshly built slides: lines relative to the raw slide, strings detached from the deck text. */
function remember(context: SlideContext, raw: RawSlide, slides: Slide[], warnings: SlideContext['warnings']): BuiltSlide {
  const offset = -raw.startLine;
  const ids = slides.map((slide) => slide.id);
  return {
    slug: detach(slugify(rawSlideTitle(context, raw, context.dialect.notes(raw.tokens).content))),
    slides: slides.map((slide) => placed(slide, '', offset, detach)),
    warnings: warnings.map((warning) => ({
      part: Math.max(0, ids.indexOf(warning.slide ?? '')),
      message: detach(warning.message),
      line: warning.line === null ? null : warning.line + offset,
      kind: warning.kind,
    })),
  };
}

function reuse(context: SlideContext, ids: IdAllocator, built: BuiltSlide, startLine: number): Slide[] {
  const id = ids.allocate(built.slug);
  const partId = (index: number): string => (index === 0 ? id : `${id}~${index + 1}`);
  for (const warning of built.warnings) {
    const line = warning.line === null ? null : warning.line + startLine;
    context.warnings.push({ slide: partId(warning.part), message: warning.message, line, ...(warning.kind === undefined ? {} : { kind: warning.kind }) });
  }
  return built.slides.map((slide, index) => placed(slide, partId(index), startLine, same));
}

function same(text: string): string {
  return text;
}

/** A copy of `slide` with id `id`, every source line moved by `offset`, and its texts passed through `copy`. */
function placed(slide: Slide, id: string, offset: number, copy: (text: string) => string): Slide {
  const { notes, range, part } = slide;
  const blocks: NotesBlockRange[] = [];
  for (const block of notes.blocks) blocks.push({ start: block.start + offset, end: block.end + offset, syntax: block.syntax });
  return {
    id,
    title: copy(slide.title),
    section: slide.section === null ? null : copy(slide.section),
    html: copy(slide.html),
    notes: { markdown: copy(notes.markdown), html: copy(notes.html), text: copy(notes.text), origin: notes.origin, syntax: notes.syntax, blocks, editable: notes.editable },
    h: slide.h,
    v: slide.v,
    look: slide.look,
    range: { start: range.start + offset, end: range.end + offset },
    part: part === null ? null : { n: part.n, of: part.of },
    isPlaceholder: slide.isPlaceholder,
  };
}
