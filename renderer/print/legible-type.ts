/**
 * Keeps printed slide text legible: once frames are scaled to their slots and slides fitted, any text
 * that would print smaller than `MIN_PRINT_PT` is raised to it. On handout-6 a frame prints at about a
 * quarter of its design size, so a breadcrumb at half the body size came out at 4 pt. The floor only
 * touches such small text; body text and headings keep the sizes the theme and the fit gave them.
 */
import { overflowsSlide, PRINT_SLIDE_ATTRIBUTE } from './fit-check';

/** The smallest size, in points, slide text prints at. */
export const MIN_PRINT_PT = 7;

/** CSS pixels per point: pages are laid out at 96 CSS px to the inch. */
const PX_PER_PT = 96 / 72;

function hasOwnText(element: Element): boolean {
  for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') return true;
  return false;
}

/**
 * Raises slide text under `root` that would print below `MIN_PRINT_PT` (reads every size first, then
 * writes: one style pass). Returns the ids of slides that no longer fit their design box afterwards.
 */
export function raiseSmallText(root: ParentNode): string[] {
  const raises: Array<{ element: HTMLElement; px: number; section: HTMLElement }> = [];
  for (const box of root.querySelectorAll<HTMLElement>('.slide-box')) {
    // `layoutFrames` scales the 1280×720 design box with `zoom`; computed sizes stay in design pixels.
    const zoom = Number.parseFloat(box.style.zoom);
    if (!(zoom > 0)) continue;
    const floorPx = (MIN_PRINT_PT * PX_PER_PT) / zoom;
    for (const element of box.querySelectorAll<HTMLElement>('*')) {
      // A diagram's labels are sized in its drawing's units and a formula's scripts by MathML: raising
      // one would print it over its box or its base. A drawing or formula scales as a whole.
      if (!hasOwnText(element) || element.closest('svg, math') !== null) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      const section = element.closest<HTMLElement>(`section[${PRINT_SLIDE_ATTRIBUTE}]`);
      if (size < floorPx - 0.01 && section) raises.push({ element, px: floorPx, section });
    }
  }
  // Two decimals, rounded up: a number computed here, never deck text.
  for (const { element, px } of raises) element.style.fontSize = `${Math.ceil(px * 100) / 100}px`;
  const overflowing: string[] = [];
  for (const section of new Set(raises.map((raise) => raise.section))) {
    const id = section.getAttribute(PRINT_SLIDE_ATTRIBUTE) ?? '';
    if (overflowsSlide(section) && !overflowing.includes(id)) overflowing.push(id);
  }
  return overflowing;
}
