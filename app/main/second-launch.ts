/**
 * One Mimbar at a time: a second launch (double-clicking another deck, `mimbar other.md`) hands its
 * path to the running app, which opens it and comes to the front; macOS hands files over as `open-file`.
 */
import { app, type BrowserWindow } from 'electron';
import type { HostSession } from '../core/session/host-session';
import { findDeckArgument } from './deck-path';

export interface SecondLaunchSetup {
  host: HostSession;
  /** Whether the app runs as `electron .` (its argv has the app path after the executable). */
  isDefaultApp: boolean;
  /** The window to bring to the front (opened when there is none). */
  frontWindow(): BrowserWindow;
}

/** Takes the single-instance lock; false means another Mimbar runs and got our path: quit now. */
export function claimSingleInstance(): boolean {
  return app.requestSingleInstanceLock();
}

function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Opens what later launches and the system (macOS `open-file`) ask for, once the app is ready. */
export function installSecondLaunch(setup: SecondLaunchSetup): void {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    bringToFront(setup.frontWindow());
    const path = findDeckArgument(argv, setup.isDefaultApp, workingDirectory);
    if (path !== null) void setup.host.open(path);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    bringToFront(setup.frontWindow());
    void setup.host.open(path);
  });
}
