/**
 * What the app's hosts serve, shared by Electron's `mimbar://` protocol and the browser host: content
 * types, and the Content-Security-Policy of the app's pages and of deck files. A deck folder may be the
 * user's home folder, next to dotfiles, so only media types are ever served from it.
 */
import { extname } from 'node:path';

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.apng': 'image/apng',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.bmp': 'image/bmp',
  '.ico': 'image/x-icon',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.wav': 'audio/wav',
  '.flac': 'audio/flac',
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.webm': 'video/webm',
  '.ogv': 'video/ogg',
};

const APP_TYPES: Readonly<Record<string, string>> = {
  ...MEDIA_TYPES,
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/**
 * Policy of the app's pages, identical in the page's `<meta>` tag (checked by a test): scripts and
 * styles only from the app (no inline script or style), images and media also from the deck folder
 * (`mimbar:` in Electron, the same origin in the browser host), fonts also embedded, nothing remote.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: mimbar:",
  "media-src 'self' mimbar:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The page policy as an HTTP header: adds `frame-ancestors`, which browsers ignore in a meta tag. */
export const PAGE_CSP_HEADER = `${PAGE_CSP}; frame-ancestors 'none'`;

/** Policy of deck files: inert even if one (an SVG) were ever opened as a document. */
export const ASSET_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** Content type for a file of the built app, or null when the app never serves that extension. */
export function appContentType(path: string): string | null {
  return APP_TYPES[extname(path).toLowerCase()] ?? null;
}

/** Content type for a file in the deck folder, or null when it is not an image, audio or video file. */
export function deckContentType(path: string): string | null {
  return MEDIA_TYPES[extname(path).toLowerCase()] ?? null;
}
