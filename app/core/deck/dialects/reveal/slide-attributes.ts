/**
 * reveal.js's `<!-- .slide: … -->` and `<!-- .element: … -->` comments, read with the plugin's own
 * patterns (plugin/markdown: `\.slide:\s*?(\S.+?)$`, `\.element\s*?(.+?)$`, and its attribute pattern),
 * and the slide attributes turned into Mimbar's look. Only checked values reach the look; frames,
 * videos, handlers and styles are refused; what reveal.js does that Mimbar does not draw is a notice.
 */
import type { SlideBackgroundImage, SlideLook } from '../../../../contract/deck';
import { cssColor, plainClasses } from '../look-values';
import { imageSrcProblem } from './image-src';

const SLIDE = /\.slide:\s*?(\S.+?)$/m;
const ELEMENT = /\.element\s*?(.+?)$/m;
const ATTRIBUTE = /([^"= ]+?)="([^"]+?)"|(data-[^"= ]+?)(?=[" ])/g;
/** The only attributes `.element:` may set in Mimbar (the ones the sanitizer keeps). */
export const ELEMENT_ATTRIBUTES = ['class', 'id', 'data-fragment-index'] as const;

export interface Attribute {
  name: string;
  value: string;
  /** The source line of the comment that set it, when known. */
  line?: number;
}

/** An attribute Mimbar refused or does not honour, in words, with its comment's line. */
export interface AttributeNote {
  text: string;
  line: number | null;
}

/** The attributes of the `.slide:` (kind 'slide') or `.element:` comment whose inner text is `comment`, or null. */
export function commentAttributes(comment: string, kind: 'slide' | 'element'): Attribute[] | null {
  // reveal.js tries `.element` first, and only then `.slide:`.
  const element = ELEMENT.exec(comment);
  if (kind === 'element') return element === null ? null : attributesOf(element[1] ?? '');
  if (element !== null) return null;
  const slide = SLIDE.exec(comment);
  return slide === null ? null : attributesOf(slide[1] ?? '');
}

function attributesOf(text: string): Attribute[] {
  const found: Attribute[] = [];
  for (const match of text.slice(0, 2000).matchAll(ATTRIBUTE)) {
    if (match[2] !== undefined) found.push({ name: (match[1] ?? '').toLowerCase(), value: match[2] });
    else found.push({ name: (match[3] ?? '').toLowerCase(), value: '' });
  }
  return found;
}

export interface SlideAttributesResult {
  look: Partial<SlideLook>;
  /** `data-visibility="hidden"`: reveal.js leaves the slide out. */
  hidden: boolean;
  refused: AttributeNote[];
  unsupported: AttributeNote[];
}

/** The look reveal.js slide attributes give, with what was refused (unsafe) and what is not honoured. */
export function slideLook(attributes: readonly Attribute[]): SlideAttributesResult {
  const look: Partial<SlideLook> = {};
  const refused: AttributeNote[] = [];
  const unsupported: AttributeNote[] = [];
  let image: string | null = null;
  let fit: SlideBackgroundImage['fit'] = 'cover';
  let hidden = false;
  for (const { name, value, line = null } of attributes) {
    if (name.startsWith('on') || name === 'style' || name === 'data-background-iframe' || name === 'data-background-video' || name === 'srcdoc') {
      refused.push({ text: `\`${name}\` (Mimbar never sets it)`, line });
    } else if (name === 'data-background-color' || name === 'data-background') {
      const colour = cssColor(value);
      const problem = colour === null ? imageSrcProblem(value) : null;
      if (colour !== null) look.backgroundColor = colour;
      else if (name === 'data-background' && problem === null) image = value.trim();
      else refused.push({ text: `\`${name}="${value.slice(0, 60)}"\` (${name === 'data-background' ? `not a colour, and as an image ${problem ?? ''}` : 'not a colour'})`, line });
    } else if (name === 'data-background-image') {
      const problem = imageSrcProblem(value);
      if (problem === null) image = value.trim();
      else refused.push({ text: `\`data-background-image="${value.slice(0, 60)}"\` (${problem})`, line });
    } else if (name === 'data-background-size') {
      const size = value.trim().toLowerCase();
      if (size === 'contain' || size === 'cover') fit = size;
      else unsupported.push({ text: `\`data-background-size="${value.slice(0, 40)}"\` (Mimbar covers the slide)`, line });
    } else if (name === 'class') {
      look.classes = plainClasses(value);
    } else if (name === 'data-visibility' && value === 'hidden') {
      hidden = true;
    } else if (name === 'id') {
      unsupported.push({ text: '`id` (Mimbar names its slides from their titles, so a link to this id does not lead here)', line });
    } else {
      unsupported.push({ text: `\`${name}\``, line });
    }
  }
  if (image !== null) look.backgroundImages = [{ src: image, fit }];
  return { look, hidden, refused, unsupported };
}
