/**
 * A slide's look from the local directives in force on it and its `![bg]` images: classes, colours,
 * background images, header and footer, page number. Every value is checked (look-values.ts); what Mimbar
 * cannot draw is left out here and told once, where it is written, by `directiveNotices`.
 */
import type { SlideBackgroundImage, SlideLook } from '../../../../contract/deck';
import { cssColor, percent, plainClasses } from '../look-values';
import { text, type Locals } from './marp-directives';
import type { MarpImage } from './marp-image';

/** A background image found in a slide, with its source as written. */
export interface FoundBackground {
  src: string;
  options: MarpImage;
}

/** What the dialect makes of one slide's directives. */
export interface MarpLook {
  look: Partial<Omit<SlideLook, 'pageNumber'>>;
  paginate: boolean;
}

/**
 * An image source Mimbar passes on as written (the views confine it): a path, a web address or a raster
 * data URL. Any other scheme (`javascript:`, `file:`) and anything with control characters is dropped.
 */
export function plainSource(src: string): string | null {
  const value = src.trim();
  if (value === '' || value.length > 2048 || [...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'http' || scheme === 'https') return value;
  return /^data:image\/(?:png|jpeg|gif|webp)[;,]/i.test(value) ? value : null;
}

/** The path in a `backgroundImage: url(…)` directive, or null for anything else (a gradient, several layers). */
export function urlPath(value: string): string | null {
  const match = /^\s*url\(\s*(?:"([^"\\]*)"|'([^'\\]*)'|([^"'()\\\s]*))\s*\)\s*$/i.exec(value);
  if (match === null) return null;
  return plainSource(match[1] ?? match[2] ?? match[3] ?? '');
}

/** How a Marp background size fills its area in Mimbar's terms (`auto` draws whole, as `contain`). */
export function backgroundFit(size: string | null | undefined): SlideBackgroundImage['fit'] {
  if (size === undefined || size === null || size === 'cover') return 'cover';
  if (size === 'contain' || size === 'auto') return 'contain';
  return percent(size) ?? 'cover';
}

/** The look of a slide with `directives` in force (local then spot), its background images and the deck's inline Markdown. */
export function marpLook(directives: Locals, backgrounds: readonly FoundBackground[], inline: (markdown: string) => string): MarpLook {
  const look: Partial<Omit<SlideLook, 'pageNumber'>> = {};
  const classes = plainClasses(text(directives.class) ?? '');
  if (classes.length > 0) look.classes = classes;
  const background = cssColor(text(directives.backgroundColor));
  if (background !== null) look.backgroundColor = background;
  const color = cssColor(text(directives.color));
  if (color !== null) look.color = color;
  const header = directives.header;
  if (typeof header === 'string' && header !== '') look.header = inline(header);
  const footer = directives.footer;
  if (typeof footer === 'string' && footer !== '') look.footer = inline(footer);

  const images: SlideBackgroundImage[] = [];
  let side: SlideLook['backgroundSide'] = 'full';
  let split: string | null = null;
  for (const found of backgrounds) {
    const src = plainSource(found.src);
    if (src !== null) images.push({ src, fit: backgroundFit(found.options.size) });
    // As in Marp, the last image that names a side sets it for them all.
    if (found.options.split !== null) {
      side = found.options.split;
      split = found.options.splitSize;
    }
  }
  if (images.length === 0 && typeof directives.backgroundImage === 'string') {
    const src = urlPath(directives.backgroundImage);
    if (src !== null) images.push({ src, fit: backgroundFit(text(directives.backgroundSize)) });
  }
  if (images.length > 0) {
    look.backgroundImages = images;
    if (side !== 'full') {
      look.backgroundSide = side;
      look.splitPercent = percent(split ?? '50%') ?? 50;
    }
  }
  const paginate = text(directives.paginate)?.toLowerCase();
  return { look, paginate: paginate === 'true' || paginate === 'hold' };
}
