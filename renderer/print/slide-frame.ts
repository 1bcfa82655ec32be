/**
 * One printed frame: the slide's reveal-like structure (`.reveal > .slides > section.present`) at its
 * 1280×720 design size inside a `.frame` box, so the theme styles it as in the audience view. The
 * slide HTML goes through the shared `fillSlide` (the one sanitizer); the box is scaled to its slot
 * later by `layoutFrames` (shared/slide/frame-layout.ts).
 */
import type { DeckPayload } from '../../app/contract/channels';
import type { Slide } from '../../app/contract/deck';
import type { PrintFrame } from '../../app/contract/export';
import { fillSlide } from '../../renderer/shared/slide/slide-content';
import { applyFragmentStep } from '../../renderer/shared/slide/fragment-step';
import { createBox } from '../../renderer/shared/dom/create-box';
import { PRINT_SLIDE_ATTRIBUTE } from './fit-check';
import { createOutlineAnchor, hideHeadingsFromOutline } from './outline';

/** What every frame of a job needs. */
export interface FrameContext {
  payload: DeckPayload;
  slides: ReadonlyMap<string, Slide>;
  /** Id of the deck's first slide (the title slide, styled as in the audience view). */
  titleSlideId: string | null;
  /** Slides that already have their outline entry; frames add to it. */
  outlined: Set<string>;
}

/** The deck slide a frame shows; throws for an id the deck does not have. */
export function slideOf(context: FrameContext, slideId: string): Slide {
  const slide = context.slides.get(slideId);
  if (!slide) throw new Error(`The export plan names a slide the deck does not have: ${slideId}`);
  return slide;
}

function createSection(context: FrameContext, slide: Slide, step: number | null): HTMLElement {
  const section = document.createElement('section');
  section.className = 'present mimbar-slide';
  section.setAttribute(PRINT_SLIDE_ATTRIBUTE, slide.id);
  if (slide.id === context.titleSlideId) section.classList.add('mimbar-title-slide');
  if (slide.isPlaceholder) section.classList.add('mimbar-placeholder');
  fillSlide({ slide, element: section, isFilled: false }, context.payload.deck.meta, context.payload);
  hideHeadingsFromOutline(section);
  applyFragmentStep(section, step);
  return section;
}

/**
 * A `.frame-slot` holding the frame of `frame`; with `numberLabel`, the frame shows it in its corner.
 * The slide's outline entry goes on its first frame, once.
 */
export function createFrameSlot(context: FrameContext, frame: PrintFrame, numberLabel: string | null): HTMLElement {
  const slide = slideOf(context, frame.slideId);
  const slides = createBox('slides');
  slides.append(createSection(context, slide, frame.step));
  const reveal = createBox('reveal');
  reveal.append(slides);
  const slideBox = createBox('slide-box');
  slideBox.append(reveal);
  if (numberLabel !== null) slideBox.append(createBox('slide-number', numberLabel));
  const frameBox = createBox('frame');
  frameBox.dataset['slide'] = slide.id;
  frameBox.append(slideBox);
  if (frame.isFirstFrame && !context.outlined.has(slide.id)) {
    context.outlined.add(slide.id);
    frameBox.append(createOutlineAnchor(frame.title || slide.title, slide.id));
  }
  const slot = createBox('frame-slot');
  slot.append(frameBox);
  return slot;
}
