/** What the browser host answers on each invoke channel of the contract. */
import type { DeckPayload, InvokeChannel, InvokeRequest, InvokeResponse } from '../contract/channels';
import { DEFAULT_EXPORT_OPTIONS, type ExportPlan, type PrintProgress, type PrintReady } from '../contract/export';
import type { PresentationCommand, PresentationState } from '../contract/presentation';
import type { NotesActions } from '../core/live-deck/notes-actions';

/** The browser host's answer to every invoke channel: a function per channel, so a new channel fails the typecheck here. */
export type InvokeHandlers = { [C in InvokeChannel]: (request: InvokeRequest<C>) => Promise<InvokeResponse<C>> };

/** A print job the host serves to its print page (`/app/print.html`), with the hooks a printer waits on. */
export interface HostPrintJob {
  plan: ExportPlan;
  onProgress?(progress: PrintProgress): void;
  onReady(ready: PrintReady): void;
  onFailed?(message: string): void;
}

const NOT_AVAILABLE = { ok: false, message: 'Not available in the browser host' } as const;

/** The presentation state the host keeps for its windows. */
export interface HostPresentation {
  get(): PresentationState;
  command(command: PresentationCommand): PresentationState;
}

/** Builds the handlers around the current deck, the presentation and, when printing, the print job. */
export function createInvokeHandlers(
  currentDeck: () => DeckPayload,
  presentation: HostPresentation,
  printJob: () => HostPrintJob | null,
  notes: NotesActions,
): InvokeHandlers {
  const job = (): HostPrintJob => {
    const current = printJob();
    if (!current) throw new Error('No print job');
    return current;
  };
  return {
    'deck:get': async () => currentDeck(),
    'deck:open-dialog': async () => NOT_AVAILABLE,
    'deck:open-path': async () => NOT_AVAILABLE,
    // The HTTP bridge opens links in a new tab itself; a server cannot open the user's browser.
    'link:open': async () => NOT_AVAILABLE,
    'presentation:get': async () => presentation.get(),
    'presentation:command': async (command) => presentation.command(command),
    // In a browser the presenter arranges the two tabs or windows; there are no displays to manage.
    'window:swap-displays': async () => NOT_AVAILABLE,
    'window:toggle-console': async () => NOT_AVAILABLE,
    'print:get-job': async () => ({ plan: job().plan, deck: currentDeck() }),
    'print:progress': async (progress) => {
      job().onProgress?.(progress);
      return null;
    },
    'print:ready': async (ready) => {
      job().onReady(ready);
      return null;
    },
    'print:failed': async ({ message }) => {
      job().onFailed?.(message);
      return null;
    },
    // The export dialog is Electron's; the CLI exports without one.
    'export:get-setup': async () => ({ options: DEFAULT_EXPORT_OPTIONS, deckTitle: currentDeck().deck.meta.title, slideCount: currentDeck().deck.slides.length, lang: currentDeck().deck.meta.lang }),
    'export:start': async () => NOT_AVAILABLE,
    'export:cancel': async () => null,
    'notes:edit': async (edit) => notes.edit(edit),
    'notes:save-now': () => notes.saveNow(),
    'notes:get-status': async () => notes.status(),
    'notes:resolve': ({ slideId, keep }) => notes.resolve(slideId, keep),
    'notes:recover': ({ restore }) => notes.recover(restore),
    // A server cannot show a save dialog: the page downloads `notes:get-source` instead.
    'notes:save-as': async () => NOT_AVAILABLE,
    'notes:get-source': async () => {
      const source = notes.source();
      if (!source) throw new Error('This deck has no notes to save');
      return source;
    },
  };
}
