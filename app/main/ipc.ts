/**
 * The one way main registers IPC: `registerHandlers(map)` takes a handler for every channel of the
 * contract (the host core's shared ones and main's own) and registers each behind the same checks: the
 * sender is the main frame of a window Mimbar created, showing an app page, and the channel is one its
 * kind of window uses (`app/contract/windows.ts`); the payload is validated against the contract.
 * `sendEvent` is the typed way back.
 */
import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { invokeChannels, parseRequest } from '../contract/channels';
import type { EventChannel, EventMap, InvokeChannel } from '../contract/channels';
import { windowChannels, WINDOW_KINDS, type WindowKind } from '../contract/windows';
import type { HandlerMap, OwnHandlers } from '../core/session/handler-map';
import { APP_BASE } from './app-urls';
import { windowKindOf } from './windows';

/** Main's handlers: every channel, each given the IPC event of its sender. */
export type MainHandlers = HandlerMap<IpcMainInvokeEvent>;

/** Some of main's own handlers (channels the host core does not answer), as one module provides them. */
export type MainHandlersOf<C extends keyof OwnHandlers<IpcMainInvokeEvent>> = Pick<OwnHandlers<IpcMainInvokeEvent>, C>;

const CHANNELS_OF = new Map<WindowKind, ReadonlySet<InvokeChannel>>(WINDOW_KINDS.map((kind) => [kind, windowChannels(kind)]));

/**
 * True when the message comes from the main frame of a window we created, showing an app page, and its
 * kind of window uses `channel`. A subframe, a frame of another web contents, a page that is not
 * `mimbar://app/...`, or a channel that window has no use for (the audience calling `notes:edit`) is refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, channel: InvokeChannel): boolean {
  const frame = event.senderFrame;
  const kind = windowKindOf(BrowserWindow.fromWebContents(event.sender));
  if (!frame || kind === null || !CHANNELS_OF.get(kind)?.has(channel)) return false;
  const mainFrame = event.sender.mainFrame;
  // Distinct WebFrameMain objects may stand for one frame: compare ids, not identity.
  const isMainFrame = frame.parent === null && frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId;
  return isMainFrame && frame.url.startsWith(APP_BASE);
}

function register<C extends InvokeChannel>(channel: C, handler: MainHandlers[C]): void {
  ipcMain.handle(channel, async (event, payload: unknown) => {
    if (!isTrustedSender(event, channel)) {
      console.warn(`mimbar: refused ${channel} from ${event.senderFrame?.url ?? 'a closed frame'}`);
      throw new Error(`${channel}: sender not allowed`);
    }
    return handler(parseRequest(channel, payload), event);
  });
}

/** Registers a handler for every channel of the contract, behind the sender check and the contract's validators. */
export function registerHandlers(handlers: MainHandlers): void {
  for (const channel of invokeChannels) register(channel, handlers[channel]);
}

/** Sends a contract event to one window, unless it is already gone. */
export function sendEvent<E extends EventChannel>(window: BrowserWindow, event: E, payload: EventMap[E]): void {
  if (!window.isDestroyed()) window.webContents.send(event, payload);
}
