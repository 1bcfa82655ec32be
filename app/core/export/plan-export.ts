/**
 * The export planner: turns a deck and the user's options into the pages to print. Pure: no I/O, no
 * DOM. The print view lays these pages out; notes longer than their page continue on extra pages there.
 *
 * - `slides`: one page per frame.
 * - `notes-below`: one page per frame, the slide's notes under it.
 * - `notes-pages`: one notes page per slide, as PowerPoint prints them: the slide's picture in its final
 *   state on the top half, its notes below (a short "no notes" line when it has none). Fragment steps
 *   do not add pages here: the notes belong to the slide, not to a step.
 * - `handout-2`, `handout-3` (with writing lines), `handout-6`: frames in a grid, slide numbers under each.
 *
 * A frame is a slide in its final state or, with `fragments: 'steps'`, each fragment step of it:
 * step 0 (no fragment shown) to the step before the last, then the final state.
 *
 * Paper layouts (notes and handouts) print the slides on the light twin of the deck's theme unless
 * `slideTheme: 'deck'` is asked for; `slides` prints the deck's theme unless `slideTheme: 'light'` is.
 */
import type { Deck } from '../../contract/deck';
import { defaultSlideTheme, lightThemeOf } from '../../contract/export';
import type { ExportLayout, ExportOptions, ExportPlan, PrintFrame, PrintPage } from '../../contract/export';
import { countFragmentSteps } from './fragment-steps';
import { pageSize, resolvePaper } from './paper';

/** Frames per handout page, and their grid in portrait (landscape swaps columns and rows). */
const HANDOUT_GRIDS: Partial<Record<ExportLayout, { perPage: number; columns: number; rows: number; withLines: boolean }>> = {
  'handout-2': { perPage: 2, columns: 1, rows: 2, withLines: false },
  'handout-3': { perPage: 3, columns: 1, rows: 3, withLines: true },
  'handout-6': { perPage: 6, columns: 2, rows: 3, withLines: false },
};

/** Plans the pages of an export of `deck` with `options`. */
export function planExport(deck: Deck, options: ExportOptions): ExportPlan {
  const { paper, orientation } = resolvePaper(options);
  const withSteps = options.fragments === 'steps' && options.layout !== 'notes-pages';
  const frames = deck.slides.map((slide, index) => framesOf(slide.id, index + 1, slide.title, withSteps ? countFragmentSteps(slide.html) : 0));
  const slideTheme = options.slideTheme === 'auto' ? defaultSlideTheme(options.layout) : options.slideTheme;
  const handout = HANDOUT_GRIDS[options.layout];
  const grid = handout
    ? orientation === 'portrait'
      ? handout
      : { ...handout, columns: handout.rows, rows: handout.columns }
    : { perPage: 1, columns: 1, rows: 1, withLines: false };
  return {
    layout: options.layout,
    fragments: options.fragments,
    paper,
    orientation,
    slideTheme,
    theme: slideTheme === 'light' ? lightThemeOf(deck.meta.theme) : deck.meta.theme,
    page: pageSize(paper, orientation),
    grid,
    title: deck.meta.title,
    author: deck.meta.author,
    lang: deck.meta.lang,
    slideCount: deck.slides.length,
    frameCount: frames.reduce((sum, slideFrames) => sum + slideFrames.length, 0),
    pages: pagesOf(options.layout, frames, grid.perPage),
  };
}

function framesOf(slideId: string, slideNumber: number, title: string, steps: number): PrintFrame[] {
  const frame = (step: number | null, index: number): PrintFrame => ({ slideId, slideNumber, title, step, isFirstFrame: index === 0 });
  if (steps === 0) return [frame(null, 0)];
  return [...Array.from({ length: steps }, (_, step) => frame(step, step)), frame(null, steps)];
}

function pagesOf(layout: ExportLayout, frames: PrintFrame[][], perPage: number): PrintPage[] {
  switch (layout) {
    case 'slides':
      return frames.flat().map((frame) => ({ kind: 'slide', frames: [frame] }));
    case 'notes-below':
      return frames.flat().map((frame) => ({ kind: 'slide-notes', frames: [frame] }));
    case 'notes-pages':
      return frames.flat().map((frame) => ({ kind: 'notes', frames: [frame] }));
    default: {
      const all = frames.flat();
      return Array.from({ length: Math.ceil(all.length / perPage) }, (_, page) => ({
        kind: 'handout' as const,
        frames: all.slice(page * perPage, (page + 1) * perPage),
      }));
    }
  }
}
