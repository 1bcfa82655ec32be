/**
 * Applies a display plan to real windows: reads the displays from Electron's `screen`, puts a window
 * fullscreen or maximized on a display, and brings back windows left on an unplugged display.
 */
import { screen } from 'electron';
import type { BrowserWindow } from 'electron';
import { isCenteredOn, isVisibleOn, moveOnto } from './display-plan';
import type { DisplayInfo, Rect, WindowPlacement } from './display-plan';

/** The connected displays (as the plan needs them) and the primary display's id. */
export interface ScreenLayout {
  displays: DisplayInfo[];
  primaryId: number;
}

/** Reads the connected displays; call only once the app is ready. */
export function readScreen(): ScreenLayout {
  const displays = screen.getAllDisplays().map(({ id, bounds, workArea, internal }) => ({ id, bounds, workArea, internal }));
  return { displays, primaryId: screen.getPrimaryDisplay().id };
}

function enterFullscreen(window: BrowserWindow, bounds: Rect): void {
  if (window.isMaximized()) window.unmaximize();
  window.setBounds(bounds);
  window.setFullScreen(true);
  window.show();
}

/**
 * Shows `window` fullscreen on the display with `bounds`. A fullscreen window on another display
 * leaves fullscreen first: the move happens once the transition ends ('leave-full-screen'), since a
 * fullscreen window ignores new bounds.
 */
export function showFullscreenOn(window: BrowserWindow, bounds: Rect): void {
  if (!window.isFullScreen()) {
    enterFullscreen(window, bounds);
    return;
  }
  if (isCenteredOn(window.getBounds(), bounds)) return;
  window.once('leave-full-screen', () => {
    if (!window.isDestroyed()) enterFullscreen(window, bounds);
  });
  window.setFullScreen(false);
}

/** Puts the console where `placement` says (maximized on its own display, else a window), shown or hidden. */
export function placeConsole(window: BrowserWindow, placement: WindowPlacement, visible: boolean): void {
  if (!window.isFullScreen()) {
    if (window.isMaximized()) window.unmaximize();
    window.setBounds(placement.bounds);
    if (placement.mode === 'maximized') window.maximize();
  }
  if (!visible) {
    window.hide();
    return;
  }
  window.show();
  window.focus();
}

/** Moves every window in `windows` that no display shows any more onto the primary display (fullscreen ones are left to the system). */
export function rescueOffscreen(windows: BrowserWindow[], layout: ScreenLayout): void {
  const primary = layout.displays.find((display) => display.id === layout.primaryId) ?? layout.displays[0];
  if (!primary) return;
  for (const window of windows) {
    if (window.isDestroyed() || window.isFullScreen()) continue;
    const bounds = window.getBounds();
    if (isVisibleOn(bounds, layout.displays)) continue;
    if (window.isMaximized()) window.unmaximize();
    window.setBounds(moveOnto(bounds, primary.workArea));
  }
}
