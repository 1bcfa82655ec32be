/** Picks the host bridge: Electron's preload (`window.mimbar`) when present, the browser host's HTTP bridge otherwise. */
import type { MimbarBridge } from '../../../app/contract/channels';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Exposed by Electron's preload through contextBridge; absent in the browser host. */
    readonly mimbar?: MimbarBridge;
  }
}

/** The bridge of whichever host serves this page; the renderer cannot tell them apart. */
export function getBridge(): MimbarBridge {
  return window.mimbar ?? createHttpBridge();
}
