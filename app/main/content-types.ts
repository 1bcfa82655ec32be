/**
 * Content types and Content-Security-Policy headers for what the `mimbar://` protocol serves. Deck
 * folders may hold anything (a deck in the home folder sits next to dotfiles), so the deck route
 * serves only media types; the app route serves the built renderer.
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
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/**
 * Policy of the app's pages: scripts and fonts only from the app itself, images and media also from
 * the deck folder, no network, no plugins, no frames, no forms. Inline styles stay allowed because
 * reveal.js and rendered Markdown set `style` attributes; inline scripts do not.
 */
export const APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' mimbar: data: blob:",
  "media-src 'self' mimbar: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Policy of deck files: inert even if one (an SVG) were ever loaded as a document. */
export const ASSET_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** Content type for a file of the built app, or null when the app never serves that extension. */
export function appContentType(path: string): string | null {
  return APP_TYPES[extname(path).toLowerCase()] ?? null;
}

/** Content type for a file in the deck folder, or null when it is not an image, audio or video file. */
export function deckContentType(path: string): string | null {
  return MEDIA_TYPES[extname(path).toLowerCase()] ?? null;
}
