/**
 * Picks the host bridge: Electron's preload (`window.mimbar`) when present, the browser host's HTTP
 * bridge otherwise. Each view asks for its window kind's bridge, so a view that calls a method its
 * Electron preload does not expose fails the typecheck (the HTTP bridge would have answered it).
 */
import type { MimbarBridge } from '../../../app/contract/channels';
import type { BridgeFor, WindowKind } from '../../../app/contract/windows';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Exposed by Electron's preload through contextBridge (only the window kind's methods); absent in the browser host. */
    readonly mimbar?: MimbarBridge;
  }
}

/** The bridge of whichever host serves this page, typed to what a window of `kind` may use. */
export function getBridge<K extends WindowKind>(kind: K): BridgeFor<K> {
  void kind;
  return window.mimbar ?? createHttpBridge();
}
