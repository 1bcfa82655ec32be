/**
 * What a Slidev slide's front matter says about the slide (sli.dev/builtin/layouts, sli.dev/custom):
 * its layout, classes, background and side image become the slide's look, checked with look-values.ts;
 * `title` names it; the keys Mimbar does not honour (transitions, zoom, click counts) are reported once each.
 */
import { parseDocument } from 'yaml';
import { SLIDE_LAYOUTS, type SlideBackgroundImage, type SlideLayout, type SlideLook } from '../../../../contract/deck';
import { cssColor, percent, plainClasses } from '../look-values';
import { hasControlCharacter } from './import-path';

export type Settings = Readonly<Record<string, unknown>>;

/**
 * A slide's front matter as YAML gives it, and a sentence when something in it is wrong. Like Slidev,
 * what YAML could read of a block with an error still counts (`hide: true` above a stray line hides).
 */
export function parseSlideFrontMatter(text: string): { data: Settings; error: string | null } {
  if (text.trim() === '') return { data: {}, error: null };
  const document = parseDocument(text, { customTags: [], uniqueKeys: false, prettyErrors: false });
  const error = document.errors.length > 0 ? `it is not valid YAML (${(document.errors[0]?.message ?? '').split('\n')[0] ?? ''})` : null;
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 50 });
  } catch (thrown) {
    return { data: {}, error: thrown instanceof Error ? (thrown.message.split('\n')[0] ?? 'error') : 'error' };
  }
  if (value === null || value === undefined) return { data: {}, error };
  if (typeof value !== 'object' || Array.isArray(value)) return { data: {}, error: error ?? 'it is not a list of `key: value` lines' };
  return { data: value as Settings, error };
}

/** Slidev's layouts Mimbar draws under another name, and the ones it cannot draw at all. */
const LAYOUT_ALIASES: Readonly<Record<string, { layout: SlideLayout; note: string | null }>> = {
  'two-cols-header': { layout: 'two-cols', note: null },
  full: { layout: 'default', note: 'Mimbar draws it as `default`, with its usual margins' },
  none: { layout: 'default', note: 'Mimbar draws it as `default`' },
  iframe: { layout: 'default', note: 'Mimbar does not embed web pages; the slide shows its own content only' },
  'iframe-left': { layout: 'default', note: 'Mimbar does not embed web pages; the slide shows its own content only' },
  'iframe-right': { layout: 'default', note: 'Mimbar does not embed web pages; the slide shows its own content only' },
};

/** Keys Slidev reads on a slide that change nothing Mimbar shows, with what Mimbar does instead. */
const UNHONOURED_KEYS: Readonly<Record<string, string>> = {
  transition: 'Slidev slide transitions are not played; Mimbar changes slides its own way',
  zoom: 'Slidev `zoom` is not applied; Mimbar fits the content to the slide itself',
  clicks: 'Slidev `clicks` (a fixed click count) is not honoured; Mimbar counts the slide\'s own click steps',
  clicksStart: 'Slidev `clicksStart` is not honoured; the slide starts with none of its steps shown',
  dragPos: 'Slidev draggable elements (`dragPos`) are not positioned; they stay where the text puts them',
  level: 'Slidev `level` (the slide\'s depth in the table of contents) is not used; Mimbar has no Slidev table of contents',
  hideInToc: 'Slidev `hideInToc` is not used; Mimbar has no Slidev table of contents',
  routeAlias: 'Slidev `routeAlias` is not used; Mimbar links slides by their ids',
  layoutClass: 'Slidev `layoutClass` is not applied; use `class` for Mimbar\'s `lead`, `invert` or `text-center`',
};

export interface SlideSettings {
  look: Partial<Omit<SlideLook, 'pageNumber'>>;
  ownTitle: string | undefined;
  /** The layout as written, or Slidev's default for the slide. */
  slidevLayout: string;
}

/**
 * Reads one slide's settings. `isFirst`: it is the deck's first shown slide, which Slidev lays out as a
 * cover when it names no layout. `notice(message)` reports a construct Mimbar does not honour.
 */
export function readSlideSettings(settings: Settings, isFirst: boolean, notice: (message: string) => void): SlideSettings {
  const look: Partial<Omit<SlideLook, 'pageNumber'>> = {};
  const written = typeof settings.layout === 'string' ? settings.layout.trim() : '';
  const slidevLayout = written === '' ? (isFirst ? 'cover' : 'default') : written;
  if ((SLIDE_LAYOUTS as readonly string[]).includes(slidevLayout)) {
    look.layout = slidevLayout as SlideLayout;
  } else if (Object.hasOwn(LAYOUT_ALIASES, slidevLayout)) {
    const alias = LAYOUT_ALIASES[slidevLayout] as { layout: SlideLayout; note: string | null };
    look.layout = alias.layout;
    if (alias.note !== null) notice(`Slidev layout \`${slidevLayout}\`: ${alias.note}.`);
  } else {
    look.layout = 'default';
    notice(`Slidev layout \`${clip(slidevLayout)}\` (a theme's or the deck's own) is not one Mimbar draws; the slide uses \`default\`.`);
  }
  const classes = plainClasses(settings.class);
  if (classes.length > 0) look.classes = classes;
  readBackground(settings.background, look, notice);
  if (['image', 'image-left', 'image-right'].includes(slidevLayout)) readSideImage(settings, slidevLayout, look, notice);
  for (const [key, message] of Object.entries(UNHONOURED_KEYS)) {
    if (settings[key] !== undefined && settings[key] !== null && settings[key] !== false) notice(`${message}.`);
  }
  const title = settings.title ?? settings.name;
  const ownTitle = typeof title === 'string' || typeof title === 'number' ? String(title) : undefined;
  return { look, ownTitle, slidevLayout };
}

/** `background:` is a colour (Slidev: it starts with `#`, `rgb` or `hsl`) or else an image behind the whole slide. */
function readBackground(value: unknown, look: Partial<Omit<SlideLook, 'pageNumber'>>, notice: (message: string) => void): void {
  if (value === undefined || value === null || value === '') return;
  const colour = cssColor(value);
  if (colour !== null && !/[./]/.test(colour)) {
    look.backgroundColor = colour;
    return;
  }
  const src = imageSource(value);
  if (src === null) {
    notice(`Slidev \`background: ${clip(String(value))}\` is neither a colour nor an image path Mimbar can show; the slide has no background.`);
    return;
  }
  look.backgroundImages = [{ src, fit: 'cover' }];
  look.backgroundSide = 'full';
}

/** The `image` of the image layouts, on its side (`backgroundSize` as its fit). */
function readSideImage(settings: Settings, layout: string, look: Partial<Omit<SlideLook, 'pageNumber'>>, notice: (message: string) => void): void {
  if (settings.image === undefined || settings.image === null) return;
  const src = imageSource(settings.image);
  if (src === null) {
    notice(`Slidev \`image: ${clip(String(settings.image))}\` is not an image path Mimbar can show; the slide shows no image.`);
    return;
  }
  const image: SlideBackgroundImage = { src, fit: imageFit(settings.backgroundSize, notice) };
  look.backgroundImages = [image];
  look.backgroundSide = layout === 'image-left' ? 'left' : layout === 'image-right' ? 'right' : 'full';
}

function imageFit(value: unknown, notice: (message: string) => void): SlideBackgroundImage['fit'] {
  if (value === undefined || value === null || value === 'cover') return 'cover';
  if (value === 'contain') return 'contain';
  const width = typeof value === 'string' && /^\s*\d{1,3}(?:\.\d+)?%\s*$/.test(value) ? percent(value) : null;
  if (width !== null) return width;
  notice(`Slidev \`backgroundSize: ${clip(String(value))}\` is not one Mimbar draws (\`cover\`, \`contain\` or a width such as \`60%\`); the image covers its side.`);
  return 'cover';
}

/**
 * An image path as written, when it is one a view can confine: a relative or root path, or an http(s)
 * address (the views show a stand-in for remote ones). Anything that could be CSS or run (`url(…)`,
 * `javascript:`, quotes, a gradient) is refused.
 */
export function imageSource(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const src = value.trim();
  if (src === '' || src.length > 2048) return null;
  if (/["'()<>\\`;{}]/.test(src) || hasControlCharacter(src)) return null;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(src)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return null;
  return src;
}

/** A value as it may appear in a message: one line, at most 80 characters. */
export function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
