import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { electronMock, fakeDisplay, type FakeBrowserWindow } from '../../../tests/mocks/electron';
import { createDeckWindow, isAppWindow, listDeckWindows } from '../windows';
import { createPresenterWindows, ONE_DISPLAY_MESSAGE, PRESENTER_URL } from './presenter-windows';
import type { PresenterWindows } from './presenter-windows';

const laptop = fakeDisplay(1, 0, 1440, 900, true);
const projector = fakeDisplay(2, 1440, 1920, 1080);
const monitor = fakeDisplay(3, -2560, 2560, 1440);

let audience: FakeBrowserWindow;
let windows: PresenterWindows;

function consoleWindow(): FakeBrowserWindow {
  const window = windows.consoleWindow() as unknown as FakeBrowserWindow | null;
  if (!window) throw new Error('no console');
  return window;
}

beforeEach(() => {
  electronMock.reset();
  audience = createDeckWindow('/preload.cjs') as unknown as FakeBrowserWindow;
  audience.show();
  windows = createPresenterWindows({ preloadPath: '/preload.cjs', audienceWindow: () => audience as unknown as BrowserWindow });
});

describe('presenter windows', () => {
  it('opens the console on presenter.html as a trusted app window with the locked-down preferences', () => {
    windows.start();
    const console = consoleWindow();
    expect(console.loadURL).toHaveBeenCalledWith(PRESENTER_URL);
    expect(PRESENTER_URL).toBe('mimbar://app/presenter.html');
    expect(console.options.webPreferences).toMatchObject({ preload: '/preload.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(isAppWindow(console as unknown as BrowserWindow)).toBe(true);
    expect(listDeckWindows()).toContain(console);
  });

  it('with one display: slides fullscreen on it, console hidden until toggled', () => {
    windows.start();
    expect(audience.isFullScreen()).toBe(true);
    expect(audience.bounds).toEqual(laptop.bounds);
    expect(consoleWindow().isVisible()).toBe(false);
    expect(windows.toggleConsole()).toEqual({ ok: true });
    expect(consoleWindow().isVisible()).toBe(true);
    expect(consoleWindow().isMaximized()).toBe(false);
    windows.toggleConsole();
    expect(consoleWindow().isVisible()).toBe(false);
  });

  it('toggling the console before presenting opens it, shown', () => {
    expect(windows.toggleConsole()).toEqual({ ok: true });
    expect(consoleWindow().isVisible()).toBe(true);
    expect(audience.isFullScreen()).toBe(true);
  });

  it('with a built-in display and a projector: slides fullscreen on the projector, console maximized on the laptop', () => {
    electronMock.setDisplays([laptop, projector]);
    windows.start();
    expect(audience.isFullScreen()).toBe(true);
    expect(audience.bounds).toEqual(projector.bounds);
    const console = consoleWindow();
    expect(console.isVisible()).toBe(true);
    expect(console.isMaximized()).toBe(true);
    expect(console.bounds).toEqual(laptop.workArea);
  });

  it('with three displays: slides on the external display that is not primary, console on the laptop', () => {
    electronMock.setDisplays([monitor, laptop, projector], 3);
    windows.start();
    expect(audience.bounds).toEqual(projector.bounds);
    expect(consoleWindow().bounds).toEqual(laptop.workArea);
  });

  it('swap exchanges the displays (the slides leave fullscreen to move), and back', () => {
    electronMock.setDisplays([laptop, projector]);
    windows.start();
    expect(windows.swap()).toEqual({ ok: true });
    expect(audience.setFullScreen.mock.calls.map(([flag]) => flag)).toEqual([true, false, true]);
    expect(audience.bounds).toEqual(laptop.bounds);
    expect(audience.isFullScreen()).toBe(true);
    expect(consoleWindow().bounds).toEqual(projector.workArea);
    windows.swap();
    expect(audience.bounds).toEqual(projector.bounds);
    expect(consoleWindow().bounds).toEqual(laptop.workArea);
  });

  it('swap with one display changes nothing and says why', () => {
    windows.start();
    audience.setBounds.mockClear();
    expect(windows.swap()).toEqual({ ok: false, message: ONE_DISPLAY_MESSAGE });
    expect(ONE_DISPLAY_MESSAGE).toBe('Only one display is connected.');
    expect(audience.setBounds).not.toHaveBeenCalled();
  });

  it('unplugging the projector brings the slides back to the laptop and keeps the console in view', () => {
    electronMock.setDisplays([laptop, projector]);
    windows.start();
    electronMock.setDisplays([laptop]);
    windows.relayout();
    expect(audience.isFullScreen()).toBe(true);
    expect(audience.bounds).toEqual(laptop.bounds);
    const console = consoleWindow();
    expect(console.isVisible()).toBe(true);
    expect(console.isMaximized()).toBe(false);
  });

  it('plugging a projector in while presenting moves the slides to it', () => {
    windows.start();
    electronMock.setDisplays([laptop, projector]);
    windows.relayout();
    expect(audience.bounds).toEqual(projector.bounds);
    expect(consoleWindow().isVisible()).toBe(true);
  });

  it('a display change that keeps the layout does not move the console the presenter placed', () => {
    windows.start();
    windows.toggleConsole();
    consoleWindow().setBounds({ x: 10, y: 30 });
    windows.relayout();
    expect(consoleWindow().bounds).toMatchObject({ x: 10, y: 30 });
  });

  it('a window left off-screen is moved onto the primary display, presenting or not', () => {
    electronMock.setDisplays([laptop, projector]);
    const other = createDeckWindow('/preload.cjs') as unknown as FakeBrowserWindow;
    other.setBounds({ x: 2000, y: 100, width: 800, height: 600 });
    electronMock.setDisplays([laptop]);
    windows.relayout();
    expect(other.bounds).toEqual({ x: 320, y: 163, width: 800, height: 600 });
    expect(audience.isFullScreen()).toBe(false);
  });

  it('closing the slides closes the console; closing the console ends presenting', () => {
    windows.start();
    const console = consoleWindow();
    audience.close();
    expect(console.isDestroyed()).toBe(true);
    expect(windows.consoleWindow()).toBeNull();
  });
});
