/**
 * The audience window: asks the host (Electron preload or browser host, through the same bridge) for
 * the deck, shows it with reveal.js, follows `deck:changed` and `deck:error`, and follows the shared
 * presentation state (`presentation:changed`), sending its own moves and blackout keys to the host.
 */
import type { DeckPayload, OpenResult } from '../../app/contract/channels';
import { getBridge } from '../../renderer/shared/host/get-bridge';
import { guardLinkClicks } from '../../renderer/shared/link-clicks';
import { installAudienceOverview } from './audience-overview';
import { createAudienceView } from './audience-view';
import { createBlackoutOverlay } from './blackout-overlay';
import { installDeckKeys } from './deck-keys';
import { createEmptyState } from './empty-state';
import { createErrorBanner } from './error-banner';
import { installFileDrop } from './file-drop';
import { isNotesOnlyChange } from './notes-only-change';
import { createPresentationSync } from './presentation-sync';
import { createWarningsIndicator } from './warnings-indicator';

function requireElement(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`audience.html lacks ${selector}`);
  return element;
}

async function start(): Promise<void> {
  // reveal.js merges `location.search` into its config; the app alone configures it.
  if (location.search) history.replaceState(null, '', location.pathname);
  const bridge = getBridge('audience');
  const sync = createPresentationSync(bridge, {
    goTo: (indices) => view.goTo(indices),
    showBlackout: createBlackoutOverlay(),
    onError: (error) => showError(error),
  });
  const view = createAudienceView({
    revealRoot: requireElement('.reveal'),
    slidesRoot: requireElement('.reveal .slides'),
    emptyState: createEmptyState(),
    updateWarnings: createWarningsIndicator(),
    onLocalMove: (indices) => sync.localMove(indices),
    hostPosition: () => sync.latest(),
  });
  const banner = createErrorBanner(() => view.messages());
  const showError = (error: unknown): void => banner.show(error instanceof Error ? error.message : String(error));

  bridge.on('deck:error', ({ message }) => banner.show(message));
  bridge.on('presentation:changed', (state) => sync.accept(state));
  // The deck shown (or being shown); a change of its notes alone is kept without rebuilding reveal.js.
  let shown: DeckPayload | null = null;
  const overview = installAudienceOverview({ box: requireElement('[data-testid="overview"]'), shown: () => shown, messages: () => view.messages(), jumpTo: (number) => view.jumpTo(number) });
  // One key table (deck-keys.ts); while the overview is open it takes the keys the table leaves to it.
  installDeckKeys({
    next: view.next,
    previous: view.previous,
    first: view.first,
    last: view.last,
    // A number, then Enter: that slide (as in the console, and in PowerPoint).
    jumpTo: view.jumpTo,
    toggleBlackout: (mode) => sync.toggleBlackout(mode),
    toggleFullscreen: () => {
      const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
      done.catch(() => undefined);
    },
    toggleOverview: () => (overview.isOpen() ? overview.close() : overview.open()),
    isOverview: overview.isOpen,
    language: view.language,
  });
  const show = (payload: DeckPayload): Promise<void> => {
    shown = payload;
    // The overview shows the deck it opened with: a new deck closes it.
    overview.close();
    // A problem with the file itself (not valid UTF-8) stays in view beside the deck.
    if (payload.notice !== null) banner.show(payload.notice);
    return sync.whileShowing(view.show(payload));
  };
  bridge.on('deck:changed', (payload) => {
    if (shown && isNotesOnlyChange(shown, payload)) {
      shown = payload;
      return;
    }
    show(payload).catch(showError);
  });
  const reportFailure = (result: OpenResult): void => {
    if (!result.ok && result.message !== '') banner.show(result.message);
  };
  installFileDrop(bridge, reportFailure);
  guardLinkClicks(bridge, reportFailure);
  try {
    const [payload, state] = await Promise.all([bridge.getDeck(), bridge.getPresentation()]);
    sync.accept(state);
    await show(payload);
  } catch (error) {
    showError(error);
  }
}

void start();
