/**
 * The URLs the app is made of and the predicates main uses to keep a window on them. Pure: no
 * electron import, so every rule here is unit-tested directly.
 */

/** The custom scheme that serves the whole app (`file://` is never used). */
export const APP_SCHEME = 'mimbar';

/** Prefix of the app's own files, served from `dist/renderer/`. */
export const APP_BASE = `${APP_SCHEME}://app/`;

/** Prefix of the current deck's folder; the renderer gets it as `DeckPayload.assetBase`. */
export const DECK_BASE = `${APP_SCHEME}://deck/`;

/** The audience page every window loads. */
export const AUDIENCE_URL = `${APP_BASE}audience.html`;

/** The notes editor page. */
export const NOTES_EDITOR_URL = `${APP_BASE}notes-editor.html`;

// data: and blob: never reach the network; devtools: is Chromium's own DevTools front end.
const ALLOWED_REQUEST_PROTOCOLS = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` is one of the app's own pages (`mimbar://app/...`). */
export function isAppPageUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app';
}

/** True when a web request to `url` may proceed: only the app scheme and local schemes, never the network. */
export function isAllowedRequestUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && ALLOWED_REQUEST_PROTOCOLS.has(parsed.protocol);
}

/** The normalized URL to hand to the system browser when `url` is http(s), otherwise null. */
export function externalHttpUrl(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  return parsed.href;
}
