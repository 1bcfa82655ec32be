/**
 * The browser host's own answers: the channels the host core does not answer. A server has no dialogs,
 * windows or displays, so most say so; the print channels serve the one print job the CLI's printer set.
 */
import type { IncomingMessage } from 'node:http';
import { DEFAULT_EXPORT_OPTIONS, type ExportPlan, type PrintProgress, type PrintReady } from '../contract/export';
import type { OwnHandlers } from '../core/session/handler-map';
import type { DeckSession } from '../core/session/deck-session';

/** The browser host's handlers get the HTTP request that called them. */
export type HttpHandlers = OwnHandlers<IncomingMessage>;

/** A print job the host serves to its print page (`/app/print.html`), with the hooks a printer waits on. */
export interface HostPrintJob {
  plan: ExportPlan;
  onProgress?(progress: PrintProgress): void;
  onReady(ready: PrintReady): void;
  onFailed?(message: string): void;
}

const NOT_AVAILABLE = { ok: false, message: 'Not available in the browser host' } as const;

/** The browser host's own handlers over its deck and, when printing, its print job. */
export function browserHostHandlers(decks: DeckSession, printJob: HostPrintJob | null): HttpHandlers {
  const job = (): HostPrintJob => {
    if (!printJob) throw new Error('No print job');
    return printJob;
  };
  return {
    // The page cannot learn a dropped file's path, and the browser host opens only the deck it started with.
    'deck:open-path': async () => NOT_AVAILABLE,
    // The HTTP bridge opens links in a new tab itself; a server cannot open the user's browser.
    'link:open': async () => NOT_AVAILABLE,
    // In a browser the presenter arranges the two tabs or windows; there are no displays to manage.
    'window:swap-displays': async () => NOT_AVAILABLE,
    'print:get-job': async () => ({ plan: job().plan, deck: await decks.ready() }),
    async 'print:progress'(progress) {
      job().onProgress?.(progress);
      return null;
    },
    async 'print:ready'(ready) {
      job().onReady(ready);
      return null;
    },
    async 'print:failed'({ message }) {
      job().onFailed?.(message);
      return null;
    },
    // The export dialog is Electron's; the CLI exports without one.
    async 'export:get-setup'() {
      const { deck } = await decks.ready();
      return { options: DEFAULT_EXPORT_OPTIONS, deckTitle: deck.meta.title, slideCount: deck.slides.length, lang: deck.meta.lang };
    },
    'export:start': async () => NOT_AVAILABLE,
    'export:cancel': async () => null,
    // A server cannot show a save dialog: the page downloads `notes:get-source` instead.
    'notes:save-as': async () => NOT_AVAILABLE,
  };
}
