/**
 * The audience window's preload (sandboxed): exposes `window.mimbar`, one method per contract entry
 * and nothing else — no raw ipcRenderer, no Node. Imports only types from the contract, so the
 * bundle stays a few lines.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { EventChannel, EventMap, InvokeChannel, InvokeRequest, InvokeResponse, MimbarBridge } from '../contract/channels';

// `satisfies` makes an event added to the contract fail the typecheck here until it is listed.
const EVENT_CHANNELS = {
  'deck:changed': true,
  'deck:error': true,
  'presentation:changed': true,
  'ui:language': true,
  'export:progress': true,
  'export:finished': true,
} as const satisfies Record<EventChannel, true>;

type FileArgument = Parameters<typeof webUtils.getPathForFile>[0];

function invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<InvokeResponse<C>>;
}

/** The object the renderer sees as `window.mimbar`. */
export const bridge: MimbarBridge = {
  getDeck: () => invoke('deck:get', {}),
  openDialog: () => invoke('deck:open-dialog', {}),
  async openDroppedFile(file) {
    const path = webUtils.getPathForFile(file as FileArgument);
    if (!path) return { ok: false, message: 'That file is not on disk, so Mimbar cannot open it.' };
    return invoke('deck:open-path', { path });
  },
  openLink: (url) => invoke('link:open', { url }),
  getPrintJob: () => invoke('print:get-job', {}),
  reportPrintProgress: (progress) => invoke('print:progress', progress),
  reportPrintReady: (ready) => invoke('print:ready', ready),
  reportPrintFailed: (message) => invoke('print:failed', { message }),
  getPresentation: () => invoke('presentation:get', {}),
  sendPresentationCommand: (command) => invoke('presentation:command', command),
  swapDisplays: () => invoke('window:swap-displays', {}),
  toggleConsole: () => invoke('window:toggle-console', {}),
  getExportSetup: () => invoke('export:get-setup', {}),
  startExport: (options) => invoke('export:start', { options }),
  cancelExport: () => invoke('export:cancel', {}),
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
};

contextBridge.exposeInMainWorld('mimbar', bridge);
