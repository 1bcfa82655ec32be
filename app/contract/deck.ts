/**
 * The plain data a Markdown file becomes. Built by `app/core/deck/build-deck.ts`, carried over IPC or HTTP,
 * rendered by `renderer/`. No functions, no classes: it must survive structured clone and JSON.
 */

/** A 1-based, inclusive range of source lines. */
export interface LineRange {
  start: number;
  end: number;
}

/** How the notes of a slide were written in the source. */
export type NotesSyntax = 'note-prefix' | 'html-comment' | 'aside' | 'fenced-div';

/** Where a slide's notes came from: written by the author, derived from condensed prose, or none. */
export type NotesOrigin = 'explicit' | 'derived' | 'none';

export interface SlideNotes {
  /** The notes as Markdown (explicit blocks joined by a blank line, then derived prose). */
  markdown: string;
  /** The notes rendered to HTML, not yet sanitized. */
  html: string;
  /** The notes as plain text, for the CLI, search and the console. */
  text: string;
  origin: NotesOrigin;
  /** Syntax of the first explicit notes block, or null when there is none. */
  syntax: NotesSyntax | null;
  /** Source lines and syntax of the explicit notes blocks, in order (empty when there are none). */
  blocks: NotesBlockRange[];
  /** Whether edited notes can be written back (not on placeholders or a title slide made from front matter). */
  editable: boolean;
}

/** Where one explicit notes block sits in the source. */
export interface NotesBlockRange extends LineRange {
  syntax: NotesSyntax;
}

export interface Slide {
  /** Stable id: slug of the heading plus an occurrence suffix (`-2`, `-3`) and a part suffix (`~2`). */
  id: string;
  title: string;
  /** Title of the section a sub-slide belongs to (article style), or null. */
  section: string | null;
  /** Slide body as HTML, not yet sanitized. */
  html: string;
  notes: SlideNotes;
  /** Horizontal and vertical position, 0-based, as reveal.js counts them. */
  h: number;
  v: number;
  /** Source lines the slide was built from. */
  range: LineRange;
  /** Set on slides split to fit the content budget: part n of total. */
  part: { n: number; of: number } | null;
  /**
   * True when the slide could not be rendered (too complex) and shows a stand-in instead: `html` then
   * holds only the title, and each view adds the sentence in its own language (`slide-strings.ts`).
   */
  isPlaceholder: boolean;
  /** How the slide is laid out and dressed (layout, classes, background, header/footer, page number). */
  look: SlideLook;
}

/**
 * The dialect a deck is written in: which tool's rules split it into slides, find its notes and read its
 * attributes. `article` and `mimbar` are Mimbar's own (an article by headings; a deck by `---`).
 */
export const DIALECTS = ['article', 'mimbar', 'slidev', 'marp', 'reveal', 'quarto'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** The layouts Mimbar's themes draw (Slidev's names; the other dialects map onto them). */
export const SLIDE_LAYOUTS = [
  'default', 'cover', 'center', 'intro', 'section', 'statement', 'fact', 'quote', 'two-cols', 'image-left', 'image-right', 'image', 'end',
] as const;
export type SlideLayout = (typeof SLIDE_LAYOUTS)[number];

/** One background image: `src` as written in the deck; each view confines it with the one sanitizer. */
export interface SlideBackgroundImage {
  src: string;
  /** How it fills its area: `cover` (crop to fill), `contain` (whole image), or a width in percent of its area. */
  fit: 'cover' | 'contain' | number;
}

/**
 * A slide's look, as plain data the engine checked. Colours are CSS colours of a closed grammar (hex,
 * `rgb()`/`hsl()` of numbers, a colour name), never anything that can load or run; classes are plain
 * class names; header and footer are HTML, sanitized by the views like the slide's own HTML.
 */
export interface SlideLook {
  layout: SlideLayout;
  /** Author classes (plain names, never `mimbar-…`), set on the slide's section. */
  classes: string[];
  backgroundColor: string | null;
  /** Text colour. */
  color: string | null;
  /** Background images in order; several sit side by side (Marp). */
  backgroundImages: SlideBackgroundImage[];
  /** Where the background images sit: behind the whole slide, or in a side panel taking `splitPercent` of its width. */
  backgroundSide: 'full' | 'left' | 'right';
  splitPercent: number;
  header: string | null;
  footer: string | null;
  /** The page number to show on the slide itself (Marp's `paginate`), or null. */
  pageNumber: number | null;
}

/** The look of a slide nothing dresses. */
export const PLAIN_LOOK: Readonly<SlideLook> = Object.freeze({
  layout: 'default',
  classes: [],
  backgroundColor: null,
  color: null,
  backgroundImages: [],
  backgroundSide: 'full',
  splitPercent: 50,
  header: null,
  footer: null,
  pageNumber: null,
});

export type DeckStyle = 'article' | 'deck';

export const THEMES = ['black', 'white', 'black-contrast', 'white-contrast'] as const;
export type ThemeName = (typeof THEMES)[number];

export interface DeckMeta {
  title: string;
  author: string | null;
  lang: string;
  theme: ThemeName;
  style: DeckStyle;
  /** The dialect the deck was read in (detected, or named by front matter `dialect:`). */
  dialect: Dialect;
  /** Why that dialect, in words: "front matter `marp: true`", "a Slidev slide front matter block (line 12 of the body)". */
  dialectReason: string;
  /** Heading depth that starts a slide in article style. */
  slideLevel: number;
  condense: boolean;
  slideNumber: boolean;
  /** Target talk length in seconds, from `duration:` in front matter, or null. */
  durationSeconds: number | null;
  /** Whether the source file started with a UTF-8 byte order mark. */
  hasBom: boolean;
  /** Dominant line ending of the source. */
  eol: '\n' | '\r\n' | '\r';
}

export interface DeckWarning {
  /** Id of the slide the warning is about, or null for the whole deck. */
  slide: string | null;
  message: string;
  /** 1-based source line, when known. */
  line: number | null;
  /**
   * `front-matter`: about a front matter key; `dialect`: a construct of the deck's tool that Mimbar does
   * not honour; `formula`, `diagram`: a formula or a diagram that could not be drawn (its slide shows its
   * source and the reason). `check` lists each kind apart.
   */
  kind?: 'front-matter' | 'dialect' | 'formula' | 'diagram';
}

export interface Deck {
  meta: DeckMeta;
  slides: Slide[];
  warnings: DeckWarning[];
}
