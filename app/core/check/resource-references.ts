/**
 * Finds every place in a slide's HTML that would load a file: images, media, frames, stylesheets,
 * reveal.js backgrounds and CSS `url(...)`. Parsed with parse5, the HTML standard's tokenizer and tree
 * builder, so quoting, entities, comments and raw-text elements read as a browser reads them. Links
 * (`<a href>`, `<area href>`) are not resources: they open only when clicked.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import type { Slide } from '../../contract/deck';
import { escapeHtml } from '../deck/markdown';
import { backgroundShorthandUrls, commaUrls, cssUrls, srcsetUrls } from './url-lists';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** One URL a slide would load, with the element and attribute it came from. */
export interface ResourceReference {
  /** The URL as the browser would read it (entities decoded), trimmed. */
  url: string;
  /** Lower-case tag name: `img`, `video`, `style`, … */
  element: string;
  /** Attribute name, or `#text` for the text of a `<style>` element. */
  attribute: string;
}

type Reader = (value: string) => string[];

const single: Reader = (value) => (value.trim() === '' ? [] : [value.trim()]);

/** Attributes that load something on any element, and how to read their URLs. */
const ANY_ELEMENT: Readonly<Record<string, Reader>> = {
  src: single,
  srcset: srcsetUrls,
  poster: single,
  background: single,
  style: cssUrls,
  'data-src': single,
  'data-background': backgroundShorthandUrls,
  'data-background-image': single,
  'data-background-video': commaUrls,
  'data-background-iframe': single,
};

/** Attributes that load something only on one element (`href` is a link everywhere else). */
const ONE_ELEMENT: Readonly<Record<string, Readonly<Record<string, Reader>>>> = {
  link: { href: single },
  object: { data: single },
};

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function referencesOf(element: Element): ResourceReference[] {
  const found: ResourceReference[] = [];
  const tag = element.tagName.toLowerCase();
  for (const { name, value } of element.attrs) {
    const attribute = name.toLowerCase();
    const read = ONE_ELEMENT[tag]?.[attribute] ?? ANY_ELEMENT[attribute];
    if (read) found.push(...read(value).map((url) => ({ url, element: tag, attribute })));
  }
  if (tag === 'style') {
    const css = element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
    found.push(...cssUrls(css).map((url) => ({ url, element: tag, attribute: '#text' })));
  }
  return found;
}

/** Every resource URL in `html`, in document order; `<template>` content is inert and skipped. */
export function findResourceReferences(html: string): ResourceReference[] {
  // scriptingEnabled false: like DOMParser (which the sanitizer uses), <noscript> content is markup.
  const fragment = parseFragment(html, { scriptingEnabled: false });
  const found: ResourceReference[] = [];
  // An explicit stack: author HTML may nest deeper than the call stack is comfortable with.
  const stack: Node[] = [...fragment.childNodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    found.push(...referencesOf(node));
    for (let index = node.childNodes.length - 1; index >= 0; index -= 1) {
      const child = node.childNodes[index];
      if (child) stack.push(child);
    }
  }
  return found;
}

/**
 * Every resource URL a slide shows: its HTML, then its look's background images, header and footer
 * (the views show those as they show the slide's own HTML).
 */
export function slideResourceReferences(slide: Slide): ResourceReference[] {
  const { backgroundImages, header, footer } = slide.look;
  const dressing = backgroundImages.map((image) => `<img src="${escapeHtml(image.src)}">`).join('') + (header ?? '') + (footer ?? '');
  return findResourceReferences(slide.html + dressing);
}
