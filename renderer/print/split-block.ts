/**
 * Splits one block of notes so that its first part fills what is left of a notes area: between two
 * nested blocks (list items, paragraphs) if one is near, else after a sentence, else after a word. Both parts are clones made with a DOM Range, so inline markup (bold, links)
 * and list structure carry over on both sides of the cut; a list item cut in two continues without a
 * second marker, and an ordered list continues its numbering.
 */

import { BROKEN_IMAGE_CLASS } from './settle-media';

/** A place the block may be cut: before a nested block (preferred), or after a space. */
interface Boundary {
  container: Node;
  offset: number;
  /** 2: between two blocks (list items, paragraphs); 1: after a sentence; 0: after a word. */
  strength: number;
}

/** How far back (in cut points) a stronger cut is preferred over the last one that fits. */
const LOOKBACK = 30;
const SENTENCE_END = /[.!?…:;]["'”’)\]]*$/;
const NESTED_BLOCK = /^(?:P|LI|DIV|BLOCKQUOTE|PRE|TABLE|TR|UL|OL|DL|DT|DD|H[1-6]|FIGURE)$/;

function boundariesOf(block: HTMLElement): Boundary[] {
  const found: Boundary[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode;
    if (node instanceof Element) {
      if (parent && NESTED_BLOCK.test(node.tagName) && node.previousElementSibling) {
        found.push({ container: parent, offset: Array.prototype.indexOf.call(parent.childNodes, node), strength: 2 });
      }
      continue;
    }
    const text = node as Text;
    for (const match of text.data.matchAll(/\s+/g)) {
      const strength = SENTENCE_END.test(text.data.slice(0, match.index)) ? 1 : 0;
      found.push({ container: text, offset: match.index + match[0].length, strength });
    }
  }
  return found;
}

function part(block: HTMLElement, boundary: Boundary, side: 'head' | 'tail'): HTMLElement {
  const range = document.createRange();
  if (side === 'head') {
    range.setStart(block, 0);
    range.setEnd(boundary.container, boundary.offset);
  } else {
    range.setStart(boundary.container, boundary.offset);
    range.setEnd(block, block.childNodes.length);
  }
  const clone = block.cloneNode(false) as HTMLElement;
  clone.append(range.cloneContents());
  return clone;
}

function hasContent(element: HTMLElement): boolean {
  return (element.textContent ?? '').trim() !== '' || element.querySelector(`img, .${BROKEN_IMAGE_CLASS}, .mimbar-remote-image`) !== null;
}

/** Keeps list markers and numbering right across the cut. */
function continueList(block: HTMLElement, boundary: Boundary, head: HTMLElement, tail: HTMLElement): void {
  if (block.tagName !== 'OL' && block.tagName !== 'UL') return;
  const element = boundary.container instanceof Element ? boundary.container : boundary.container.parentElement;
  const item = element?.closest('li');
  const isInsideItem = item !== null && item !== undefined && item.parentElement === block;
  if (isInsideItem) tail.querySelector(':scope > li')?.classList.add('continued');
  if (block.tagName === 'OL') {
    const start = Number.parseInt(block.getAttribute('start') ?? '1', 10) || 1;
    const headItems = head.querySelectorAll(':scope > li').length;
    tail.setAttribute('start', String(start + headItems - (isInsideItem ? 1 : 0)));
  }
}

/** The cut at or shortly before `index` between blocks, else after a sentence, else `index`. */
function strongestBefore(boundaries: readonly Boundary[], index: number): number {
  for (const strength of [2, 1]) {
    for (let candidate = index; candidate >= Math.max(0, index - LOOKBACK); candidate--) {
      if ((boundaries[candidate]?.strength ?? 0) >= strength) return candidate;
    }
  }
  return index;
}

/**
 * The largest head of `block` that still fits when appended to `area` (tested with `fits`), and the
 * rest; null when not even one word fits or the block cannot be cut.
 */
export function splitToFit(block: HTMLElement, area: HTMLElement, fits: (area: HTMLElement) => boolean): { head: HTMLElement; tail: HTMLElement } | null {
  const boundaries = boundariesOf(block);
  const fitsAt = (index: number): boolean => {
    const boundary = boundaries[index];
    if (!boundary) return false;
    const head = part(block, boundary, 'head');
    area.append(head);
    const result = fits(area);
    head.remove();
    return result;
  };
  let low = 0;
  let high = boundaries.length - 1;
  let best = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (fitsAt(middle)) {
      best = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (best < 0) return null;
  best = strongestBefore(boundaries, best);
  const boundary = boundaries[best] as Boundary;
  const head = part(block, boundary, 'head');
  const tail = part(block, boundary, 'tail');
  // A cut in the whitespace before the first word or after the last one leaves nothing to move.
  if (!hasContent(head) || !hasContent(tail)) return null;
  continueList(block, boundary, head, tail);
  return { head, tail };
}
