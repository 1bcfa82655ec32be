/**
 * What a deck may point at, decided from the attribute text alone (no DOM, no network): images come
 * from the deck folder or inline data, links go to the web or to mail, nothing else.
 */
import { staysInside, URL_NOISE } from '../../../app/contract/deck-path';

/** What to do with an `<img src>`. */
export type ImageSource =
  | { kind: 'asset'; url: string }
  | { kind: 'inline'; url: string }
  | { kind: 'remote'; url: string }
  | { kind: 'refused' };

/** What to do with an `<a href>`. */
export type LinkTarget = { kind: 'external'; url: string } | { kind: 'mail'; url: string } | { kind: 'refused' };

const INLINE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp)[;,]/i;
const REMOTE = /^(?:https?:)?[/\\]{2}|^https?:/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function stripNoise(value: string): string {
  return value.replace(URL_NOISE, '');
}

/**
 * Classifies an image source: relative paths become `assetBase + path` (the host confines them again),
 * PNG/JPEG/GIF/WebP data URLs stay inline, web URLs are remote (never fetched), anything else is refused.
 */
export function classifyImageSource(raw: string, assetBase: string): ImageSource {
  // Decide on the text the URL parser would see; keep the author's spelling (spaces) in the path.
  const value = stripNoise(raw);
  const path = raw.trim();
  if (value === '') return { kind: 'refused' };
  if (INLINE_IMAGE.test(value)) return { kind: 'inline', url: value };
  if (REMOTE.test(value)) return { kind: 'remote', url: path };
  if (path.startsWith(assetBase) && staysInside(path.slice(assetBase.length))) return { kind: 'asset', url: path };
  if (HAS_SCHEME.test(value) || value.startsWith('/') || value.startsWith('\\') || !staysInside(path)) {
    return { kind: 'refused' };
  }
  return { kind: 'asset', url: assetBase + path.replace(/^(?:\.\/)+/, '') };
}

/** Classifies a link target: only http(s) and mailto survive; the host decides how to open them. */
export function classifyLinkTarget(raw: string): LinkTarget {
  const value = stripNoise(raw);
  if (/^https?:\/\/[^/\\]/i.test(value)) return { kind: 'external', url: value };
  if (/^mailto:/i.test(value)) return { kind: 'mail', url: value };
  return { kind: 'refused' };
}

/** Escapes `text` for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The URI pattern DOMPurify checks every non-trivial attribute value against: web and mail links,
 * raster data images, the asset base, and scheme-less values (relative paths and plain tokens).
 */
export function allowedUriPattern(assetBase: string): RegExp {
  return new RegExp(
    '^(?:(?:https?|mailto):|data:image/(?:png|jpeg|gif|webp)[;,]|' +
      escapeRegExp(assetBase) +
      '|[^a-z]|[a-z+.\\-]+(?:[^a-z+.\\-:]|$))',
    'i',
  );
}
