/**
 * Keeps the audience on the host's presentation state: it shows the newest state it knows (slide,
 * fragment, blackout) and sends the user's own moves and blackout keys to the host as commands. A state
 * is never applied while this page's own commands are on their way (no jumping back to an older slide),
 * nor while a deck is being shown; the page catches up as soon as both are done.
 */
import type { MimbarBridge } from '../../app/contract/channels';
import type { Blackout, PresentationCommand, PresentationState } from '../../app/contract/presentation';
import type { SlideIndices } from './deck-window';

/** What the sync drives on the page. */
export interface SyncTargets {
  /** Moves the slides without reporting it as a local move. */
  goTo(indices: SlideIndices): void;
  showBlackout(mode: Blackout): void;
  onError(error: unknown): void;
}

/** The audience's side of the shared presentation state. */
export interface PresentationSync {
  /** Takes a state from the host (`presentation:changed`, or an answer); older revisions are ignored. */
  accept(state: PresentationState): void;
  /** The newest host state known, or null before the first. */
  latest(): PresentationState | null;
  /** Holds back host moves while `showing` (a deck being shown), then goes where the host is. */
  whileShowing(showing: Promise<void>): Promise<void>;
  /** Reports a move the user made on this page (cheap: the command is sent in the background). */
  localMove(indices: SlideIndices): void;
  /** Toggles a black or white screen for everyone. */
  toggleBlackout(mode: 'black' | 'white'): void;
}

/** Creates the sync; feed it `presentation:changed` through `accept`. */
export function createPresentationSync(bridge: Pick<MimbarBridge, 'sendPresentationCommand'>, targets: SyncTargets): PresentationSync {
  let latest: PresentationState | null = null;
  let showing = 0;
  let inFlight: PresentationCommand | null = null;
  const queue: PresentationCommand[] = [];

  function render(): void {
    if (!latest) return;
    targets.showBlackout(latest.blackout);
    if (showing === 0 && inFlight === null && queue.length === 0) targets.goTo(latest);
  }

  function accept(state: PresentationState): void {
    if (latest && state.revision <= latest.revision) return;
    latest = state;
    render();
  }

  async function pump(): Promise<void> {
    if (inFlight !== null) return;
    for (let command = queue.shift(); command; command = queue.shift()) {
      inFlight = command;
      try {
        accept(await bridge.sendPresentationCommand(command));
      } catch (error) {
        targets.onError(error);
      }
    }
    inFlight = null;
    render();
  }

  function send(command: PresentationCommand): void {
    // Only the last of several quick moves matters.
    const last = queue.at(-1);
    if (command.type === 'goto' && last?.type === 'goto') queue[queue.length - 1] = command;
    else queue.push(command);
    void pump();
  }

  /** The blackout the host will show once the queued commands are applied. */
  function expectedBlackout(): Blackout {
    const pending = inFlight === null ? queue : [inFlight, ...queue];
    const last = pending.findLast((command) => command.type === 'blackout');
    if (last?.type === 'blackout') return last.mode;
    return latest?.blackout ?? 'none';
  }

  return {
    accept,
    latest: () => latest,
    async whileShowing(shown) {
      showing++;
      try {
        await shown;
      } finally {
        showing--;
        render();
      }
    },
    localMove(indices) {
      send({ type: 'goto', h: indices.h, v: indices.v, fragment: indices.fragment });
    },
    toggleBlackout(mode) {
      send({ type: 'blackout', mode: expectedBlackout() === mode ? 'none' : mode });
    },
  };
}
