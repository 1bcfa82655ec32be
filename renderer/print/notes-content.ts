/**
 * A slide's notes as a list of printable blocks: the notes HTML through the one sanitizer, headings
 * out of the outline, images loaded eagerly, and loose inline content wrapped so that every top-level
 * piece is a block the notes flow can move to the next page.
 */
import { sanitizeToFragment } from '../../renderer/shared/sanitize/sanitize-html';
import { createBox } from '../../renderer/shared/dom/create-box';
import { hideHeadingsFromOutline } from './outline';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIV', 'DL', 'FIELDSET', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'TABLE', 'UL',
]);

/** True for an element that lays out as a block on its own line. */
function isBlock(node: Node): node is HTMLElement {
  return node instanceof HTMLElement && BLOCK_TAGS.has(node.tagName);
}

/** Sanitized notes as top-level blocks; empty when the notes have no visible content. */
export function notesBlocks(html: string, assetBase: string): HTMLElement[] {
  if (html.trim() === '') return [];
  const fragment = sanitizeToFragment(html, assetBase);
  hideHeadingsFromOutline(fragment);
  // An image far down a long document must not wait to be scrolled into view.
  for (const image of fragment.querySelectorAll('img')) image.loading = 'eager';
  const blocks: HTMLElement[] = [];
  let loose: HTMLElement | null = null;
  for (const node of Array.from(fragment.childNodes)) {
    if (isBlock(node)) {
      blocks.push(node);
      loose = null;
    } else if (node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '') {
      if (!loose) {
        loose = createBox('notes-loose');
        blocks.push(loose);
      }
      loose.append(node);
    }
  }
  return blocks;
}

/** The quiet line printed where a slide has no notes. */
export function noNotesLine(text: string): HTMLElement {
  const line = document.createElement('p');
  line.className = 'notes-empty';
  line.textContent = text;
  return line;
}
