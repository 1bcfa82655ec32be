/**
 * The one typed contract between a host (Electron main, or the browser host over HTTP) and the renderer.
 * Every invoke channel has a request validator: adding a channel to `InvokeMap` without one fails the
 * typecheck of `invokeValidators`. No node:*, no electron, no DOM here.
 */
import { z } from 'zod';
import type { Deck } from './deck';
import { FRAGMENT_MODES, LAYOUTS, ORIENTATIONS, PAPERS, SLIDE_THEMES } from './export';
import type { ExportOptions, ExportOutcome, ExportProgress, PrintJob, PrintProgress, PrintReady } from './export';
import type { NotesEdit, NotesStatus } from './notes';
import { MAX_NOTES_CHARS } from './notes';
import type { PresentationCommand, PresentationState } from './presentation';
import { isWebUrl } from './web-url';

/** What the renderer receives to show a deck. */
export interface DeckPayload {
  deck: Deck;
  /** URL prefix under which files next to the deck are served (ends with `/`). */
  assetBase: string;
  /** File name of the deck, for display only (never a full path), or null for the bundled deck. */
  fileName: string | null;
  /** A problem with the file the pages show beside the deck (it is not valid UTF-8), or null. */
  notice: string | null;
  /** Grows when a local image changed on disk; image URLs carry it (`?v=`) so the new image is loaded. */
  assetVersion: number;
}

export type OpenResult = { ok: true } | { ok: false; message: string };

/** Request and response of every invoke channel, named `domain:verb`. */
export interface InvokeMap {
  'deck:get': { request: Record<string, never>; response: DeckPayload };
  'deck:open-path': { request: { path: string }; response: OpenResult };
  /** Opens a web link from a slide in the system browser, after a click. */
  'link:open': { request: { url: string }; response: OpenResult };
  /** Print view: the job to lay out. */
  'print:get-job': { request: Record<string, never>; response: PrintJob };
  /** Print view: pages laid out so far. */
  'print:progress': { request: PrintProgress; response: null };
  /** Print view: every page is laid out and loaded; the printer may print now. */
  'print:ready': { request: PrintReady; response: null };
  /** Print view: laying out failed; the printer stops with this message instead of waiting for its timeout. */
  'print:failed': { request: { message: string }; response: null };
  /** Every window: the presentation state the host keeps. */
  'presentation:get': { request: Record<string, never>; response: PresentationState };
  /** Every window: move, black out, or drive the timer; the host answers with the new state and broadcasts it. */
  'presentation:command': { request: PresentationCommand; response: PresentationState };
  /** Presenter console (Electron): swap the audience and console displays (the X key). */
  'window:swap-displays': { request: Record<string, never>; response: OpenResult };
  /** Export dialog: the last options used and what is being exported. */
  'export:get-setup': { request: Record<string, never>; response: ExportSetup };
  /** Export dialog: asks where to save, then exports; the outcome arrives as `export:finished`. */
  'export:start': { request: { options: ExportOptions }; response: OpenResult };
  /** Export dialog: cancels the export in progress (no file is left behind). */
  'export:cancel': { request: Record<string, never>; response: null };
  /** Console or notes editor: the presenter changed a slide's notes; the host journals and autosaves them. */
  'notes:edit': { request: NotesEdit; response: NotesStatus };
  /** Save pending notes now (slide change, leaving the editor, Ctrl+S). */
  'notes:save-now': { request: Record<string, never>; response: NotesStatus };
  'notes:get-status': { request: Record<string, never>; response: NotesStatus };
  /** A conflict answered: keep the presenter's text (written over the file's) or the file's (the edit is dropped). */
  'notes:resolve': { request: { slideId: string; keep: 'mine' | 'theirs' }; response: NotesStatus };
  /** Edits recovered from the journal: restore them (then saved) or discard them. */
  'notes:recover': { request: { restore: boolean }; response: NotesStatus };
  /** Electron: asks where, then writes the whole deck with every edit to that file. */
  'notes:save-as': { request: Record<string, never>; response: OpenResult };
  /** The whole deck with every edit applied, for a browser to download ("Save notes as…" in the browser host). */
  'notes:get-source': { request: Record<string, never>; response: DeckSource };
}

/** A deck's Markdown with pending notes applied. */
export interface DeckSource {
  fileName: string;
  text: string;
}

/** What the export dialog shows before an export starts. */
export interface ExportSetup {
  options: ExportOptions;
  deckTitle: string;
  slideCount: number;
  /** The deck's `lang`, which the dialog's labels follow. */
  lang: string;
}

/** Payload of every event channel sent from host to renderer. */
export interface EventMap {
  'deck:changed': DeckPayload;
  'deck:error': { message: string };
  'presentation:changed': PresentationState;
  /** The UI language chosen in the menu; null: follow the deck's `lang`, else the system locale. */
  'ui:language': { lang: 'id' | 'en' | null };
  'export:progress': ExportProgress;
  'export:finished': ExportOutcome;
  'notes:status': NotesStatus;
}

export type InvokeChannel = keyof InvokeMap;
export type EventChannel = keyof EventMap;
export type InvokeRequest<C extends InvokeChannel> = InvokeMap[C]['request'];
export type InvokeResponse<C extends InvokeChannel> = InvokeMap[C]['response'];

const empty = z.object({}).strict() as z.ZodType<Record<string, never>>;
const count = z.number().int().min(0).max(10_000_000);
const slideIndex = z.number().int().min(0).max(1_000_000);
const slideId = z.string().min(1).max(300);
const notesText = z.string().max(MAX_NOTES_CHARS);

/** Validator of the options a user chose for an export (the CLI parses its flags with it too). */
export const exportOptions: z.ZodType<ExportOptions> = z
  .object({
    layout: z.enum(LAYOUTS),
    fragments: z.enum(FRAGMENT_MODES),
    paper: z.enum([...PAPERS, 'auto']),
    orientation: z.enum([...ORIENTATIONS, 'auto']),
    // Options remembered before the choice existed lack it: they read as `auto`.
    slideTheme: z.enum([...SLIDE_THEMES, 'auto']).default('auto'),
  })
  .strict();

/** Runtime validators for every request a renderer can send. */
export const invokeValidators: { [C in InvokeChannel]: z.ZodType<InvokeRequest<C>> } = {
  'deck:get': empty,
  'deck:open-path': z.object({ path: z.string().min(1).max(4096) }).strict(),
  'link:open': z.object({ url: z.string().max(4096).refine(isWebUrl, 'only http and https links open') }).strict(),
  'print:get-job': empty,
  'print:progress': z.object({ done: count, total: count }).strict(),
  'print:ready': z.object({ pages: count, overflowing: z.array(z.string().max(200)).max(100_000), brokenImages: count }).strict(),
  'print:failed': z.object({ message: z.string().max(2000) }).strict(),
  'presentation:get': empty,
  'presentation:command': z.discriminatedUnion('type', [
    z.object({ type: z.literal('goto'), h: slideIndex, v: slideIndex, fragment: z.number().int().min(-1).max(10_000) }).strict(),
    z.object({ type: z.literal('blackout'), mode: z.enum(['none', 'black', 'white']) }).strict(),
    z.object({ type: z.literal('timer'), action: z.enum(['start', 'pause', 'reset']) }).strict(),
  ]),
  'window:swap-displays': empty,
  'export:get-setup': empty,
  'export:start': z.object({ options: exportOptions }).strict(),
  'export:cancel': empty,
  'notes:edit': z.object({ slideId: slideId, text: notesText, base: notesText }).strict(),
  'notes:save-now': empty,
  'notes:get-status': empty,
  'notes:resolve': z.object({ slideId: slideId, keep: z.enum(['mine', 'theirs']) }).strict(),
  'notes:recover': z.object({ restore: z.boolean() }).strict(),
  'notes:save-as': empty,
  'notes:get-source': empty,
};

export const invokeChannels = Object.keys(invokeValidators) as InvokeChannel[];

/** True when `channel` is one of the contract's invoke channels. */
export function isInvokeChannel(channel: string): channel is InvokeChannel {
  return Object.prototype.hasOwnProperty.call(invokeValidators, channel);
}

/** Validates a request; throws an Error naming the channel when the payload does not fit. */
export function parseRequest<C extends InvokeChannel>(channel: C, payload: unknown): InvokeRequest<C> {
  const result = invokeValidators[channel].safeParse(payload ?? {});
  if (!result.success) {
    throw new Error(`Invalid payload for ${channel}: ${result.error.issues[0]?.message ?? 'rejected'}`);
  }
  return result.data;
}

/** A file the user dropped onto a window (a DOM `File` in the renderer). */
export interface DroppedFile {
  readonly name: string;
}

/**
 * What a host gives the renderer: Electron's preload exposes it as `window.mimbar`; the browser host's
 * client implements it over HTTP and server-sent events. One method per action.
 */
export interface MimbarBridge {
  getDeck(): Promise<DeckPayload>;
  openDroppedFile(file: DroppedFile): Promise<OpenResult>;
  /** Opens an http(s) link in the system browser (Electron) or a new tab (browser host). */
  openLink(url: string): Promise<OpenResult>;
  /** Print view: the job, progress and the ready signal the printer waits for. */
  getPrintJob(): Promise<PrintJob>;
  reportPrintProgress(progress: PrintProgress): Promise<null>;
  reportPrintReady(ready: PrintReady): Promise<null>;
  reportPrintFailed(message: string): Promise<null>;
  /** Presenting: the shared state, and commands that change it (the host broadcasts `presentation:changed`). */
  getPresentation(): Promise<PresentationState>;
  sendPresentationCommand(command: PresentationCommand): Promise<PresentationState>;
  /** Electron: swap the audience and console displays. */
  swapDisplays(): Promise<OpenResult>;
  /** Export dialog (Electron): setup, start and cancel; progress and outcome arrive as events. */
  getExportSetup(): Promise<ExportSetup>;
  startExport(options: ExportOptions): Promise<OpenResult>;
  cancelExport(): Promise<null>;
  /** Notes editing: report an edit, save now, answer a conflict or a recovery, read the status. */
  editNotes(edit: NotesEdit): Promise<NotesStatus>;
  saveNotesNow(): Promise<NotesStatus>;
  getNotesStatus(): Promise<NotesStatus>;
  resolveNotesConflict(slideId: string, keep: 'mine' | 'theirs'): Promise<NotesStatus>;
  recoverNotes(restore: boolean): Promise<NotesStatus>;
  /** "Save notes as…": Electron asks for a file and writes it; the browser host downloads the deck. */
  saveNotesAs(): Promise<OpenResult>;
  on<E extends EventChannel>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}
