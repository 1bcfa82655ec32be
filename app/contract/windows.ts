/**
 * The app's five windows and what each may use of the contract. Electron gives each window a preload of
 * its own that exposes only its bridge methods and events (`app/preload/`), and main refuses any other
 * channel from that window (`app/main/ipc.ts`). No node:*, no electron, no zod here.
 */
import type { EventChannel, EventMap, InvokeChannel, MimbarBridge } from './channels';

export const WINDOW_KINDS = ['audience', 'presenter', 'notes-editor', 'print', 'export-dialog'] as const;
/** `audience`: the deck window the class sees; `presenter`: the presenter console; the rest are named for what they show. */
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** A bridge method other than `on`. */
export type BridgeMethod = Exclude<keyof MimbarBridge, 'on'>;

/** The invoke channels each bridge method may call (a host-specific method may call none of them). */
export const METHOD_CHANNELS = {
  getDeck: ['deck:get'],
  openDroppedFile: ['deck:open-path'],
  openLink: ['link:open'],
  getPrintJob: ['print:get-job'],
  reportPrintProgress: ['print:progress'],
  reportPrintReady: ['print:ready'],
  reportPrintFailed: ['print:failed'],
  getPresentation: ['presentation:get'],
  sendPresentationCommand: ['presentation:command'],
  swapDisplays: ['window:swap-displays'],
  getExportSetup: ['export:get-setup'],
  startExport: ['export:start'],
  cancelExport: ['export:cancel'],
  editNotes: ['notes:edit'],
  saveNotesNow: ['notes:save-now'],
  getNotesStatus: ['notes:get-status'],
  resolveNotesConflict: ['notes:resolve'],
  recoverNotes: ['notes:recover'],
  // Electron asks for a file and writes it; the browser host downloads the deck's source.
  saveNotesAs: ['notes:save-as', 'notes:get-source'],
} as const satisfies Record<BridgeMethod, readonly InvokeChannel[]>;

const NOTES_METHODS = ['editNotes', 'saveNotesNow', 'getNotesStatus', 'resolveNotesConflict', 'recoverNotes', 'saveNotesAs'] as const;
const FOLLOW_METHODS = ['getDeck', 'getPresentation', 'sendPresentationCommand'] as const;

/** What each window may use: its bridge methods and the events it listens to. */
export const WINDOW_ACCESS = {
  audience: {
    methods: [...FOLLOW_METHODS, 'openDroppedFile', 'openLink'],
    events: ['deck:changed', 'deck:error', 'presentation:changed', 'ui:language'],
  },
  presenter: {
    // The console and the notes editor guard every link in their previews and notes (link-clicks.ts).
    methods: [...FOLLOW_METHODS, 'openLink', 'swapDisplays', ...NOTES_METHODS],
    events: ['deck:changed', 'deck:error', 'presentation:changed', 'ui:language', 'notes:status'],
  },
  'notes-editor': {
    methods: [...FOLLOW_METHODS, 'openLink', ...NOTES_METHODS],
    events: ['deck:changed', 'deck:error', 'presentation:changed', 'ui:language', 'notes:status'],
  },
  print: {
    methods: ['getPrintJob', 'reportPrintProgress', 'reportPrintReady', 'reportPrintFailed'],
    events: [],
  },
  'export-dialog': {
    methods: ['getExportSetup', 'startExport', 'cancelExport'],
    events: ['export:progress', 'export:finished'],
  },
} as const satisfies Record<WindowKind, { methods: readonly BridgeMethod[]; events: readonly EventChannel[] }>;

/** The bridge methods a window of kind `K` may call. */
export type WindowMethod<K extends WindowKind> = (typeof WINDOW_ACCESS)[K]['methods'][number];
/** The events a window of kind `K` listens to. */
export type WindowEvent<K extends WindowKind> = (typeof WINDOW_ACCESS)[K]['events'][number];

/** A bridge's `on`, for the events `E` only: what a part of a view that listens to a few events asks for. */
export interface ListensTo<E extends EventChannel> {
  on<X extends E>(event: X, listener: (payload: EventMap[X]) => void): () => void;
}

/** The bridge a window of kind `K` gets: only its methods, and `on` for its events. */
export type BridgeFor<K extends WindowKind> = Pick<MimbarBridge, WindowMethod<K>> & ListensTo<WindowEvent<K>>;

/** The invoke channels a window of kind `kind` may call. */
export function windowChannels(kind: WindowKind): ReadonlySet<InvokeChannel> {
  const methods: readonly BridgeMethod[] = WINDOW_ACCESS[kind].methods;
  return new Set(methods.flatMap((method): readonly InvokeChannel[] => METHOD_CHANNELS[method]));
}

/** The events a window of kind `kind` listens to. */
export function windowEvents(kind: WindowKind): ReadonlySet<EventChannel> {
  return new Set<EventChannel>(WINDOW_ACCESS[kind].events);
}
