/**
 * What every window's preload (sandboxed) does: exposes `window.mimbar`, the bridge of that kind of
 * window — only its methods and its events (`app/contract/windows.ts`) — and nothing else: no raw
 * ipcRenderer, no Node. Imports only the contract's bridge builder and tables, so each bundle stays small.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createBridge } from '../contract/bridge';
import type { EventChannel, EventMap, InvokeChannel, InvokeRequest, InvokeResponse, MimbarBridge } from '../contract/channels';
import { WINDOW_ACCESS, windowEvents, type BridgeFor, type WindowKind } from '../contract/windows';

type FileArgument = Parameters<typeof webUtils.getPathForFile>[0];

function invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<InvokeResponse<C>>;
}

/** The whole bridge over IPC; a window gets only its part of it (`bridgeFor`). */
function ipcBridge(events: ReadonlySet<EventChannel>): MimbarBridge {
  return createBridge(invoke, {
    async openDroppedFile(file) {
      const path = webUtils.getPathForFile(file as FileArgument);
      if (!path) return { ok: false, message: 'That file is not on disk, so Mimbar cannot open it.' };
      return invoke('deck:open-path', { path });
    },
    openLink: (url) => invoke('link:open', { url }),
    saveNotesAs: () => invoke('notes:save-as', {}),
    on(event, listener) {
      if (typeof event !== 'string' || !events.has(event) || typeof listener !== 'function') {
        throw new Error(`mimbar.on: unknown event ${String(event)}`);
      }
      const forward = (_event: IpcRendererEvent, payload: EventMap[typeof event]) => listener(payload);
      ipcRenderer.on(event, forward);
      return () => {
        ipcRenderer.removeListener(event, forward);
      };
    },
  });
}

/** The bridge of a window of kind `kind`: its methods, and `on` for its events only. */
export function bridgeFor<K extends WindowKind>(kind: K): BridgeFor<K> {
  const events = windowEvents(kind);
  const whole = ipcBridge(events);
  const methods: readonly (keyof MimbarBridge)[] = WINDOW_ACCESS[kind].methods;
  const picked = Object.fromEntries([...methods, 'on'].map((method) => [method, whole[method as keyof MimbarBridge]]));
  return picked as BridgeFor<K>;
}

/** Exposes the bridge of `kind` as `window.mimbar`; each preload calls this once. */
export function exposeBridge(kind: WindowKind): void {
  contextBridge.exposeInMainWorld('mimbar', bridgeFor(kind));
}
