import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../contract/deck';
import type { PresentationState } from '../../contract/presentation';
import { dialog, electronMock, fakeDisplay, FakeBrowserWindow } from '../../../tests/mocks/electron';
import type { HostSession } from '../../core/session/host-session';
import { registerForTest } from '../../../tests/support/main-handlers';
import { createMainHost } from '../main-host';
import { liveFrom } from '../../../tests/mocks/live-deck';
import { createDeckWindow } from '../windows';
import { installPresenting, type Presenting } from './install-presenting';
import { createUiLanguageSetting } from './ui-language';

const decks: Record<string, string[]> = { '/talk.md': ['intro', 'why', 'how'], '/other.md': ['start', 'end'] };

function deckOf(ids: string[]): Deck {
  return { meta: { title: 'Talk' }, slides: ids.map((id, h) => ({ id, h, v: 0 })), warnings: [] } as unknown as Deck;
}

let host: HostSession;
let presenting: Presenting;
let audience: FakeBrowserWindow;

function invoke(channel: string, payload: unknown = {}, from: FakeBrowserWindow = audience): Promise<unknown> {
  return electronMock.invoke(channel, electronMock.ipcEvent(from.webContents), payload);
}

function presentationEvents(window: FakeBrowserWindow): PresentationState[] {
  return window.webContents.send.mock.calls.filter(([channel]) => channel === 'presentation:changed').map(([, state]) => state as PresentationState);
}

function consoleWindow(): FakeBrowserWindow {
  presenting.windows.start();
  return presenting.windows.consoleWindow() as unknown as FakeBrowserWindow;
}

beforeEach(async () => {
  electronMock.reset();
  host = createMainHost({ bundledPath: '/bundled.md', openDeck: liveFrom(async (path) => deckOf(decks[path] ?? [])) });
  await host.decks.open('/talk.md');
  audience = createDeckWindow('/preload.cjs') as unknown as FakeBrowserWindow;
  presenting = installPresenting({ preloadPath: '/preload.cjs', openAudienceWindow: vi.fn(), language: createUiLanguageSetting() });
  registerForTest(host.handlers, presenting.handlers);
});

afterEach(() => presenting.uninstall());

describe('presenting handlers', () => {
  it('adds only window:swap-displays to the host core\'s presentation channels', () => {
    expect(Object.keys(presenting.handlers)).toEqual(['window:swap-displays']);
  });

  it('presentation:get answers the first slide, timer stopped', async () => {
    expect(await invoke('presentation:get')).toMatchObject({ h: 0, v: 0, fragment: -1, slideId: 'intro', blackout: 'none', timer: { startedAt: null, accumulatedMs: 0 } });
  });

  it('a command from the console changes the state and broadcasts it to the audience and the console', async () => {
    const console = consoleWindow();
    const state = (await invoke('presentation:command', { type: 'goto', h: 1, v: 0, fragment: -1 }, console)) as PresentationState;
    expect(state).toMatchObject({ h: 1, slideId: 'why' });
    expect(presentationEvents(audience).at(-1)).toEqual(state);
    expect(presentationEvents(console).at(-1)).toEqual(state);
    expect(await invoke('presentation:get')).toEqual(state);
  });

  it('rejects invalid commands without changing or broadcasting anything', async () => {
    const before = await invoke('presentation:get');
    audience.webContents.send.mockClear();
    for (const payload of [{ type: 'goto', h: -1, v: 0, fragment: 0 }, { type: 'jump' }, { type: 'blackout', mode: 'red' }, { type: 'timer', action: 'start', extra: 1 }]) {
      await expect(invoke('presentation:command', payload), JSON.stringify(payload)).rejects.toThrow(/Invalid payload for presentation:command/);
    }
    expect(presentationEvents(audience)).toEqual([]);
    expect(await invoke('presentation:get')).toEqual(before);
  });

  it('refuses a window it did not create', async () => {
    const stranger = new FakeBrowserWindow();
    await expect(invoke('presentation:get', {}, stranger)).rejects.toThrow(/sender not allowed/);
  });

  it('follows the deck by slide id when the same file changes, after sending the deck', async () => {
    await invoke('presentation:command', { type: 'goto', h: 2, v: 0, fragment: 1 });
    decks['/talk.md'] = ['how', 'intro', 'why'];
    audience.webContents.send.mockClear();
    expect(await host.open('/talk.md')).toEqual({ ok: true });
    expect(audience.webContents.send.mock.calls.map(([channel]) => channel)).toEqual(['deck:changed', 'presentation:changed']);
    expect(presentationEvents(audience)[0]).toMatchObject({ h: 0, slideId: 'how', fragment: 1, revision: 2 });
    decks['/talk.md'] = ['intro', 'why', 'how'];
  });

  it('starts another file at its first slide with a stopped timer, the revision still growing', async () => {
    await invoke('presentation:command', { type: 'goto', h: 1, v: 0, fragment: -1 });
    await host.open('/other.md');
    expect(presentationEvents(audience).at(-1)).toMatchObject({ h: 0, slideId: 'start', timer: { startedAt: null, accumulatedMs: 0 }, revision: 2 });
  });

  it('window:swap-displays says why it cannot with one display, and swaps with two', async () => {
    const console = consoleWindow();
    expect(await invoke('window:swap-displays', {}, console)).toEqual({ ok: false, message: 'Only one display is connected.' });
    electronMock.setDisplays([fakeDisplay(1, 0, 1440, 900, true), fakeDisplay(2, 1440, 1920, 1080)]);
    expect(await invoke('window:swap-displays', {}, console)).toEqual({ ok: true });
  });

  it('refuses window:swap-displays from the audience window, which has no use for it', async () => {
    await expect(invoke('window:swap-displays')).rejects.toThrow(/sender not allowed/);
  });

  it('Swap Displays from the menu with one display shows the message instead', () => {
    presenting.swapFromMenu();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: 'Only one display is connected.' }));
  });

  it('View → Show Console shows the console, then hides it', () => {
    expect(presenting.windows.toggleConsole()).toEqual({ ok: true });
    const console = presenting.windows.consoleWindow() as unknown as FakeBrowserWindow;
    expect(console.isVisible()).toBe(true);
    presenting.windows.toggleConsole();
    expect(console.isVisible()).toBe(false);
  });

  it('re-places the windows when the projector is unplugged (screen display-removed)', () => {
    const laptop = fakeDisplay(1, 0, 1440, 900, true);
    electronMock.setDisplays([laptop, fakeDisplay(2, 1440, 1920, 1080)]);
    const console = consoleWindow();
    electronMock.changeDisplays('display-removed', [laptop]);
    expect(audience.bounds).toEqual(laptop.bounds);
    expect(console.isVisible()).toBe(true);
  });
});
