import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../contract/deck';
import { app, electronMock, FakeBrowserWindow } from '../../tests/mocks/electron';
import { liveFrom } from '../../tests/mocks/live-deck';
import { createMainHost } from './main-host';
import { installSecondLaunch } from './second-launch';

type Listener = (...args: unknown[]) => void;
const listener = (event: string): Listener => {
  const found = app.on.mock.calls.find(([name]) => name === event)?.[1];
  if (!found) throw new Error(`no ${event} listener`);
  return found as Listener;
};

beforeEach(() => electronMock.reset());

describe('installSecondLaunch', () => {
  it('opens the deck a second launch names, resolved against its folder, and brings the window to the front', async () => {
    const load = vi.fn(async (path: string) => ({ meta: { title: path }, slides: [], warnings: [] }) as unknown as Deck);
    const host = createMainHost({ bundledPath: '/b.md', openDeck: liveFrom(load) });
    const window = new FakeBrowserWindow();
    window.minimized = true;
    installSecondLaunch({ host, isDefaultApp: false, frontWindow: () => window as never });
    listener('second-instance')({}, ['/opt/Mimbar/mimbar', '--enable-features=X', 'kelas/bab-2.md'], '/home/guru');
    await vi.waitFor(() => expect(host.decks.path).toBe('/home/guru/kelas/bab-2.md'));
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('only comes to the front when the second launch names no deck, and opens files macOS hands over', async () => {
    const load = vi.fn(async () => ({ meta: { title: 'x' }, slides: [], warnings: [] }) as unknown as Deck);
    const host = createMainHost({ bundledPath: '/b.md', openDeck: liveFrom(load) });
    const window = new FakeBrowserWindow();
    installSecondLaunch({ host, isDefaultApp: false, frontWindow: () => window as never });
    listener('second-instance')({}, ['/opt/Mimbar/mimbar'], '/home/guru');
    expect(window.focus).toHaveBeenCalledOnce();
    expect(load).not.toHaveBeenCalled();
    const preventDefault = vi.fn();
    listener('open-file')({ preventDefault }, '/Users/guru/deck.md');
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(host.decks.path).toBe('/Users/guru/deck.md'));
  });
});
