/**
 * Lays notes out over as many page boxes as they need, without relying on the browser's own
 * fragmentation: blocks go into a notes area while it holds them; the block that does not fit is cut
 * at a word (`split-block.ts`) and the rest continues in the next area, on a continuation page.
 */
import { splitToFit } from './split-block';

/** True while the area's content fits its height (one pixel of slack for sub-pixel line heights). */
export function fitsHeight(area: HTMLElement): boolean {
  return area.scrollHeight <= area.clientHeight + 1;
}

const HEADING = /^H[1-6]$/;

/** A heading must not end an area with its text on the next page: it moves along. */
function keepHeadingWithNext(area: HTMLElement, queue: HTMLElement[]): void {
  const last = area.lastElementChild;
  if (last instanceof HTMLElement && HEADING.test(last.tagName) && area.childElementCount > 1) {
    last.remove();
    queue.unshift(last);
  }
}

/**
 * Puts `blocks` into `firstArea`, then into the areas `nextArea` creates, in order. A block that cannot
 * be cut (an image, one enormous word) and does not fit even an empty area is placed alone in one.
 */
export function flowNotes(blocks: readonly HTMLElement[], firstArea: HTMLElement, nextArea: () => HTMLElement): void {
  let area = firstArea;
  const queue = [...blocks];
  // The blocks may still sit in the first area (staged there so their fonts and images load).
  for (const block of queue) block.remove();
  for (let block = queue.shift(); block; block = queue.shift()) {
    area.append(block);
    if (fitsHeight(area)) continue;
    block.remove();
    const split = splitToFit(block, area, fitsHeight);
    if (split) {
      area.append(split.head);
      queue.unshift(split.tail);
    } else if (area.childElementCount === 0) {
      area.append(block);
      block.classList.add('notes-oversized');
    } else {
      queue.unshift(block);
    }
    if (queue.length === 0) break;
    keepHeadingWithNext(area, queue);
    area = nextArea();
  }
}
