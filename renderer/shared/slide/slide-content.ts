/**
 * Fills one slide section with its sanitized HTML, wrapped in a body element so that a `<section>`
 * inside deck content can never become a reveal.js slide. The deck title, the section breadcrumb and
 * the stand-in sentence of a placeholder slide are added with `textContent`.
 */
import type { DeckMeta, Slide } from '../../../app/contract/deck';
import { sanitizeToFragment } from '../sanitize/sanitize-html';
import { applySlideLook } from './slide-look';
import { slideStrings } from './slide-strings';

/** A slide and the `<section>` that shows it (a reveal.js section, a preview's or a printed frame's); `isFilled` once it has its content. */
export interface FillableSlide {
  slide: Slide;
  element: HTMLElement;
  isFilled: boolean;
}

function textElement(tag: string, className: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** Where a slide's files come from: the deck folder's URL prefix and the version of its images. */
export interface AssetSource {
  assetBase: string;
  /** `DeckPayload.assetVersion`: above 0, deck image URLs carry `?v=` so a changed image is loaded again. */
  assetVersion: number;
}

/** Adds the asset version to the deck images in `root` (the host ignores the query). */
function versionImages(root: ParentNode, { assetBase, assetVersion }: AssetSource): void {
  if (assetVersion <= 0) return;
  for (const image of root.querySelectorAll('img')) {
    const src = image.getAttribute('src');
    if (src?.startsWith(assetBase)) image.setAttribute('src', `${src}${src.includes('?') ? '&' : '?'}v=${assetVersion}`);
  }
}

/** Sanitizes and inserts the slide's HTML once; later calls do nothing. */
export function fillSlide(entry: FillableSlide, meta: DeckMeta, assets: AssetSource): void {
  if (entry.isFilled) return;
  entry.isFilled = true;
  const { slide, element } = entry;
  const body = document.createElement('div');
  body.className = 'mimbar-slide-body';
  if (slide.section && slide.section !== slide.title) body.append(textElement('p', 'mimbar-breadcrumb', slide.section));
  body.append(sanitizeToFragment(slide.html, assets.assetBase));
  versionImages(body, assets);
  if (slide.isPlaceholder) body.append(textElement('p', 'mimbar-ui-placeholder', slideStrings(meta.lang).tooComplex));
  // The title slide names the deck when its Markdown has no heading of its own.
  if (element.classList.contains('mimbar-title-slide') && meta.title && !body.querySelector('h1, h2')) {
    body.prepend(textElement('h1', 'mimbar-deck-title', meta.title));
  }
  element.replaceChildren(body);
  applySlideLook(element, body, slide.look, assets.assetBase);
  const background = element.querySelector(':scope > .mimbar-slide-bg');
  if (background) versionImages(background, assets);
}
