import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { installQuitFlush } from './quit-flush';

/** A fake app, power monitor and process, each an EventEmitter, and a flush that resolves when told. */
function setup() {
  const app = Object.assign(new EventEmitter(), { quit: vi.fn(), whenReady: () => Promise.resolve() });
  const power = new EventEmitter();
  const signals = new EventEmitter();
  let finish!: () => void;
  const flush = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
  installQuitFlush({ app: app as never, powerMonitor: () => power as never, flush, signals: signals as never });
  const event = () => ({ preventDefault: vi.fn() });
  return { app, power, signals, flush, finish: () => finish(), event };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('installQuitFlush', () => {
  it('before-quit waits for one flush, then quits; the second before-quit goes through', async () => {
    const { app, flush, finish, event } = setup();
    const first = event();
    app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
    finish();
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);
    const second = event();
    app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('a system shutdown is delayed until the flush, then the app quits', async () => {
    const { app, power, finish, event } = setup();
    await settle();
    const shutdown = event();
    power.emit('shutdown', shutdown);
    expect(shutdown.preventDefault).toHaveBeenCalled();
    finish();
    await settle();
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('SIGTERM and SIGHUP flush then quit; a Windows session end flushes; all share one flush', async () => {
    const { app, signals, flush, finish } = setup();
    const window = new EventEmitter();
    app.emit('browser-window-created', {}, window);
    window.emit('session-end', {});
    signals.emit('SIGTERM');
    signals.emit('SIGHUP');
    expect(flush).toHaveBeenCalledTimes(1);
    finish();
    await settle();
    expect(app.quit).toHaveBeenCalled();
  });
});
