import { describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../contract/deck';
import { DeckInputError } from '../files/read-source';
import { createDeckSession } from './deck-session';
import { liveFrom, staticLiveDeck } from '../../../tests/mocks/live-deck';

vi.mock('../files/load-deck', () => ({ loadDeck: vi.fn() }));

function deckTitled(title: string): Deck {
  return { meta: { title }, slides: [], warnings: [] } as unknown as Deck;
}

const BUNDLED = '/app/slides/manfaat-hubungan-internasional.md';

describe('createDeckSession', () => {
  it('starts empty and refuses to hand out a deck before one is open', async () => {
    const session = createDeckSession({ assetBase: 'mimbar://deck/', bundledPath: BUNDLED, open: liveFrom(vi.fn()) });
    expect(session.current()).toBeNull();
    expect(session.deckRoot()).toBeNull();
    await expect(session.ready()).rejects.toThrow('No deck is open.');
  });

  it('opens a deck: payload with the deck base, the file name and its folder as deck root', async () => {
    const load = vi.fn(async (path: string) => deckTitled(path));
    const session = createDeckSession({ assetBase: 'mimbar://deck/', bundledPath: BUNDLED, open: liveFrom(load) });
    const payload = await session.open('/talks/intro/deck.md');
    expect(payload).toEqual({ deck: deckTitled('/talks/intro/deck.md'), assetBase: 'mimbar://deck/', fileName: 'deck.md', notice: null, assetVersion: 0 });
    expect(session.path).toBe('/talks/intro/deck.md');
    expect(session.deckRoot()).toBe('/talks/intro');
    await expect(session.ready()).resolves.toBe(payload);
  });

  it('a deck opened through a link: the real name and folder are shown and served; its reloads still reach the session', async () => {
    // The live deck resolves the link (see openLiveDeck); here it reports the real path.
    const session = createDeckSession({ assetBase: 'mimbar://deck/', bundledPath: BUNDLED, open: async (path) => staticLiveDeck(path === '/desk/link.md' ? '/talks/real/deck.md' : path, deckTitled(path)) });
    const payload = await session.open('/desk/link.md');
    expect(payload.fileName).toBe('deck.md');
    expect(session.path).toBe('/talks/real/deck.md');
    expect(session.deckRoot()).toBe('/talks/real');
    expect(session.refresh('/desk/link.md', deckTitled('again'))?.deck).toEqual(deckTitled('again'));
  });

  it('gives the bundled deck no file name', async () => {
    const session = createDeckSession({ assetBase: 'mimbar://deck/', bundledPath: BUNDLED, open: liveFrom(async () => deckTitled('bundled')) });
    expect((await session.open(BUNDLED)).fileName).toBeNull();
    expect(session.deckRoot()).toBe('/app/slides');
  });

  it('keeps the previous deck when an open fails', async () => {
    const load = vi.fn(async (path: string) => {
      if (path.endsWith('bad.md')) throw new DeckInputError('not-found', `${path} does not exist.`);
      return deckTitled(path);
    });
    const session = createDeckSession({ assetBase: 'mimbar://deck/', bundledPath: BUNDLED, open: liveFrom(load) });
    const good = await session.open('/a/good.md');
    await expect(session.open('/b/bad.md')).rejects.toBeInstanceOf(DeckInputError);
    expect(session.current()).toBe(good);
    expect(session.deckRoot()).toBe('/a');
  });

  it('applies opens in the order they were asked for, and ready() waits for them', async () => {
    let releaseSlow: () => void = () => undefined;
    const load = vi.fn((path: string) =>
      path === '/slow.md' ? new Promise<Deck>((resolve) => (releaseSlow = () => resolve(deckTitled('slow')))) : Promise.resolve(deckTitled('fast')),
    );
    const session = createDeckSession({ assetBase: 'mimbar://deck/', bundledPath: BUNDLED, open: liveFrom(load) });
    const slow = session.open('/slow.md');
    const fast = session.open('/fast.md');
    const ready = session.ready();
    await Promise.resolve();
    releaseSlow();
    await Promise.all([slow, fast]);
    expect(session.path).toBe('/fast.md');
    expect((await ready).deck.meta.title).toBe('fast');
  });
});
