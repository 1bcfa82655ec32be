/**
 * Registers main's IPC for a unit test as main does (`registerHandlers`, behind the sender and
 * window-kind checks): the host core's shared handlers, the module's own handlers under test, and for
 * every other channel a handler that rejects, so a test never passes on a channel it did not wire.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { invokeChannels } from '../../app/contract/channels';
import type { HandlerMap, OwnHandlers, SharedHandlers } from '../../app/core/session/handler-map';
import { registerHandlers } from '../../app/main/ipc';

export function registerForTest(shared: Partial<SharedHandlers> | null, own: Partial<OwnHandlers<IpcMainInvokeEvent>> = {}): void {
  const unused = Object.fromEntries(invokeChannels.map((channel) => [channel, async () => Promise.reject(new Error(`${channel} is not wired in this test`))]));
  registerHandlers({ ...unused, ...shared, ...own } as HandlerMap<IpcMainInvokeEvent>);
}
