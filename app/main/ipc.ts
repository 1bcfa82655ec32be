/**
 * The one way main registers IPC: `handle(channel, handler)` checks the sender, validates the payload
 * against the contract, then calls the handler. `sendEvent` is the typed way back.
 */
import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { parseRequest } from '../contract/channels';
import type { EventChannel, EventMap, InvokeChannel, InvokeRequest, InvokeResponse } from '../contract/channels';
import { APP_BASE } from './app-urls';
import { isAppWindow } from './windows';

/** A handler for one invoke channel: receives the validated request, delegates to core. */
export type InvokeHandler<C extends InvokeChannel> = (
  request: InvokeRequest<C>,
  event: IpcMainInvokeEvent,
) => InvokeResponse<C> | Promise<InvokeResponse<C>>;

/**
 * True when the message comes from the main frame of a window we created, showing an app page. A
 * subframe, a frame of another web contents, or a page that is not `mimbar://app/...` is refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || !isAppWindow(BrowserWindow.fromWebContents(event.sender))) return false;
  const mainFrame = event.sender.mainFrame;
  // Distinct WebFrameMain objects may stand for one frame: compare ids, not identity.
  const isMainFrame = frame.parent === null && frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId;
  return isMainFrame && frame.url.startsWith(APP_BASE);
}

/** Registers `handler` for `channel` behind the sender check and the contract's validator. */
export function handle<C extends InvokeChannel>(channel: C, handler: InvokeHandler<C>): void {
  ipcMain.handle(channel, async (event, payload: unknown) => {
    if (!isTrustedSender(event)) {
      console.warn(`mimbar: refused ${channel} from ${event.senderFrame?.url ?? 'a closed frame'}`);
      throw new Error(`${channel}: sender not allowed`);
    }
    return handler(parseRequest(channel, payload), event);
  });
}

/** Sends a contract event to one window, unless it is already gone. */
export function sendEvent<E extends EventChannel>(window: BrowserWindow, event: E, payload: EventMap[E]): void {
  if (!window.isDestroyed()) window.webContents.send(event, payload);
}
