/** What the browser host answers on each invoke channel of the contract. */
import type { DeckPayload, InvokeChannel, InvokeRequest, InvokeResponse } from '../contract/channels';

/** The browser host's answer to every invoke channel: a function per channel, so a new channel fails the typecheck here. */
export type InvokeHandlers = { [C in InvokeChannel]: (request: InvokeRequest<C>) => Promise<InvokeResponse<C>> };

const NOT_AVAILABLE = { ok: false, message: 'Not available in the browser host' } as const;

/** Builds the handlers around a getter for the current deck. */
export function createInvokeHandlers(currentDeck: () => DeckPayload): InvokeHandlers {
  return {
    'deck:get': async () => currentDeck(),
    'deck:open-dialog': async () => NOT_AVAILABLE,
    'deck:open-path': async () => NOT_AVAILABLE,
    // The HTTP bridge opens links in a new tab itself; a server cannot open the user's browser.
    'link:open': async () => NOT_AVAILABLE,
  };
}
