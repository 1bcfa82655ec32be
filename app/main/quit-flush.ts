/**
 * Pending notes reach the file (or at least the journal) however the app ends: quitting (before-quit),
 * the system shutting down (powerMonitor `shutdown` on Linux and macOS, which Electron delays while the
 * save runs), the Windows session ending (a window's `session-end`: log off, shutdown), and SIGTERM or
 * SIGHUP sent to the main process (`kill`, a closed terminal). Each ends in one flush, then quit.
 */
import type { App, BrowserWindow, PowerMonitor } from 'electron';

export interface QuitFlushDeps {
  app: Pick<App, 'on' | 'quit' | 'whenReady'>;
  /** Electron's powerMonitor, which may only be used once the app is ready. */
  powerMonitor: () => Pick<PowerMonitor, 'on'>;
  /** Saves every pending edit (the deck session's close); never rejects in practice, and a rejection is ignored. */
  flush(): Promise<void>;
  /** The process whose signals end the app (default: this one). */
  signals?: Pick<NodeJS.Process, 'once'>;
}

/** Installs every way out; returns the flush (one run, however many ways ask for it). */
export function installQuitFlush({ app, powerMonitor, flush, signals = process }: QuitFlushDeps): () => Promise<void> {
  let flushing: Promise<void> | null = null;
  let isFlushed = false;
  const flushOnce = (): Promise<void> =>
    (flushing ??= flush()
      .catch(() => undefined)
      .finally(() => {
        isFlushed = true;
      }));
  const flushThenQuit = (): void => void flushOnce().then(() => app.quit());

  app.on('before-quit', (event) => {
    if (isFlushed) return;
    event.preventDefault();
    flushThenQuit();
  });
  void app.whenReady().then(() => {
    // electron.d.ts types this listener without its argument; Electron's docs and runtime pass an event
    // whose preventDefault() delays the shutdown.
    const onShutdown = (event: Electron.Event): void => {
      event.preventDefault();
      flushThenQuit();
    };
    powerMonitor().on('shutdown', onShutdown as () => void);
  });
  app.on('browser-window-created', (_event, window: BrowserWindow) => {
    window.on('session-end', () => void flushOnce());
  });
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) signals.once(signal, flushThenQuit);
  return flushOnce;
}
