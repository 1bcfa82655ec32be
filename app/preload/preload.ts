/**
 * The audience window's preload (sandboxed): exposes `window.mimbar`, one method per contract entry
 * and nothing else — no raw ipcRenderer, no Node. Imports only types from the contract, so the
 * bundle stays a few lines.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createBridge } from '../contract/bridge';
import type { EventChannel, EventMap, InvokeChannel, InvokeRequest, InvokeResponse, MimbarBridge } from '../contract/channels';

// `satisfies` makes an event added to the contract fail the typecheck here until it is listed.
const EVENT_CHANNELS = {
  'deck:changed': true,
  'deck:error': true,
  'presentation:changed': true,
  'ui:language': true,
  'export:progress': true,
  'export:finished': true,
  'notes:status': true,
} as const satisfies Record<EventChannel, true>;

type FileArgument = Parameters<typeof webUtils.getPathForFile>[0];

function invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<InvokeResponse<C>>;
}

/** The object the renderer sees as `window.mimbar`. */
export const bridge: MimbarBridge = createBridge(invoke, {
  async openDroppedFile(file) {
    const path = webUtils.getPathForFile(file as FileArgument);
    if (!path) return { ok: false, message: 'That file is not on disk, so Mimbar cannot open it.' };
    return invoke('deck:open-path', { path });
  },
  openLink: (url) => invoke('link:open', { url }),
  saveNotesAs: () => invoke('notes:save-as', {}),
  on(event, listener) {
    if (!Object.prototype.hasOwnProperty.call(EVENT_CHANNELS, event) || typeof listener !== 'function') {
      throw new Error(`mimbar.on: unknown event ${String(event)}`);
    }
    const forward = (_event: IpcRendererEvent, payload: EventMap[typeof event]) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
});

contextBridge.exposeInMainWorld('mimbar', bridge);
