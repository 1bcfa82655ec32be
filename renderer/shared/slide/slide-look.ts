/**
 * Dresses a filled slide section with its look (`Slide.look`): the layout and author classes, the
 * background and text colours, a background image layer, the header, footer and page number. The same
 * code runs in every view (audience, console previews, overview, print) because `fillSlide` calls it.
 *
 * Nothing here trusts the deck: colours reach CSS only through CSSOM after a check, classes only when
 * they are plain names, and images, header and footer only through the one sanitizer.
 */
import { SLIDE_LAYOUTS, type SlideBackgroundImage, type SlideLayout, type SlideLook } from '../../../app/contract/deck';
import { sanitizeToFragment } from '../sanitize/sanitize-html';

/** Author classes the section may carry: plain names, never the app's own prefix. */
const AUTHOR_CLASS = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** reveal.js's own slide state classes: on a section they would move or hide it. */
const REVEAL_STATE_CLASSES = new Set(['present', 'past', 'future', 'stack', 'fragment', 'visible', 'current-fragment', 'disabled', 'overview']);
/** Text that could make a colour load something or escape its declaration. */
const UNSAFE_COLOUR = /url\(|var\(|;|\\|expression/i;

/** The split of the slide an image panel may take, in percent of its width. */
const SPLIT_MIN = 5;
const SPLIT_MAX = 95;

/** `value` when it is a CSS colour that can load nothing, else null. */
export function safeColour(value: string | null): string | null {
  if (value === null) return null;
  const colour = value.trim();
  if (colour === '' || colour.length > 100 || UNSAFE_COLOUR.test(colour)) return null;
  return CSS.supports('color', colour) ? colour : null;
}

/** Brightness (0–255, reveal.js's formula) of a checked colour, or null when it is mostly transparent or unknown. */
export function colourBrightness(colour: string): number | null {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return null;
  // The canvas normalizes any CSS colour to `#rrggbb`, or `rgba(r, g, b, a)` when it is translucent.
  context.fillStyle = '#000';
  context.fillStyle = colour;
  const value = String(context.fillStyle);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(value);
  const parts = hex ? hex.slice(1, 4).map((part) => parseInt(part, 16)) : rgba && Number(rgba[4]) >= 0.5 ? rgba.slice(1, 4).map(Number) : null;
  if (parts === null) return null;
  const [red = 0, green = 0, blue = 0] = parts;
  return (red * 299 + green * 587 + blue * 114) / 1000;
}

/** A text colour that reads on `background`: white on a dark colour, near-black on a light one. */
function readableOn(background: string): string | null {
  const brightness = colourBrightness(background);
  if (brightness === null) return null;
  return brightness < 128 ? '#ffffff' : '#222222';
}

/** The author's classes that may be set on the section, in order, without duplicates. */
export function authorClasses(classes: readonly string[]): string[] {
  return [
    ...new Set(classes.filter((name) => AUTHOR_CLASS.test(name) && !name.toLowerCase().startsWith('mimbar-') && !REVEAL_STATE_CLASSES.has(name.toLowerCase()))),
  ];
}

function knownLayout(layout: string): SlideLayout {
  return (SLIDE_LAYOUTS as readonly string[]).includes(layout) ? (layout as SlideLayout) : 'default';
}

/** Where the image panel sits: the engine's side, or the side an image layout names. */
function imageSide(look: SlideLook): SlideLook['backgroundSide'] {
  if (look.backgroundSide === 'left' || look.backgroundSide === 'right') return look.backgroundSide;
  if (look.layout === 'image-left') return 'left';
  if (look.layout === 'image-right') return 'right';
  return 'full';
}

function clampSplit(percent: number): number {
  if (!Number.isFinite(percent)) return 50;
  return Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, percent));
}

/** True when nothing in the look changes how the slide is drawn: it keeps reveal.js's plain geometry. */
function isPlain(look: SlideLook, classes: readonly string[]): boolean {
  return (
    knownLayout(look.layout) === 'default' &&
    classes.length === 0 &&
    look.backgroundColor === null &&
    look.color === null &&
    look.backgroundImages.length === 0 &&
    look.header === null &&
    look.footer === null &&
    look.pageNumber === null
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function box(className: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  return element;
}

/** One background image in its own box, made by the sanitizer (deck folder only; a remote image becomes the stand-in). */
function backgroundImage(image: SlideBackgroundImage, assetBase: string): HTMLElement {
  const fit = typeof image.fit === 'number' ? 'sized' : image.fit === 'contain' ? 'contain' : 'cover';
  const holder = box(`mimbar-bg-image mimbar-bg-${fit}`);
  if (typeof image.fit === 'number') {
    const percent = Number.isFinite(image.fit) ? Math.min(100, Math.max(1, image.fit)) : 100;
    holder.style.setProperty('--mimbar-bg-size', `${percent}%`);
  }
  holder.append(sanitizeToFragment(`<img src="${escapeAttribute(image.src)}" alt="">`, assetBase));
  return holder;
}

/** The layer behind the body holding the slide's background images. */
function backgroundLayer(images: readonly SlideBackgroundImage[], side: SlideLook['backgroundSide'], assetBase: string): HTMLElement {
  const layer = box(`mimbar-slide-bg mimbar-bg-${side}`);
  layer.setAttribute('aria-hidden', 'true');
  for (const image of images) layer.append(backgroundImage(image, assetBase));
  return layer;
}

function htmlBox(className: string, html: string, assetBase: string): HTMLElement {
  const element = box(className);
  element.append(sanitizeToFragment(html, assetBase));
  return element;
}

/** True when the body shows something a scrim should keep readable over an image. */
function hasContent(body: HTMLElement): boolean {
  return (body.textContent ?? '').trim() !== '' || body.querySelector('img, svg, table, pre, .mimbar-remote-image') !== null;
}

/** The classes each section got from its look, so that filling it again (an emptied audience slide coming back) starts clean. */
const appliedClasses = new WeakMap<HTMLElement, string[]>();
const LOOK_PROPERTIES = ['--mimbar-slide-bg', '--mimbar-slide-fg', '--mimbar-split'];

function clearLook(section: HTMLElement): void {
  section.classList.remove(...(appliedClasses.get(section) ?? []));
  for (const property of LOOK_PROPERTIES) section.style.removeProperty(property);
}

/**
 * Applies `look` to `section`, whose only child is the filled `body`: classes and colours on the
 * section, the background layer before the body, header, footer and page number after it.
 */
export function applySlideLook(section: HTMLElement, body: HTMLElement, look: SlideLook, assetBase: string): void {
  clearLook(section);
  const layout = knownLayout(look.layout);
  const classes = authorClasses(look.classes).filter((name) => !section.classList.contains(name));
  const added = [`mimbar-layout-${layout}`, ...classes];
  appliedClasses.set(section, added);
  section.classList.add(...added);
  if (isPlain(look, classes)) return;
  // A dressed slide takes the whole 1280×720 box, so its colours and images cover the slide.
  const dress = (name: string): void => {
    section.classList.add(name);
    added.push(name);
  };
  dress('mimbar-dressed');

  const background = safeColour(look.backgroundColor);
  if (background !== null) {
    section.style.setProperty('--mimbar-slide-bg', background);
    dress('mimbar-has-bg-color');
  }
  // A background colour with no text colour gets text that reads on it, as reveal.js does (its
  // `has-dark-background`): light on a dark colour, dark on a light one, whatever the theme.
  const colour = safeColour(look.color) ?? (background === null ? null : readableOn(background));
  if (colour !== null) {
    section.style.setProperty('--mimbar-slide-fg', colour);
    dress('mimbar-has-color');
  }

  if (look.backgroundImages.length > 0) {
    const side = imageSide(look);
    const layer = backgroundLayer(look.backgroundImages, side, assetBase);
    if (side === 'full') {
      if (hasContent(body)) layer.classList.add('mimbar-bg-scrim');
    } else {
      dress(`mimbar-split-${side}`);
      section.style.setProperty('--mimbar-split', `${clampSplit(look.splitPercent)}%`);
    }
    section.prepend(layer);
  }

  if (look.header !== null) section.append(htmlBox('mimbar-slide-header', look.header, assetBase));
  if (look.footer !== null) section.append(htmlBox('mimbar-slide-footer', look.footer, assetBase));
  if (look.pageNumber !== null && Number.isInteger(look.pageNumber) && look.pageNumber >= 0) {
    const number = box('mimbar-page-number');
    number.textContent = String(look.pageNumber);
    section.append(number);
  }
}
