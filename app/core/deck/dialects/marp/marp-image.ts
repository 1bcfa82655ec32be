/**
 * Marp's image syntax (marpit.marp.app/image-syntax): the words of an image's alt text are options.
 * `bg` makes the image a background (taken out of the content), with `cover`/`contain`/`fit`/`auto` or a
 * percentage for its size, `left`/`right` (optionally `:40%`) for a side panel, `vertical` to stack
 * several; `w:`/`h:` (`width:`/`height:`) size an image; filters (`blur`, `sepia:50%`, …) tint it. Words
 * that are not options stay the alt text.
 */

const LENGTH = String.raw`((?:\d*\.)?\d+(?:%|ch|cm|em|ex|in|mm|pc|pt|px)?|auto)`;
const WIDTH = new RegExp(`^w(?:idth)?:${LENGTH}$`);
const HEIGHT = new RegExp(`^h(?:eight)?:${LENGTH}$`);
const FILTER = /^(blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia)(?::.+)?$/;
const PERCENT = /^(?:\d*\.)?\d+%$/;
const SPLIT = /^(left|right)(?::((?:\d*\.)?\d+%))?$/;
const BG_SIZES: Readonly<Record<string, 'cover' | 'contain' | 'auto'>> = { cover: 'cover', contain: 'contain', fit: 'contain', auto: 'auto' };

export interface MarpImage {
  background: boolean;
  /** The alt text without the words Marp took as options. */
  alt: string;
  /** `w:`/`h:` as written (`200`, `200px`, `10em`, `50%`, `auto`). */
  width: string | null;
  height: string | null;
  filters: string[];
  /** Background only: `cover`, `contain`, `auto`, or a percentage as written (`50%`). */
  size: string | null;
  split: 'left' | 'right' | null;
  splitSize: string | null;
  vertical: boolean;
}

/** Reads an image's alt text as Marp's options. */
export function readImageOptions(alt: string): MarpImage {
  const words = alt.split(/\s+/).filter((word) => word !== '');
  const image: MarpImage = { background: false, alt: '', width: null, height: null, filters: [], size: null, split: null, splitSize: null, vertical: false };
  const rest: string[] = [];
  // Marp's first pass: sizes, percentages and filters, for every image.
  for (const word of words) {
    const width = WIDTH.exec(word);
    const height = HEIGHT.exec(word);
    if (PERCENT.test(word)) image.size = word;
    else if (width) image.width = width[1] ?? null;
    else if (height) image.height = height[1] ?? null;
    else if (FILTER.test(word)) image.filters.push(word);
    else rest.push(word);
  }
  image.background = rest.includes('bg');
  if (!image.background) {
    // Marp takes a percentage as an option on any image, and uses it only on backgrounds.
    image.size = null;
    image.alt = rest.join(' ');
    return image;
  }
  // The second pass, for backgrounds only.
  const alt2: string[] = [];
  for (const word of rest) {
    const split = SPLIT.exec(word);
    const size = BG_SIZES[word];
    if (word === 'bg') continue;
    if (size !== undefined) image.size = size;
    else if (split) {
      image.split = split[1] === 'left' ? 'left' : 'right';
      image.splitSize = split[2] ?? null;
    } else if (word === 'vertical' || word === 'horizontal') image.vertical = word === 'vertical';
    else alt2.push(word);
  }
  image.alt = alt2.join(' ');
  return image;
}

/**
 * The pixel count of a `w:`/`h:` length Mimbar can give an `<img>` as a plain `width`/`height` attribute
 * (a bare number or `px`), or null (`em`, `%`, `auto`…, which would need a style).
 */
export function pixels(length: string | null): number | null {
  if (length === null) return null;
  const match = /^((?:\d*\.)?\d+)(?:px)?$/.exec(length);
  if (match === null) return null;
  const value = Math.round(Number(match[1]));
  return value >= 1 && value <= 10000 ? value : null;
}

/** True for an image option that needs CSS Mimbar does not write (a size in `em`, a filter). */
export function hasUnhonouredSize(image: MarpImage): boolean {
  const unhonoured = (length: string | null): boolean => length !== null && length !== 'auto' && !length.endsWith('%') && pixels(length) === null;
  return unhonoured(image.width) || unhonoured(image.height);
}
