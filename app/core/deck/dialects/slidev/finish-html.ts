/**
 * The last touches on a Slidev slide's HTML, after Marked rendered it:
 * - Vue components (`<Tweet id="…"/>`, any dashed or capitalised tag but the click tags) become a
 *   labelled box, `<div class="mimbar-component">Tweet</div>`; the component itself never reaches the page.
 *   Their closing tags go; what an author put between the tags stays, after the box.
 * - `<v-click>`, `<v-after>`, `<v-clicks>` and the `v-click`/`v-after` attributes become reveal.js
 *   fragments, numbered as Slidev counts clicks (sli.dev/guide/animations): each `v-click` is the next
 *   click, `v-after` shares the click before it, `at="3"`/`v-click="3"` is click 3, `at="+2"` two clicks
 *   on; `<v-clicks>` makes each list item (to `depth`, `every` items at a time) or each child a click; a
 *   code block's further highlight steps are the next clicks where they stand.
 * - Slot markers (slot-extension.ts) wrap the slide's parts: `<div class="mimbar-slot mimbar-slot-right">`.
 * - `<style>` and `<script>` elements are dropped (read-time notices say so).
 * Tags are found by a linear scan that honours quotes and comments; the rest is parse5's HTML tree, so
 * hostile nesting reads as a browser reads it.
 */
import { defaultTreeAdapter, html as parse5Html, parseFragment, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { escapeHtml } from '../../markdown';
import { isComponentName } from './constructs';
import { SLOT_MARKER_PREFIX } from './slot-extension';

type Node = DefaultTreeAdapterTypes.Node;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content the HTML tokenizer reads as text up to their closing tag. */
const RAW_TEXT = new Set(['style', 'script', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul']);
const PHRASING_PARENTS = new Set(['p', 'span', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'mark', 'code', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'label', 'sup', 'sub', 'del', 'ins', 'dt', 'dd', 'figcaption']);
const NEEDS_TREE = /<v-clicks?\b|<v-after\b|\sv-(?:click|after)\b|<style\b|<script\b/i;

/** Rewrites a Slidev slide's rendered HTML; see the module comment. */
export function finishSlidevHtml(html: string): string {
  const scanned = replaceComponents(html);
  if (!NEEDS_TREE.test(scanned) && !scanned.includes(SLOT_MARKER_PREFIX)) return scanned;
  const root = parseFragment(scanned);
  dropElements(root, new Set(['style', 'script']));
  wrapSlots(root);
  markClicks(root, root, { cursor: 0 });
  return serialize(root);
}

/**
 * Components to labelled boxes, Vue's self-closing `<div />` to `<div></div>`, in one pass over the
 * text. A tag whose quote never closes ends the pass: the rest is left as it is (parse5 reads it as text).
 */
export function replaceComponents(html: string): string {
  let out = '';
  let i = 0;
  let inParagraph = false;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const stop = commentEnd(html, lt);
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }
    const head = /^<(\/?)([A-Za-z][A-Za-z0-9_.:-]*)/.exec(html.slice(lt, lt + 130));
    if (head === null) {
      out += '<';
      i = lt + 1;
      continue;
    }
    let j = lt + head[0].length;
    let quote: string | null = null;
    for (; j < n; j += 1) {
      const c = html[j];
      if (quote !== null) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '>') {
        break;
      }
    }
    if (j >= n) {
      out += html.slice(lt);
      break;
    }
    const isClosing = head[1] === '/';
    const name = head[2] ?? '';
    const lower = name.toLowerCase();
    const tag = html.slice(lt, j + 1);
    const isSelfClosing = html[j - 1] === '/';
    if (isComponentName(name)) {
      if (!isClosing) {
        const box = inParagraph ? 'span' : 'div';
        out += `<${box} class="mimbar-component">${escapeHtml(name)}</${box}>`;
      }
    } else if (!isClosing && isSelfClosing && !VOID.has(lower)) {
      out += `${tag.slice(0, -2).trimEnd()}></${name}>`;
    } else {
      out += tag;
    }
    if (lower === 'p') inParagraph = !isClosing;
    i = j + 1;
    if (!isClosing && RAW_TEXT.has(lower)) {
      // Its text holds no tags (a browser reads it to its closing tag): copied as it is.
      const close = html.toLowerCase().indexOf(`</${lower}`, i);
      const stop = close === -1 ? n : close;
      out += html.slice(i, stop);
      i = stop;
    }
  }
  return out;
}

/** Where the comment opened at `start` ends, as the HTML tokenizer reads it (`<!-->`, `--!>` included). */
function commentEnd(html: string, start: number): number {
  if (html.startsWith('<!-->', start)) return start + 5;
  if (html.startsWith('<!--->', start)) return start + 6;
  const ends = [html.indexOf('-->', start + 4), html.indexOf('--!>', start + 4)].filter((index) => index !== -1);
  if (ends.length === 0) return html.length;
  const end = Math.min(...ends);
  return end + (html.startsWith('-->', end) ? 3 : 4);
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function dropElements(parent: ParentNode, names: ReadonlySet<string>): void {
  for (const child of [...parent.childNodes]) {
    if (!isElement(child)) continue;
    if (names.has(child.tagName)) defaultTreeAdapter.detachNode(child);
    else dropElements(child, names);
  }
}

/** Groups the top-level nodes at the slot markers into slot wrappers (nothing changes without a marker). */
function wrapSlots(root: DefaultTreeAdapterTypes.DocumentFragment): void {
  const nodes = [...root.childNodes];
  const markerName = (node: Node): string | null =>
    node.nodeName === '#comment' && 'data' in node && node.data.startsWith(SLOT_MARKER_PREFIX) ? node.data.slice(SLOT_MARKER_PREFIX.length) : null;
  if (!nodes.some((node) => markerName(node) !== null)) return;
  for (const node of nodes) defaultTreeAdapter.detachNode(node);
  let current: Element | null = null;
  const pending: ChildNode[] = [];
  const open = (name: string): Element => {
    const slot = defaultTreeAdapter.createElement('div', parse5Html.NS.HTML, [{ name: 'class', value: `mimbar-slot mimbar-slot-${name}` }]);
    defaultTreeAdapter.appendChild(root, slot);
    return slot;
  };
  for (const node of nodes) {
    const name = markerName(node);
    if (name !== null) {
      current = open(name);
      continue;
    }
    if (current === null) {
      // Content before the first marker is the default slot; blank text before it makes none.
      if (pending.length === 0 && node.nodeName === '#text' && 'value' in node && node.value.trim() === '') continue;
      pending.push(node);
      continue;
    }
    defaultTreeAdapter.appendChild(current, node);
  }
  if (pending.length > 0) {
    const slot = defaultTreeAdapter.createElement('div', parse5Html.NS.HTML, [{ name: 'class', value: 'mimbar-slot mimbar-slot-default' }]);
    for (const node of pending) defaultTreeAdapter.appendChild(slot, node);
    const first = root.childNodes[0];
    if (first === undefined) defaultTreeAdapter.appendChild(root, slot);
    else defaultTreeAdapter.insertBefore(root, slot, first);
  }
}

interface ClickState {
  /** The click the last relative click landed on. */
  cursor: number;
}

/**
 * The click an element shows on. `value`: its `at` or directive value as written; `step`: the relative
 * step it takes when it names none (1 for `v-click`, 0 for `v-after`). Relative values move the cursor;
 * absolute ones do not (Slidev's rule since 0.48).
 */
function clickOf(value: string | null, step: number, state: ClickState): number {
  const written = (value ?? '').trim().replace(/^\[\s*/, '').replace(/^(['"])(.*)\1$/, '$2').split(/[\s,\]]/)[0] ?? '';
  if (/^\d{1,4}$/.test(written)) return Number(written);
  const relative = /^[+-]\d{1,4}$/.test(written) ? Number(written) : step;
  state.cursor = Math.max(0, state.cursor + relative);
  return state.cursor;
}

function attribute(element: Element, name: string): string | null {
  return element.attrs.find((attr) => attr.name === name)?.value ?? null;
}

/** Makes `element` a fragment shown on click `click` (click 0 or less: shown from the start). */
function makeFragment(element: Element, click: number): void {
  if (click <= 0) return;
  const classAttr = element.attrs.find((attr) => attr.name === 'class');
  if (classAttr === undefined) element.attrs.push({ name: 'class', value: 'fragment' });
  else if (!classAttr.value.split(/\s+/).includes('fragment')) classAttr.value = `${classAttr.value} fragment`.trim();
  element.attrs = element.attrs.filter((attr) => attr.name !== 'data-fragment-index');
  element.attrs.push({ name: 'data-fragment-index', value: String(click) });
}

/** A click directive attribute: `v-click`, `v-after`, with modifiers such as `.hide`. */
function directiveOf(element: Element): { value: string; step: number } | null {
  for (const attr of element.attrs) {
    if (/^v-click(?:\.|$)/.test(attr.name)) return { value: attr.value, step: 1 };
    if (/^v-after(?:\.|$)/.test(attr.name)) return { value: attr.value, step: 0 };
  }
  return null;
}

function replaceWith(element: Element, replacement: Element): void {
  const parent = element.parentNode;
  if (parent === null) return;
  defaultTreeAdapter.insertBefore(parent, replacement, element);
  for (const child of [...element.childNodes]) {
    defaultTreeAdapter.detachNode(child);
    defaultTreeAdapter.appendChild(replacement, child);
  }
  defaultTreeAdapter.detachNode(element);
}

function unwrap(element: Element): ChildNode[] {
  const parent = element.parentNode;
  const children = [...element.childNodes];
  if (parent === null) return children;
  for (const child of children) {
    defaultTreeAdapter.detachNode(child);
    defaultTreeAdapter.insertBefore(parent, child, element);
  }
  defaultTreeAdapter.detachNode(element);
  return children;
}

/** Walks `parent`'s children in document order, turning Slidev's clicks into fragments. */
function markClicks(root: ParentNode, parent: ParentNode, state: ClickState): void {
  for (const child of [...parent.childNodes]) markNode(root, parent, child, state);
}

function markNode(root: ParentNode, parent: ParentNode, child: ChildNode, state: ClickState): void {
  if (!isElement(child)) return;
  if (child.tagName === 'v-clicks') {
    markListClicks(child, state);
    // The items are numbered; clicks inside them come after (Slidev renders the parent first).
    for (const node of unwrap(child)) markNode(root, parent, node, state);
    return;
  }
  if (child.tagName === 'v-click' || child.tagName === 'v-after') {
    const click = clickOf(attribute(child, 'at'), child.tagName === 'v-click' ? 1 : 0, state);
    const isInline = parent !== root && isElement(parent as Node) && PHRASING_PARENTS.has((parent as Element).tagName) && !child.childNodes.some((node) => isElement(node) && BLOCK.has(node.tagName));
    // A fragment mark an enclosing `<v-clicks>` gave it carries over.
    const marks = child.attrs.filter((attr) => attr.name === 'class' || attr.name === 'data-fragment-index');
    const wrapper = defaultTreeAdapter.createElement(isInline ? 'span' : 'div', parse5Html.NS.HTML, marks);
    replaceWith(child, wrapper);
    makeFragment(wrapper, click);
    markClicks(root, wrapper, state);
    return;
  }
  if (isCodeStep(child)) {
    // A code block's further highlight steps (code/code-block.ts) are clicks too, counted in document
    // order with the others, as Slidev counts them.
    makeFragment(child, clickOf(null, 1, state));
    return;
  }
  const directive = directiveOf(child);
  if (directive !== null) {
    child.attrs = child.attrs.filter((attr) => !/^v-(?:click|after)(?:\.|$)/.test(attr.name));
    makeFragment(child, clickOf(directive.value, directive.step, state));
  }
  markClicks(root, child, state);
}

function isCodeStep(element: Element): boolean {
  const classes = (attribute(element, 'class') ?? '').split(/\s+/);
  return element.tagName === 'div' && classes.includes('mimbar-code-step') && classes.includes('fragment');
}

/** `<v-clicks>`: each list item (to `depth`) or each child element a click, `every` at a time. */
function markListClicks(element: Element, state: ClickState): void {
  const depth = boundedNumber(attribute(element, 'depth'), 1);
  const every = boundedNumber(attribute(element, 'every'), 1);
  const targets: Element[] = [];
  const items = (list: Element, level: number): void => {
    for (const item of list.childNodes) {
      if (!isElement(item) || item.tagName !== 'li') continue;
      targets.push(item);
      if (level >= depth) continue;
      for (const nested of item.childNodes) if (isElement(nested) && (nested.tagName === 'ul' || nested.tagName === 'ol')) items(nested, level + 1);
    }
  };
  for (const child of element.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === 'ul' || child.tagName === 'ol') items(child, 1);
    else targets.push(child);
  }
  const at = attribute(element, 'at');
  let click = 0;
  for (const [index, target] of targets.entries()) {
    if (index % every === 0) click = index === 0 ? clickOf(at, 1, state) : clickOf(null, 1, state);
    makeFragment(target, click);
  }
}

function boundedNumber(value: string | null, fallback: number): number {
  const number = Number((value ?? '').trim());
  return Number.isInteger(number) && number >= 1 ? Math.min(number, 16) : fallback;
}
