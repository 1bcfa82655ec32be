/**
 * The typed map of invoke handlers every host serves: one function per channel of the contract, so a
 * channel added to `InvokeMap` fails the typecheck of each host until both answer it. The host core
 * answers the shared channels; each host adds the rest (dialogs, windows, printing) for its `Sender`.
 */
import type { InvokeChannel, InvokeRequest, InvokeResponse } from '../../contract/channels';

/** Answers one channel: the validated request and who sent it (an IPC event in Electron, nothing over HTTP). */
export type Handler<C extends InvokeChannel, Sender> = (request: InvokeRequest<C>, sender: Sender) => Promise<InvokeResponse<C>>;

/** A handler for every channel of the contract. */
export type HandlerMap<Sender> = { [C in InvokeChannel]: Handler<C, Sender> };

/** The channels the host core answers the same way in every host. */
export const SHARED_CHANNELS = [
  'deck:get',
  'presentation:get',
  'presentation:command',
  'notes:edit',
  'notes:save-now',
  'notes:get-status',
  'notes:resolve',
  'notes:recover',
  'notes:get-source',
] as const satisfies readonly InvokeChannel[];

export type SharedChannel = (typeof SHARED_CHANNELS)[number];

/** What the host core returns: the shared channels, whoever sent them. */
export type SharedHandlers = Pick<HandlerMap<unknown>, SharedChannel>;

/** What a host adds to the shared handlers to serve the whole contract. */
export type OwnHandlers<Sender> = Omit<HandlerMap<Sender>, SharedChannel>;

/** The whole map: the core's shared handlers and the host's own; the types make it complete. */
export function completeHandlers<Sender>(shared: SharedHandlers, own: OwnHandlers<Sender>): HandlerMap<Sender> {
  return { ...shared, ...own };
}
