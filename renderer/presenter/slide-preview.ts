/**
 * A static slide preview, built the way the print view builds a frame (shared/slide/static-frame.ts):
 * the slide's reveal-like structure in a 1280×720 box scaled to its slot with CSS `zoom`
 * (shared/slide/frame-layout.ts), fragments shown up to a step (shared/slide/fragment-step.ts). No reveal.js
 * instance: a preview costs one slide's DOM, whatever the deck's size. The current and next previews
 * share the frames they built: on →, the next slide's frame moves into the current slot instead of
 * being sanitized and fitted again.
 */
import { fitSlide } from '../../renderer/shared/slide/fit-slide';
import { buildStaticFrame, type FrameDeck, type StaticFrame } from '../../renderer/shared/slide/static-frame';
import { applyFragmentStep } from '../../renderer/shared/slide/fragment-step';
import { layoutFrames } from '../../renderer/shared/slide/frame-layout';
import { createBox } from '../../renderer/shared/dom/create-box';
import type { Step } from './deck-order';

/** What a preview needs from the deck besides the step. */
export type PreviewDeck = FrameDeck;

/** One preview slot: shows a step, or a message when there is none. */
export interface SlidePreview {
  /** Shows `step` (null: `emptyText` instead); rebuilds only when the slide changes. */
  show(step: Step | null, deck: PreviewDeck, emptyText: string): void;
  /** Rescales the frame to the slot's current size. */
  layout(): void;
}

type Frame = StaticFrame;

/** Frames built by the previews, by slide and content; the oldest is dropped beyond `capacity`. */
export interface FrameCache {
  take(key: string): Frame | undefined;
  keep(key: string, frame: Frame): void;
}

/** A cache for the previews of one console (a frame is a DOM node: it shows in one slot at a time). */
export function createFrameCache(capacity = 4): FrameCache {
  const frames = new Map<string, Frame>();
  return {
    take: (key) => frames.get(key),
    keep(key, frame) {
      frames.delete(key);
      frames.set(key, frame);
      if (frames.size > capacity) frames.delete(frames.keys().next().value as string);
    },
  };
}

/**
 * Creates a preview filling `container` (which keeps its size from the console's layout). With
 * `mayTakeShown` (the current slide, drawn first), it takes a frame the other preview is showing; the
 * other one then builds its own.
 */
export function createSlidePreview(container: HTMLElement, frames: FrameCache = createFrameCache(), mayTakeShown = false): SlidePreview {
  let shownKey: string | null = null;
  let section: HTMLElement | null = null;
  const layout = (): void => layoutFrames(container);
  return {
    show(step, deck, emptyText) {
      if (!step) {
        shownKey = null;
        section = null;
        container.replaceChildren(createBox('preview-empty', emptyText));
        container.dataset['slide'] = '';
        return;
      }
      const key = `${step.slide.id}\n${deck.assetVersion}\n${step.slide.html}`;
      // The other preview may have taken this frame (both show one slide at two fragment steps).
      if (key !== shownKey || !section || !container.contains(section)) {
        const found = frames.take(key);
        const cached = found && (mayTakeShown || !found.slot.isConnected) ? found : undefined;
        const built = cached ?? buildStaticFrame(step.slide, deck);
        container.replaceChildren(built.slot);
        section = built.section;
        shownKey = key;
        layout();
        // A frame from the cache was fitted when built (fitting works at the slide's design size).
        if (!cached) fitSlide(section);
        frames.keep(key, built);
      }
      applyFragmentStep(section, step.fragment + 1);
      container.dataset['slide'] = step.slide.id;
      container.dataset['fragment'] = String(step.fragment);
    },
    layout,
  };
}
