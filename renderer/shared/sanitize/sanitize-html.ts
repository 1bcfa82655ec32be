/**
 * Sanitizes deck HTML at the DOM boundary with one DOMPurify instance, one config and a few hooks
 * that confine images to the deck folder, keep remote images offline and make links inert. Insert
 * the result as is: changing it afterwards could void the sanitization (DOMPurify README).
 */
import createDOMPurify from 'dompurify';
import type { Config, UponSanitizeAttributeHookEvent } from 'dompurify';
import { REVEAL_LOADER_ATTRIBUTE, createSanitizeConfig } from './sanitize-config';
import { classifyImageSource, classifyLinkTarget } from './url-rules';

const CODE_LANGUAGE = /^language-[A-Za-z0-9_+-]+$/;
const PLAIN_CLASS = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Class prefix of the app's own chrome (banners, indicators); deck content may not borrow it. */
const APP_UI_CLASS = /^mimbar-ui-/;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** A reference to an element of the same drawing, the only `url(…)` an attribute may hold. */
const FRAGMENT_REFERENCE = /^\s*url\(\s*#([A-Za-z0-9_-]+)\s*\)\s*$/;
const ANY_URL = /url\s*\(|image-set\s*\(|@import|expression\s*\(/i;
const NAMED_PROPS_PREFIX = 'user-content-';

const purifier = createDOMPurify(window);
const configs = new Map<string, Config>();
// Hooks are registered once; the asset base of the sanitize call in progress (calls are synchronous).
let currentAssetBase = '';
// Each sanitize call numbers the ids of its drawings apart: the console shows a slide in several places
// at once, and a marker or gradient must come from its own copy (the first copy may be hidden).
let currentSerial = 0;

function configFor(assetBase: string): Config {
  let config = configs.get(assetBase);
  if (!config) {
    config = createSanitizeConfig(assetBase);
    configs.set(assetBase, config);
  }
  return config;
}

function filterClasses(tagName: string, value: string): string {
  const isCode = tagName === 'code' || tagName === 'pre';
  return value
    .split(/\s+/)
    .filter((token) => (isCode ? CODE_LANGUAGE.test(token) : PLAIN_CLASS.test(token) && !APP_UI_CLASS.test(token)))
    .join(' ');
}

function onAttribute(node: Element, event: UponSanitizeAttributeHookEvent): void {
  if (REVEAL_LOADER_ATTRIBUTE.test(event.attrName)) {
    event.keepAttr = false;
  } else if (event.attrName === 'class') {
    event.attrValue = filterClasses(node.nodeName.toLowerCase(), event.attrValue);
  } else if (ANY_URL.test(event.attrValue) && !FRAGMENT_REFERENCE.test(event.attrValue)) {
    // `fill="url(https://…)"`, `mask="url(other.svg#m)"`: a drawing may point only inside itself.
    event.keepAttr = false;
  }
}

/** Gives a drawing's ids this call's number, and its `url(#id)` references the same. */
function numberDrawingIds(node: Element): void {
  for (const { name, value } of Array.from(node.attributes)) {
    if (name === 'id') {
      node.setAttribute('id', `${value}-${currentSerial}`);
    } else {
      const reference = FRAGMENT_REFERENCE.exec(value);
      if (reference) node.setAttribute(name, `url(#${NAMED_PROPS_PREFIX}${(reference[1] ?? '').replace(new RegExp(`^${NAMED_PROPS_PREFIX}`), '')}-${currentSerial})`);
    }
  }
}

/**
 * A visible stand-in for an image that is not loaded: one on the web (never fetched), or one the app
 * refuses (outside the deck folder, another scheme). Names the address; the address is text only.
 */
function imagePlaceholder(image: Element, url: string, kind: 'remote' | 'refused'): HTMLElement {
  const doc = image.ownerDocument;
  const placeholder = doc.createElement('span');
  placeholder.className = kind === 'remote' ? 'mimbar-remote-image' : 'mimbar-remote-image mimbar-refused-image';
  placeholder.setAttribute('role', 'img');
  const alt = image.getAttribute('alt')?.trim();
  if (alt) {
    const label = doc.createElement('span');
    label.className = 'mimbar-remote-image-alt';
    label.textContent = alt;
    placeholder.append(label);
  }
  const address = doc.createElement('span');
  address.className = 'mimbar-remote-image-url';
  address.textContent = url;
  placeholder.append(address);
  return placeholder;
}

function confineImage(image: Element): void {
  const source = classifyImageSource(image.getAttribute('src') ?? '', currentAssetBase);
  if (source.kind === 'remote') {
    // Replacing the current node is safe here: DOMPurify's NodeIterator moves on to the placeholder
    // and sanitizes it like any other node.
    image.replaceWith(imagePlaceholder(image, source.url, 'remote'));
  } else if (source.kind === 'refused') {
    const written = (image.getAttribute('src') ?? '').trim();
    if (written === '') image.removeAttribute('src');
    else image.replaceWith(imagePlaceholder(image, written.slice(0, 300), 'refused'));
  } else {
    image.setAttribute('src', source.url);
  }
}

function confineLink(link: Element): void {
  const target = classifyLinkTarget(link.getAttribute('href') ?? '');
  if (target.kind === 'refused') {
    link.removeAttribute('href');
    return;
  }
  link.setAttribute('href', target.url);
  link.setAttribute('rel', 'noopener noreferrer');
}

function onElement(node: Element): void {
  const tag = node.nodeName.toLowerCase();
  if (node.namespaceURI === SVG_NS) numberDrawingIds(node);
  if (node.hasAttribute('src')) {
    if (tag === 'img') confineImage(node);
    else node.removeAttribute('src');
  }
  if (node.hasAttribute('href')) {
    if (tag === 'a' || tag === 'area') confineLink(node);
    else node.removeAttribute('href');
  }
}

purifier.addHook('uponSanitizeAttribute', onAttribute);
purifier.addHook('afterSanitizeAttributes', onElement);

/** Sanitizes deck HTML to a string, resolving relative image paths against `assetBase`. */
export function sanitizeHtml(html: string, assetBase: string): string {
  currentAssetBase = assetBase;
  currentSerial += 1;
  return purifier.sanitize(html, { ...configFor(assetBase), RETURN_DOM_FRAGMENT: false });
}

/** Sanitizes deck HTML to a fragment of the current document, ready to insert without re-parsing. */
export function sanitizeToFragment(html: string, assetBase: string): DocumentFragment {
  currentAssetBase = assetBase;
  currentSerial += 1;
  return purifier.sanitize(html, { ...configFor(assetBase), RETURN_DOM_FRAGMENT: true });
}
