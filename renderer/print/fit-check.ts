/**
 * The "nothing is cut" check: every page box holds its content, every notes area holds its notes, and
 * every slide's content fits its 1280×720 design box. Run after layout; tests call it through
 * `window.__mimbarPrint.checkFit()`.
 */
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../renderer/shared/slide/slide-size';

/** What does not fit: indices of `.page` boxes (and of their notes areas), and slide ids. */
export interface FitReport {
  pages: number[];
  notesAreas: number[];
  slides: string[];
}

/** Attribute naming the deck slide a printed section shows. */
export const PRINT_SLIDE_ATTRIBUTE = 'data-mimbar-slide';

// One pixel of slack: sub-pixel line heights round up in scrollHeight (as in shared/slide/fit-slide.ts).
function overflowsBox(element: HTMLElement): boolean {
  return element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1;
}

/** True when the section's content exceeds the slide's design size. */
export function overflowsSlide(section: HTMLElement): boolean {
  return section.scrollHeight > SLIDE_HEIGHT + 1 || section.scrollWidth > SLIDE_WIDTH + 1;
}

/** Measures every page, notes area and slide section under `root`. */
export function checkFit(root: ParentNode): FitReport {
  const pages = Array.from(root.querySelectorAll<HTMLElement>('.page'));
  const report: FitReport = { pages: [], notesAreas: [], slides: [] };
  pages.forEach((page, index) => {
    if (overflowsBox(page)) report.pages.push(index);
    const area = page.querySelector<HTMLElement>('.notes-area');
    if (area && overflowsBox(area)) report.notesAreas.push(index);
  });
  for (const section of root.querySelectorAll<HTMLElement>(`section[${PRINT_SLIDE_ATTRIBUTE}]`)) {
    const id = section.getAttribute(PRINT_SLIDE_ATTRIBUTE) ?? '';
    if (overflowsSlide(section) && !report.slides.includes(id)) report.slides.push(id);
  }
  return report;
}
