/**
 * Export to PDF: the options a user chooses, the plan the pure planner makes of them, and what the
 * print view reports back. Shared by the planner (app/core/export), both printers (Electron's and the
 * CLI's), the print view (renderer/print) and the export dialog. No node:*, no electron, no zod here.
 */
import type { DeckPayload } from './channels';
import type { ThemeName } from './deck';

export const LAYOUTS = ['slides', 'notes-below', 'notes-pages', 'handout-2', 'handout-3', 'handout-6'] as const;
export type ExportLayout = (typeof LAYOUTS)[number];

export const FRAGMENT_MODES = ['final', 'steps'] as const;
export type FragmentMode = (typeof FRAGMENT_MODES)[number];

export const PAPERS = ['slide', 'a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];

export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/**
 * The theme slides print in: `light`, the deck's theme on white paper (`white` for `black`,
 * `white-contrast` for `black-contrast`: dark slides waste toner and print grey on a laser printer),
 * or `deck`, the deck's own theme as the class saw it.
 */
export const SLIDE_THEMES = ['light', 'deck'] as const;
export type SlideTheme = (typeof SLIDE_THEMES)[number];

/** What the user asks for; `paper`, `orientation` and `slideTheme` may be left to the layout's default. */
export interface ExportOptions {
  layout: ExportLayout;
  fragments: FragmentMode;
  paper: Paper | 'auto';
  orientation: Orientation | 'auto';
  slideTheme: SlideTheme | 'auto';
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { layout: 'slides', fragments: 'final', paper: 'auto', orientation: 'auto', slideTheme: 'auto' };

/**
 * The slide theme a layout prints in unless asked otherwise: `slides` is for projecting and sharing, so
 * it looks like the deck; every paper layout (notes and handouts) prints light.
 */
export function defaultSlideTheme(layout: ExportLayout): SlideTheme {
  return layout === 'slides' ? 'deck' : 'light';
}

/** The light twin of a theme: `white` for `black`, `white-contrast` for `black-contrast`; light themes stay. */
export function lightThemeOf(theme: ThemeName): ThemeName {
  if (theme === 'black') return 'white';
  if (theme === 'black-contrast') return 'white-contrast';
  return theme;
}

/** One state of one slide: its final state, or fragment step `step` (0 = before the first fragment). */
export interface PrintFrame {
  slideId: string;
  /** 1-based position of the slide in the deck, as printed on handouts. */
  slideNumber: number;
  title: string;
  /** Fragment step shown, or null for the final state (every fragment visible). */
  step: number | null;
  /** True on the first frame of a slide: it carries the slide's outline (bookmark) entry. */
  isFirstFrame: boolean;
}

/**
 * One planned page. `slide`: a frame filling the page. `slide-notes`: a frame with its slide's notes
 * underneath (`notes-below`, one per frame). `notes`: a notes page (`notes-pages`, one per slide): the
 * slide's picture in its final state on the top half and its notes below, or a short "no notes" line.
 * `handout`: several frames with slide numbers (and writing lines for `handout-3`). Notes longer than
 * their page continue on extra pages, so a PDF may have more pages than planned for the notes layouts,
 * never fewer; the print view's last progress report and `PrintReady.pages` count them.
 */
export interface PrintPage {
  kind: 'slide' | 'slide-notes' | 'notes' | 'handout';
  frames: PrintFrame[];
}

export interface ExportPlan {
  /** The options with `auto` resolved. */
  layout: ExportLayout;
  fragments: FragmentMode;
  paper: Paper;
  orientation: Orientation;
  /** The slide theme with `auto` resolved, and the theme the slides print in. */
  slideTheme: SlideTheme;
  theme: ThemeName;
  /** Page size, orientation applied. */
  page: { widthMm: number; heightMm: number };
  /** Handout grid: frames per page, columns and rows (1×1 for the other layouts). */
  grid: { perPage: number; columns: number; rows: number; withLines: boolean };
  title: string;
  author: string | null;
  lang: string;
  slideCount: number;
  frameCount: number;
  pages: PrintPage[];
}

/** What the print view needs: the plan and the deck it plans. */
export interface PrintJob {
  plan: ExportPlan;
  deck: DeckPayload;
}

/**
 * Progress of the print view's layout, page by page: planned pages while they are laid out; the last
 * report counts every page box laid out (notes continuation pages included), as the PDF will have.
 */
export interface PrintProgress {
  done: number;
  total: number;
}

/** Sent by the print view when every page is laid out, fonts are loaded and images have loaded or failed. */
export interface PrintReady {
  /** Page boxes laid out (planned pages plus notes continuation pages). */
  pages: number;
  /** Ids of slides whose content still exceeds its box at the minimum scale (nothing is cut: it is scaled). */
  overflowing: string[];
  /** Images that failed to load and show a placeholder. */
  brokenImages: number;
}

/** Progress of an export as the export dialog shows it. */
export interface ExportProgress {
  phase: 'layout' | 'print' | 'write';
  done: number;
  total: number;
}

export type ExportOutcome = { ok: true; fileName: string } | { ok: false; canceled: boolean; message: string };
