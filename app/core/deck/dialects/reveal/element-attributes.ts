/**
 * `<!-- .element: class="fragment" -->` in a slide's HTML, applied as reveal.js's Markdown plugin applies
 * it (its `addAttributes`): to the nearest element before the comment among its siblings (not a `<br>`),
 * else to the element the comment sits in; after a list with no blank line between, to its last item.
 * Only `class` (plain names), `id` (a plain name) and `data-fragment-index` (a number) are set; every other
 * attribute is dropped (read() warns about them). `.slide:` comments are dropped too (read() took them). The HTML is parsed with parse5 (linear) and only when
 * it holds such a comment.
 */
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { plainClasses } from '../look-values';
import { commentAttributes } from './slide-attributes';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

function isElement(node: ChildNode | ParentNode): node is Element {
  return 'tagName' in node;
}

/** The slide HTML with its `.element:` comments applied and removed. */
export function applyElementAttributes(html: string): string {
  // `.slide:` comments are read by read() into the look; they are dropped here so no attribute text rides along.
  if (!html.includes('<!--') || !/\.(?:element|slide:)/.test(html)) return html;
  const root = parseFragment(html);
  const applied: ChildNode[] = [];
  walk(root, null, applied);
  for (const comment of applied) {
    const parent = comment.parentNode;
    if (parent !== null) parent.childNodes.splice(parent.childNodes.indexOf(comment), 1);
  }
  return serialize(root);
}

/** reveal's walk: `target` is the element a comment at this point would dress. Iterative over depth via recursion on elements only (the sanitizer caps nesting; parse5 itself limits none, so depth is capped here). */
function walk(node: ParentNode, inherited: Element | null, applied: ChildNode[], depth = 0): void {
  if (depth > 200) return;
  let target: Element | null = isElement(node) ? node : inherited;
  const children = node.childNodes;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i] as ChildNode;
    const before = i > 0 ? previousElement(children, i) : null;
    if (before !== null) target = before;
    if (child.nodeName === '#comment' && 'data' in child) {
      const previous = children[i - 1];
      const blankBefore = previous !== undefined && previous.nodeName === '#text' && 'value' in previous && /\n[ \t]*\n/.test(previous.value);
      let dressed = target;
      if (dressed !== null && (dressed.tagName === 'ul' || dressed.tagName === 'ol') && !blankBefore) dressed = lastElementChild(dressed) ?? dressed;
      const attributes = commentAttributes(child.data, 'element');
      if (attributes === null && commentAttributes(child.data, 'slide') !== null) applied.push(child);
      if (attributes !== null && dressed !== null) {
        setAttributes(dressed, attributes);
        applied.push(child);
      }
    } else if (isElement(child)) {
      walk(child, target, applied, depth + 1);
    }
  }
}

function previousElement(children: ChildNode[], index: number): Element | null {
  for (let j = index - 1; j >= 0; j -= 1) {
    const node = children[j] as ChildNode;
    if (isElement(node) && node.tagName !== 'br') return node;
  }
  return null;
}

function lastElementChild(element: Element): Element | null {
  for (let j = element.childNodes.length - 1; j >= 0; j -= 1) {
    const node = element.childNodes[j] as ChildNode;
    if (isElement(node)) return node;
  }
  return null;
}

function setAttributes(element: Element, attributes: readonly { name: string; value: string }[]): void {
  for (const { name, value } of attributes) {
    let checked: string | null = null;
    if (name === 'class') checked = plainClasses(value).join(' ') || null;
    else if (name === 'id') checked = ID.test(value) && !value.startsWith('mimbar-') ? value : null;
    else if (name === 'data-fragment-index') checked = /^\d{1,4}$/.test(value) ? value : null;
    if (checked === null) continue;
    const existing = element.attrs.find((attr) => attr.name === name);
    if (existing) existing.value = checked;
    else element.attrs.push({ name, value: checked });
  }
}
