/**
 * Shrinks each printed slide's text until it fits its design box (the shared `fitSlide`), once per
 * slide and scale: frames of one slide at one zoom share their layout. Run after `layoutFrames`.
 */
import { fitSlide } from '../../renderer/shared/slide/fit-slide';
import { PRINT_SLIDE_ATTRIBUTE } from './fit-check';

/** Fits every slide section under `root` (after `layoutFrames`); returns the ids still overflowing at the floor size. */
export function fitSlides(root: ParentNode): string[] {
  const sizes = new Map<string, string>();
  const overflowing: string[] = [];
  for (const section of root.querySelectorAll<HTMLElement>(`section[${PRINT_SLIDE_ATTRIBUTE}]`)) {
    const id = section.getAttribute(PRINT_SLIDE_ATTRIBUTE) ?? '';
    const key = `${section.closest<HTMLElement>('.slide-box')?.style.zoom ?? ''} ${id}`;
    const known = sizes.get(key);
    if (known !== undefined) {
      section.style.fontSize = known;
      continue;
    }
    const result = fitSlide(section);
    sizes.set(key, section.style.fontSize);
    if (result.overflows && !overflowing.includes(id)) overflowing.push(id);
  }
  return overflowing;
}
