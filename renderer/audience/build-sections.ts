/**
 * Turns deck data into reveal.js `<section>` elements: one horizontal section per `h`, with nested
 * vertical sections when an `h` has several slides. Sections start empty; `fillSlide`
 * (shared/slide/slide-content.ts) fills them when reveal.js brings them near the screen.
 */
import type { Slide } from '../../app/contract/deck';
import type { FillableSlide } from '../../renderer/shared/slide/slide-content';

/** Attribute naming the deck slide a leaf section shows. */
export const SLIDE_ID_ATTRIBUTE = 'data-mimbar-slide';

/** A leaf section, the slide it shows, and where it sits in the deck. */
export interface SlideSection extends FillableSlide {
  /** reveal.js indices in the whole deck: horizontal position, and position in its vertical stack. */
  h: number;
  v: number;
  /** Position in reading order (0-based), for the slide number and the progress bar. */
  ordinal: number;
}

/** The horizontal sections (in deck order), their leaves by horizontal position, and every leaf by slide id. */
export interface BuiltSections {
  horizontals: HTMLElement[];
  groups: SlideSection[][];
  byId: Map<string, SlideSection>;
}

function leaf(slide: Slide, isFirst: boolean): HTMLElement {
  const section = document.createElement('section');
  section.setAttribute(SLIDE_ID_ATTRIBUTE, slide.id);
  section.classList.add('mimbar-slide');
  if (isFirst) section.classList.add('mimbar-title-slide');
  if (slide.isPlaceholder) section.classList.add('mimbar-placeholder');
  return section;
}

/** Builds empty sections for `slides`, ordered by `h` then `v`. */
export function buildSections(slides: readonly Slide[]): BuiltSections {
  const ordered = [...slides].sort((a, b) => a.h - b.h || a.v - b.v);
  const groups = new Map<number, Slide[]>();
  for (const slide of ordered) {
    const group = groups.get(slide.h);
    if (group) group.push(slide);
    else groups.set(slide.h, [slide]);
  }

  const byId = new Map<string, SlideSection>();
  const horizontals: HTMLElement[] = [];
  const entries: SlideSection[][] = [];
  let ordinal = 0;
  for (const group of groups.values()) {
    const h = horizontals.length;
    const inGroup = group.map((slide, v): SlideSection => ({ slide, element: leaf(slide, slide === ordered[0]), isFilled: false, h, v, ordinal: ordinal++ }));
    for (const entry of inGroup) byId.set(entry.slide.id, entry);
    entries.push(inGroup);
    const leaves = inGroup.map((entry) => entry.element);
    if (leaves.length === 1 && leaves[0]) {
      horizontals.push(leaves[0]);
    } else {
      const stack = document.createElement('section');
      // reveal.js otherwise re-enters a stack at the sub-slide last seen there; reading order is linear.
      stack.setAttribute('data-start-indexv', '0');
      stack.append(...leaves);
      horizontals.push(stack);
    }
  }
  return { horizontals, groups: entries, byId };
}
