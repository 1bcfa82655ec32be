/**
 * What the app's hosts serve, shared by Electron's `mimbar://` protocol and the browser host: content
 * types, and the one table of response headers (Content-Security-Policy and friends) of the app's files,
 * of deck files and of everything else. A deck folder may be the user's home folder, next to dotfiles,
 * so only image types are ever served from it. Slides show no audio or video: the sanitizer removes
 * `<audio>`, `<video>`, `<source>` and `<track>`, so neither host serves those types and the policy
 * allows no media source.
 */
import { extname } from 'node:path';

const IMAGE_TYPES: Readonly<Record<string, string>> = {
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
};

const APP_TYPES: Readonly<Record<string, string>> = {
  ...IMAGE_TYPES,
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/**
 * Policy of the app's pages, identical in the page's `<meta>` tag (checked by a test): scripts and
 * styles only from the app (no inline script or style), images also from the deck folder (`mimbar:` in
 * Electron, the same origin in the browser host), fonts also embedded, nothing remote.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: mimbar:",
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

/** Content type for a file in the deck folder, or null when it is not an image. */
export function deckContentType(path: string): string | null {
  return IMAGE_TYPES[extname(path).toLowerCase()] ?? null;
}

/** What a host serves: the app's own files, files next to the deck, or anything else (API answers, refusals). */
export type ServedKind = 'app' | 'deck' | 'other';

/**
 * The headers of every response either host sends, by what it serves. The browser host adds
 * `Cross-Origin-Resource-Policy: same-origin` (its pages and deck files share one origin; in Electron
 * the deck's files come from `mimbar://deck`, another origin than the pages, so it cannot).
 */
export const SERVED_HEADERS: Readonly<Record<ServedKind, Readonly<Record<string, string>>>> = {
  app: { 'Content-Security-Policy': PAGE_CSP_HEADER, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-cache' },
  // no-store: a new deck may have an image with the same name as the previous deck's.
  deck: { 'Content-Security-Policy': ASSET_CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' },
  other: { 'Content-Security-Policy': ASSET_CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' },
};
