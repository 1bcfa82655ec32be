import { describe, expect, it, vi } from 'vitest';
import type { DeckPayload } from '../contract/channels';
import type { Deck } from '../contract/deck';
import { DeckInputError } from '../core/files/read-source';
import { openStartupDeck, windowTitle } from './deck-actions';
import { createDeckSession } from '../core/session/deck-session';
import { liveFrom } from '../../tests/mocks/live-deck';

vi.mock('../core/files/load-deck', () => ({ loadDeck: vi.fn() }));

const deck = (title: string) => ({ meta: { title }, slides: [], warnings: [] }) as unknown as Deck;
const load = async (path: string) => {
  if (path.includes('missing')) throw new DeckInputError('not-found', `${path} does not exist.`);
  return deck(path);
};

describe('windowTitle', () => {
  it('puts the deck title before the app name, or shows the app name alone', () => {
    expect(windowTitle({ deck: deck('  Talk ') } as DeckPayload)).toBe('Talk — Mimbar');
    expect(windowTitle({ deck: deck('') } as DeckPayload)).toBe('Mimbar');
    expect(windowTitle(null)).toBe('Mimbar');
  });
});

describe('openStartupDeck', () => {
  it('opens the command-line deck when it loads', async () => {
    const session = createDeckSession({ assetBase: 'mimbar://deck/', bundledPath: '/b.md', open: liveFrom(load) });
    expect(await openStartupDeck(session, '/talk.md', '/b.md')).toBeNull();
    expect(session.path).toBe('/talk.md');
  });

  it('opens the bundled deck without a command-line deck', async () => {
    const session = createDeckSession({ assetBase: 'mimbar://deck/', bundledPath: '/b.md', open: liveFrom(load) });
    expect(await openStartupDeck(session, null, '/b.md')).toBeNull();
    expect(session.current()?.fileName).toBeNull();
  });

  it('falls back to the bundled deck and returns the message when the requested one fails', async () => {
    const session = createDeckSession({ assetBase: 'mimbar://deck/', bundledPath: '/b.md', open: liveFrom(load) });
    expect(await openStartupDeck(session, '/missing.md', '/b.md')).toBe('/missing.md does not exist.');
    expect(session.path).toBe('/b.md');
  });
});
