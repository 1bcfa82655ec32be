/**
 * A static slide frame, built the way the print view builds one: the slide's reveal-like structure
 * (`.frame-slot > .frame > .slide-box > .reveal > .slides > section.present`) at the 1280×720 design
 * size, filled through `fillSlide` (the one sanitizer). No reveal.js instance: a frame costs one
 * slide's DOM. The console's previews scale it with `layoutFrames`, the overview with a CSS transform.
 */
import type { DeckMeta, Slide } from '../../../app/contract/deck';
import { createBox } from '../dom/create-box';
import { fillSlide, type AssetSource } from './slide-content';

/** What a frame needs from the deck besides the slide. */
export interface FrameDeck extends AssetSource {
  meta: DeckMeta;
  /** Id of the deck's first slide (styled as the title slide, as in the audience view). */
  titleSlideId: string | null;
}

/** A built frame: its outermost box and the slide's section. */
export interface StaticFrame {
  slot: HTMLElement;
  section: HTMLElement;
}

/** Builds the frame of `slide`; its section is filled, not yet fitted (fitting needs it in the page). */
export function buildStaticFrame(slide: Slide, deck: FrameDeck): StaticFrame {
  const section = document.createElement('section');
  section.className = 'present mimbar-slide';
  if (slide.id === deck.titleSlideId) section.classList.add('mimbar-title-slide');
  if (slide.isPlaceholder) section.classList.add('mimbar-placeholder');
  fillSlide({ slide, element: section, isFilled: false }, deck.meta, deck);
  const slides = createBox('slides');
  slides.append(section);
  const reveal = createBox('reveal');
  reveal.append(slides);
  const box = createBox('slide-box');
  box.append(reveal);
  const frame = createBox('frame');
  frame.append(box);
  const slot = createBox('frame-slot');
  slot.append(frame);
  return { slot, section };
}
