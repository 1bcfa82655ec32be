/** Paper sizes and each layout's defaults. */
import type { ExportLayout, ExportOptions, Orientation, Paper } from '../../contract/export';

/** Landscape sizes in millimetres. `slide` is the 1280×720 design size at 96 dpi (13.33 × 7.5 in). */
const LANDSCAPE_MM: Record<Paper, { widthMm: number; heightMm: number }> = {
  slide: { widthMm: 338.667, heightMm: 190.5 },
  a4: { widthMm: 297, heightMm: 210 },
  letter: { widthMm: 279.4, heightMm: 215.9 },
};

/** Slides print on slide-sized landscape pages; notes and handouts on portrait A4, as a school printer takes. */
const DEFAULTS: Record<ExportLayout, { paper: Paper; orientation: Orientation }> = {
  slides: { paper: 'slide', orientation: 'landscape' },
  'notes-pages': { paper: 'a4', orientation: 'portrait' },
  'notes-below': { paper: 'a4', orientation: 'portrait' },
  'handout-2': { paper: 'a4', orientation: 'portrait' },
  'handout-3': { paper: 'a4', orientation: 'portrait' },
  'handout-6': { paper: 'a4', orientation: 'portrait' },
};

/** Resolves `auto` paper and orientation for the layout. */
export function resolvePaper(options: ExportOptions): { paper: Paper; orientation: Orientation } {
  const defaults = DEFAULTS[options.layout];
  return {
    paper: options.paper === 'auto' ? defaults.paper : options.paper,
    orientation: options.orientation === 'auto' ? defaults.orientation : options.orientation,
  };
}

/** Page size in millimetres with the orientation applied. */
export function pageSize(paper: Paper, orientation: Orientation): { widthMm: number; heightMm: number } {
  const { widthMm, heightMm } = LANDSCAPE_MM[paper];
  return orientation === 'landscape' ? { widthMm, heightMm } : { widthMm: heightMm, heightMm: widthMm };
}
