/**
 * Builds a `MimbarBridge` from a host's transport, so Electron's preload (IPC) and the browser host's
 * client (HTTP + server-sent events) map every method to the same channel with the same payload. A host
 * supplies only the transport and the two actions that differ by host. No zod here: the sandboxed
 * preload bundles this file and must stay small.
 */
import type { InvokeChannel, InvokeRequest, InvokeResponse, MimbarBridge } from './channels';

/** Sends one invoke request and resolves with the host's response. */
export type Invoke = <C extends InvokeChannel>(channel: C, request: InvokeRequest<C>) => Promise<InvokeResponse<C>>;

/** What differs between hosts: the transport, and how dropped files, web links and "Save notes as…" are handled. */
export type HostSpecific = Pick<MimbarBridge, 'openDroppedFile' | 'openLink' | 'saveNotesAs' | 'on'>;

/** Creates the bridge: one method per contract action, each a call of `invoke`. */
export function createBridge(invoke: Invoke, host: HostSpecific): MimbarBridge {
  return {
    getDeck: () => invoke('deck:get', {}),
    openDroppedFile: host.openDroppedFile,
    openLink: host.openLink,
    getPrintJob: () => invoke('print:get-job', {}),
    reportPrintProgress: (progress) => invoke('print:progress', progress),
    reportPrintReady: (ready) => invoke('print:ready', ready),
    reportPrintFailed: (message) => invoke('print:failed', { message }),
    getPresentation: () => invoke('presentation:get', {}),
    sendPresentationCommand: (command) => invoke('presentation:command', command),
    swapDisplays: () => invoke('window:swap-displays', {}),
    getExportSetup: () => invoke('export:get-setup', {}),
    startExport: (options) => invoke('export:start', { options }),
    cancelExport: () => invoke('export:cancel', {}),
    editNotes: (edit) => invoke('notes:edit', edit),
    saveNotesNow: () => invoke('notes:save-now', {}),
    getNotesStatus: () => invoke('notes:get-status', {}),
    resolveNotesConflict: (slideId, keep) => invoke('notes:resolve', { slideId, keep }),
    recoverNotes: (restore) => invoke('notes:recover', { restore }),
    saveNotesAs: host.saveNotesAs,
    on: host.on,
  };
}
