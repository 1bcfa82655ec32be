/**
 * Content types the browser host serves. The deck folder may be the user's home folder, so only media
 * files are served from it; the app folder serves the built renderer.
 */
import { extname } from 'node:path';

const MEDIA: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

const APP: Readonly<Record<string, string>> = {
  ...MEDIA,
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Content type of a built app file, or null when the host never serves that extension. */
export function appFileType(path: string): string | null {
  return APP[extname(path).toLowerCase()] ?? null;
}

/** Content type of a file in the deck folder, or null when it is not an image, audio or video file. */
export function deckFileType(path: string): string | null {
  return MEDIA[extname(path).toLowerCase()] ?? null;
}
