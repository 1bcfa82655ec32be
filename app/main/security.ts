/**
 * Security defaults for the session and for every window's web contents: no permissions but
 * fullscreen, no network, no new windows, no navigation away from the app, no webviews.
 */
import { session as electronSession, shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { externalHttpUrl, isAllowedRequestUrl, isAppPageUrl } from './app-urls';

/** True for the one permission a presentation needs. */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'fullscreen';
}

/**
 * Denies every permission but fullscreen, cancels every request off the app scheme (offline by
 * construction) and every download (a deck cannot make the app save a file; Mimbar's own saves are
 * written by main, never downloaded).
 */
export function applySessionSecurity(ses: Session = electronSession.defaultSession): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
  ses.on('will-download', (event) => event.preventDefault());
}

function openExternally(url: string): void {
  const external = externalHttpUrl(url);
  if (external) {
    shell.openExternal(external).catch((error: unknown) => console.error('mimbar: could not open link', error));
  }
}

/**
 * Keeps `contents` on the app: `window.open` is always denied (an http(s) URL goes to the system
 * browser instead), navigations (also of subframes) and redirects off `mimbar://app/` are cancelled,
 * webviews refused.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppPageUrl(event.url)) return;
    event.preventDefault();
    // A plain link in a slide: show it in the browser rather than replacing the presentation.
    openExternally(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPageUrl(event.url)) event.preventDefault();
  });
  // Frames are refused by the CSP and the sanitizer already; a subframe never navigates off the app either.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppPageUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
