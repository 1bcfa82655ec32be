/**
 * Shrinks a slide whose content does not fit the 1280×720 slide, one font-size step at a time, down
 * to a floor; what still overflows at the floor is reported, not cut.
 */
import { SLIDE_HEIGHT, SLIDE_WIDTH } from './slide-size';

/** Font sizes tried in turn (percent of the theme's size); the last one is the floor. */
export const FIT_STEPS = [100, 92, 85, 78, 72, 66, 60] as const;

/** The smallest font size a slide is shrunk to (percent). */
export const FIT_FLOOR = 60;

/** The size a slide ended at, and whether it still overflows there. */
export interface FitResult {
  percent: number;
  overflows: boolean;
}

// One pixel of slack: sub-pixel line heights round up in scrollHeight.
function overflows(section: HTMLElement): boolean {
  return section.scrollHeight > SLIDE_HEIGHT + 1 || section.scrollWidth > SLIDE_WIDTH + 1;
}

/** Fits `section` (which must be laid out, not `display: none`) by shrinking its font size. */
export function fitSlide(section: HTMLElement): FitResult {
  section.style.removeProperty('font-size');
  for (const percent of FIT_STEPS) {
    // CSSOM writes are allowed by the page's CSP (style-src 'self'); style attributes in markup are not.
    if (percent !== 100) section.style.fontSize = `${percent}%`;
    if (!overflows(section)) return { percent, overflows: false };
  }
  return { percent: FIT_FLOOR, overflows: true };
}
