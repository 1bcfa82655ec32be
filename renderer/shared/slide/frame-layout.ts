/**
 * Fits frames to their slots: sizes each `.frame` to the largest 16:9 box centred in its slot and
 * scales the 1280×720 design box into it with CSS `zoom`. Used by the print view's pages and the
 * presenter console's previews (the print view then shrinks each slide's text: print/fit-frames.ts).
 *
 * `zoom`, not `transform: scale()`: printing, Chromium drops what a transformed box paints when the
 * box's unscaled layout size reaches past the end of the page (in a handout, every frame whose
 * 720 px design height would cross the sheet's bottom edge printed blank). A zoomed box is laid out
 * at its printed size. Under standardized zoom, scrollHeight and clientHeight stay in design pixels.
 */
import { SLIDE_HEIGHT, SLIDE_WIDTH } from './slide-size';

/**
 * The audience view's reveal.js `margin: 0.04`: the slide keeps 4% of its size clear around it, so
 * printed text sits as far from the frame's edge as it does from the screen's.
 */
const SLIDE_MARGIN = 0.04;

/** Sizes every frame under `root` to its slot (reads every slot first, then writes: one layout). */
export function layoutFrames(root: ParentNode): void {
  const slots = Array.from(root.querySelectorAll<HTMLElement>('.frame-slot'));
  const sizes = slots.map((slot) => slot.getBoundingClientRect());
  slots.forEach((slot, index) => {
    const size = sizes[index];
    const frame = slot.querySelector<HTMLElement>(':scope > .frame');
    const box = frame?.querySelector<HTMLElement>(':scope > .slide-box');
    if (!size || !frame || !box) return;
    const width = Math.min(size.width, (size.height * SLIDE_WIDTH) / SLIDE_HEIGHT);
    const height = (width * SLIDE_HEIGHT) / SLIDE_WIDTH;
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
    frame.style.left = `${(size.width - width) / 2}px`;
    frame.style.top = `${(size.height - height) / 2}px`;
    // The frame centres the box (flex); zoom also scales the box's own offsets, so none are set here.
    box.style.zoom = String(width / (SLIDE_WIDTH * (1 + SLIDE_MARGIN)));
  });
}
