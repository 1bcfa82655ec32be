/**
 * The presentation state a host keeps for its open deck, over the pure state machine of
 * `core/presentation`. Every change is broadcast to every window as `presentation:changed`; windows
 * never talk to each other.
 */
import type { DeckPayload } from '../../contract/channels';
import type { PresentationCommand, PresentationState } from '../../contract/presentation';
import { applyCommand, followDeck, initialPresentation } from '../presentation/presentation-state';
import type { DeckSession } from './deck-session';

/** The state of the open deck and the ways to change it. */
export interface PresentationSession {
  /** The state for the current deck (following it first when the deck changed). */
  get(): Promise<PresentationState>;
  /** Applies a command from a window; broadcasts and returns the new state. */
  command(command: PresentationCommand): Promise<PresentationState>;
  /** Follows a deck that was just published (same file: the same slide by id; another file: its first slide). */
  follow(payload: DeckPayload): void;
}

export interface PresentationSessionOptions {
  decks: DeckSession;
  /** Sends the new state to every window. */
  broadcast(state: PresentationState): void;
  /** Runs when the shown slide changes (pending notes are saved then). */
  onSlideLeft(): void;
  now(): number;
}

/** Creates the session over `options.decks`. */
export function createPresentationSession(options: PresentationSessionOptions): PresentationSession {
  const { decks } = options;
  let state: PresentationState | null = null;
  let followed: DeckPayload['deck'] | null = null;
  let followedPath: string | null = null;

  function change(next: PresentationState): PresentationState {
    if (next !== state) {
      if (state !== null && next.slideId !== state.slideId) options.onSlideLeft();
      state = next;
      options.broadcast(next);
    }
    return next;
  }

  function sync(payload: DeckPayload): PresentationState {
    if (state !== null && payload.deck === followed) return state;
    const previous = state;
    const sameFile = decks.path === followedPath;
    followed = payload.deck;
    followedPath = decks.path;
    if (previous === null) return change(initialPresentation(payload.deck));
    if (sameFile) return change(followDeck(previous, payload.deck));
    // Another file: its first slide and a stopped timer; the revision still grows so windows take it.
    return change({ ...initialPresentation(payload.deck), revision: previous.revision + 1 });
  }

  return {
    async get() {
      return sync(await decks.ready());
    },
    async command(command) {
      const payload = await decks.ready();
      const current = sync(payload);
      return change(applyCommand(current, command, payload.deck, options.now()));
    },
    follow(payload) {
      sync(payload);
    },
  };
}
