/**
 * A dialect is one tool's rules for reading a deck file: where slides split, which text is notes, where a
 * slide's title comes from, and which attributes, directives and layouts dress a slide. Every dialect
 * feeds the same pipeline (build-deck.ts): it turns the body into raw slides of located tokens, and the
 * pipeline renders them, numbers them and places them. A dialect reads no file itself: `readImport` is
 * the host's, confined to the deck's folder.
 */
import type { Marked, MarkedExtension } from 'marked';
import type { DeckMeta, Dialect, SlideLook } from '../../../contract/deck';
import type { FrontMatter } from '../front-matter';
import type { LocatedToken } from '../located-token';
import type { SplitNotes } from '../notes';
import type { RawSlide } from '../split-slides';

/** A way of writing notes into a deck; see `DeckDialect.newNotes`. */
export type NewNotesForm = 'comment' | 'comment-plain' | 'note-prefix' | 'fenced-div';

/** What a dialect reads a deck with. */
export interface DialectInput {
  /** The text after the head front matter, LF line endings. */
  body: string;
  /** Source line `body` starts on (1-based). */
  firstLine: number;
  /** The head front matter as YAML gave it, every key, unchecked (an empty object when there is none). */
  frontMatter: Readonly<Record<string, unknown>>;
  /** Mimbar's own front matter keys, read and checked (`title`, `lang`, `slideLevel`, …). */
  settings: Readonly<FrontMatter>;
  /** The whole body lexed as one document (lexed once, on the first call; the incremental builder's pieces). */
  tokens(): LocatedToken[];
  /** The deck's Marked instance, with the dialect's extensions. */
  markdown: Marked;
  /**
   * Lexes `text`, which starts on source line `firstLine`, guarded like the whole deck (a block that would
   * hang marked becomes a hazard sentinel and its slide a placeholder). Tokens carry their source lines.
   */
  lex(text: string, firstLine: number): LocatedToken[];
  /** Records a warning `check` and `build` show, with the source line when known. */
  warn(message: string, line: number | null): void;
  /**
   * Records a construct of the dialect Mimbar does not honour (a Slidev transition, a Marp `style:`), by
   * line: `check` lists them apart, as notices. Say what the construct is and what Mimbar does instead.
   */
  unsupported(message: string, line: number | null): void;
  /**
   * Reads another Markdown file the deck names (Slidev `src:`), as a path relative to the deck's folder.
   * Null when the host gives no files (a deck built from text alone); the function returns null for a
   * path outside the deck's folder, a missing file, or one that is not a regular file.
   */
  readImport: ((path: string) => string | null) | null;
}

/** A raw slide as a dialect read it: the tokens, and what the dialect's own settings say about the slide. */
export interface DialectSlide extends RawSlide {
  /** The look the dialect's settings give the slide, over `PLAIN_LOOK` (the page number is the pipeline's). */
  look?: Partial<Omit<SlideLook, 'pageNumber'>>;
  /** Show this slide's page number on the slide (Marp's `paginate`). */
  paginate?: boolean;
  /** A title the slide's own settings give (Slidev's per-slide `title:`); else the pipeline's rule. */
  ownTitle?: string;
  /**
   * The slide came from another file (Slidev `src:`): its tokens' lines are that file's, so its notes are
   * shown but not written back, and its source range is the importing block's.
   */
  imported?: boolean;
  /** The slide is made from the deck's settings (Quarto's title slide from front matter): no text of its own to write notes into. */
  fromSettings?: boolean;
}

/** What a dialect makes of a deck. */
export interface DialectDeck {
  slides: DialectSlide[];
  /** Deck settings the dialect's own keys give (Marp's `title:` directive, Slidev's headmatter `title`). */
  meta?: Partial<Pick<DeckMeta, 'title' | 'author' | 'lang' | 'theme' | 'slideNumber'>>;
}

export interface DeckDialect {
  name: Dialect;
  /** Head front matter keys this dialect reads beyond Mimbar's own: no "unknown key" warning for them. */
  frontMatterKeys: readonly string[];
  /** Marked extensions the dialect's syntax needs (slot markers, pauses, fenced divs). */
  extensions: readonly MarkedExtension[];
  /** Splits the body into slides. */
  read(input: DialectInput): DialectDeck;
  /** Splits one slide's tokens into content and notes. */
  notes(tokens: LocatedToken[]): SplitNotes;
  /**
   * How edited notes are written into a slide, in the order the write-back tries them (each is kept only
   * if the slide reads back exactly the edited notes): `comment` is `<!-- notes: … -->`, `comment-plain`
   * `<!-- … -->` (a tool that shows a comment's whole text as the note), `note-prefix` a `Note:` paragraph
   * at the end of the slide, `fenced-div` a `::: notes` block. Default: `comment`.
   */
  newNotes?: readonly NewNotesForm[];
  /** Rewrites a slide's rendered content HTML (fragments, element attributes, slots); identity when absent. */
  finish?(html: string): string;
}
