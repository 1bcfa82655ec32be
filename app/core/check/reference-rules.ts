/**
 * How the app treats a resource URL, decided from its text alone: the same rules as the renderer's
 * sanitizer (`renderer/sanitize/url-rules.ts`, `sanitize-config.ts`) and the `mimbar://deck/` route.
 * `app/core` may not import the renderer: the path rule itself is shared through `app/contract/deck-path.ts`,
 * the scheme and remote patterns are restated.
 */
import { staysInside, URL_NOISE } from '../../contract/deck-path';
import type { ResourceReference } from './resource-references';

/** What becomes of a URL: loaded from the deck folder, kept inline, on the web, or refused outright. */
export type ReferenceRoute =
  | { kind: 'local'; requestPath: string }
  | { kind: 'inline' }
  | { kind: 'remote' }
  | { kind: 'refused' };

const REMOTE = /^(?:https?:)?[/\\]{2}|^https?:/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Electron parses `mimbar://deck/…` as a standard scheme, like http: this base resolves paths the same way.
const DECK_BASE = 'http://deck/';

/**
 * Routes a URL as the renderer would: web URLs (also `//host`) are remote, data URLs inline, other
 * schemes, absolute paths and `..` segments (even encoded) refused; a relative path becomes the
 * percent-encoded request path the `mimbar://deck/` route receives (query and fragment dropped).
 */
export function routeReference(url: string): ReferenceRoute {
  const value = url.replace(URL_NOISE, '');
  const path = url.trim();
  if (REMOTE.test(value)) return { kind: 'remote' };
  if (/^data:/i.test(value)) return { kind: 'inline' };
  if (value === '' || HAS_SCHEME.test(value) || value.startsWith('/') || value.startsWith('\\') || !staysInside(path)) {
    return { kind: 'refused' };
  }
  const parsed = new URL(path.replace(/^(?:\.\/)+/, ''), DECK_BASE);
  if (parsed.host !== 'deck') return { kind: 'refused' };
  return { kind: 'local', requestPath: parsed.pathname.slice(1) };
}

/**
 * True when the renderer keeps the reference: it shows `<img src>` only. Every other element or
 * attribute that loads something (video, audio, iframe, srcset, style, reveal.js backgrounds) is
 * removed by the sanitizer's config; add it here when the sanitizer starts keeping it.
 */
export function isShownByApp(reference: ResourceReference): boolean {
  return reference.element === 'img' && reference.attribute === 'src';
}

/** A short phrase for what a reference is, such as "the image" or "the background video". */
export function describeReference(reference: ResourceReference): string {
  const { element, attribute } = reference;
  if (attribute === 'style' || attribute === '#text') return 'the CSS image';
  if (attribute === 'srcset') return 'the responsive image';
  if (attribute === 'poster') return 'the video poster';
  if (attribute === 'data-background-video') return 'the background video';
  if (attribute === 'data-background-iframe') return 'the background page';
  if (attribute.startsWith('data-background') || attribute === 'background') return 'the background image';
  if (element === 'img' || element === 'input') return 'the image';
  if (element === 'video') return 'the video';
  if (element === 'audio') return 'the audio';
  if (element === 'source' || element === 'track') return 'the media source';
  if (element === 'iframe' || element === 'frame') return 'the embedded page';
  if (element === 'link') return 'the stylesheet';
  if (element === 'script') return 'the script';
  return `the file of <${element}>`;
}

/** How the app leaves out a reference it does not show, for the sentence that explains it. */
export function leftOutBy(reference: ResourceReference): string {
  const { element, attribute } = reference;
  if (attribute === '#text') return '<style> elements';
  if (attribute === 'src' || (element === 'link' && attribute === 'href') || (element === 'object' && attribute === 'data')) {
    return `<${element}> elements`;
  }
  return `\`${attribute}\` attributes`;
}
