/**
 * The audience window: asks the host (Electron preload or browser host, through the same bridge) for
 * the deck, shows it with reveal.js, and follows `deck:changed` and `deck:error`.
 */
import type { OpenResult } from '../../app/contract/channels';
import { getBridge } from '../host/get-bridge';
import { createAudienceView } from './audience-view';
import { createEmptyState } from './empty-state';
import { createErrorBanner } from './error-banner';
import { installFileDrop } from './file-drop';
import { guardLinkClicks } from './link-clicks';
import { createWarningsIndicator } from './warnings-indicator';

function requireElement(selector: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`audience.html lacks ${selector}`);
  return element;
}

async function start(): Promise<void> {
  // reveal.js merges `location.search` into its config; the app alone configures it.
  if (location.search) history.replaceState(null, '', location.pathname);
  const bridge = getBridge();
  const view = createAudienceView({
    revealRoot: requireElement('.reveal'),
    slidesRoot: requireElement('.reveal .slides'),
    emptyState: createEmptyState(),
    updateWarnings: createWarningsIndicator(),
  });
  const banner = createErrorBanner(() => view.messages());
  const showError = (error: unknown): void => banner.show(error instanceof Error ? error.message : String(error));

  bridge.on('deck:error', ({ message }) => banner.show(message));
  bridge.on('deck:changed', (payload) => {
    view.show(payload).catch(showError);
  });
  const reportFailure = (result: OpenResult): void => {
    if (!result.ok && result.message !== '') banner.show(result.message);
  };
  installFileDrop(bridge, reportFailure);
  guardLinkClicks(bridge, reportFailure);
  try {
    await view.show(await bridge.getDeck());
  } catch (error) {
    showError(error);
  }
}

void start();
