/**
 * Where the audience and console windows go, decided from the connected displays alone. Pure: no
 * electron import (main maps `screen.getAllDisplays()` to `DisplayInfo`), so every rule is unit-tested.
 */

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's `Display` the plan uses. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  /** The bounds without the taskbar, dock or menu bar. */
  workArea: Rect;
  /** True for a laptop's built-in screen. */
  internal: boolean;
}

/** Where one window goes: the display and how it is shown there. */
export interface WindowPlacement {
  displayId: number;
  /** `fullscreen`: the audience; `maximized`: a console on its own display; `window`: a console beside the slides. */
  mode: 'fullscreen' | 'maximized' | 'window';
  bounds: Rect;
}

/** Placement of both windows; `single` is true when one display shows both. */
export interface DisplayPlan {
  audience: WindowPlacement;
  console: WindowPlacement;
  single: boolean;
}

/** Largest size of a console window that shares the display with the slides. */
const CONSOLE_WINDOW = { width: 1280, height: 800 };

/** A window of at most `size` (and 90 % of the area), centered in `area`. */
export function centeredIn(area: Rect, size: { width: number; height: number } = CONSOLE_WINDOW): Rect {
  const width = Math.min(size.width, Math.round(area.width * 0.9));
  const height = Math.min(size.height, Math.round(area.height * 0.9));
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/** The display the presenter faces: the built-in screen, else the primary one, else the first. */
function presenterDisplay(displays: DisplayInfo[], primaryId: number): DisplayInfo | undefined {
  return displays.find((display) => display.internal) ?? displays.find((display) => display.id === primaryId) ?? displays[0];
}

/** The display the audience sees: an external one (not primary first), else any other than the presenter's. */
function audienceDisplay(others: DisplayInfo[], primaryId: number): DisplayInfo | undefined {
  const external = others.filter((display) => !display.internal);
  return external.find((display) => display.id !== primaryId) ?? external[0] ?? others.find((display) => display.id !== primaryId) ?? others[0];
}

/**
 * Plans both windows: with two or more displays the audience goes fullscreen on an external display and
 * the console maximized on the built-in (or primary) one, exchanged when `swapped`; with one display the
 * audience is fullscreen on it and the console a centered window. Null when no display is known.
 */
export function planDisplays(displays: DisplayInfo[], primaryId: number, swapped: boolean): DisplayPlan | null {
  const presenter = presenterDisplay(displays, primaryId);
  if (!presenter) return null;
  const audience = audienceDisplay(
    displays.filter((display) => display.id !== presenter.id),
    primaryId,
  );
  if (!audience) {
    return {
      audience: { displayId: presenter.id, mode: 'fullscreen', bounds: presenter.bounds },
      console: { displayId: presenter.id, mode: 'window', bounds: centeredIn(presenter.workArea) },
      single: true,
    };
  }
  const [slides, notes] = swapped ? [presenter, audience] : [audience, presenter];
  return {
    audience: { displayId: slides.id, mode: 'fullscreen', bounds: slides.bounds },
    console: { displayId: notes.id, mode: 'maximized', bounds: notes.workArea },
    single: false,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** Smallest part of a window that must show on one display for the user to reach and drag it. */
const MIN_VISIBLE = { width: 100, height: 40 };

/** True when enough of `bounds` lies on one display's work area to reach the window (false after its display was unplugged). */
export function isVisibleOn(bounds: Rect, displays: DisplayInfo[]): boolean {
  return displays.some((display) => {
    const shown = overlap(bounds, display.workArea);
    return shown.width >= Math.min(MIN_VISIBLE.width, bounds.width) && shown.height >= Math.min(MIN_VISIBLE.height, bounds.height);
  });
}

/** True when the center of `bounds` lies on `display` (a window belongs to the display that holds its center). */
export function isCenteredOn(bounds: Rect, display: Rect): boolean {
  const x = bounds.x + bounds.width / 2;
  const y = bounds.y + bounds.height / 2;
  return x >= display.x && x < display.x + display.width && y >= display.y && y < display.y + display.height;
}

/** Bounds that bring a window back onto `area` (the primary display's work area), keeping its size when it fits. */
export function moveOnto(bounds: Rect, area: Rect): Rect {
  return centeredIn(area, { width: Math.min(bounds.width, area.width), height: Math.min(bounds.height, area.height) });
}
