/**
 * One window's side of notes editing: the newest save status from the host (event or answer, older
 * revisions ignored), the edit sender, the status line and the banner, and "save now" that first lets
 * every typed edit reach the host. A host without notes editing reads as a read-only deck.
 */
import type { MimbarBridge, OpenResult } from '../../../app/contract/channels';
import type { ListensTo } from '../../../app/contract/windows';
import type { NotesEdit, NotesStatus } from '../../../app/contract/notes';
import { initialNotesStatus } from '../../../app/contract/notes';
import { createEditSender } from './edit-sender';
import { createNotesBanner } from './notes-banner';
import type { NotesBanner } from './notes-banner';
import { createNotesStatusView } from './notes-status-view';
import type { NotesStatusView } from './notes-status-view';
import type { NotesStrings } from './notes-strings';

/** What a session needs from the bridge. */
export type NotesBridge = Pick<
  MimbarBridge,
  'editNotes' | 'saveNotesNow' | 'getNotesStatus' | 'resolveNotesConflict' | 'recoverNotes' | 'saveNotesAs'
> & ListensTo<'notes:status'>;

/** A window's notes editing state. */
export interface NotesSession {
  statusView: NotesStatusView;
  banner: NotesBanner;
  /** The newest status (before the first answer: a saved deck with nothing pending). */
  status(): NotesStatus;
  /** Reports an edit (coalesced, never dropped). */
  edit(edit: NotesEdit): void;
  /** Lets every edit reach the host, then saves; resolves with the status after the save. */
  saveNow(): Promise<NotesStatus>;
  /** Lets every edit reach the host, then "Save notes as…"; a failure shows in the banner. */
  saveAs(): Promise<OpenResult>;
  setStrings(strings: NotesStrings): void;
  /** Calls `listener` after every newer status. */
  onStatus(listener: (status: NotesStatus) => void): void;
  /**
   * Calls `listener` with the slides whose text the presenter chose to replace (a conflict answered with
   * the file's text, recovered edits restored): an editor showing one of them loads its text again.
   */
  onReplaced(listener: (slideIds: string[]) => void): void;
  /** Asks the host for its status (at start); a host without notes editing gives a read-only status. */
  load(): Promise<NotesStatus>;
}

/** Creates the session and follows `notes:status`. */
export function createNotesSession(bridge: NotesBridge, strings: NotesStrings): NotesSession {
  let words = strings;
  let latest: NotesStatus = initialNotesStatus();
  let hasAnswer = false;
  const listeners: ((status: NotesStatus) => void)[] = [];
  const replacedListeners: ((slideIds: string[]) => void)[] = [];
  const statusView = createNotesStatusView(strings);
  const accept = (status: NotesStatus): void => {
    if (status === latest || (hasAnswer && status.revision < latest.revision)) return;
    hasAnswer = true;
    latest = status;
    statusView.update(status);
    banner.render(status, words);
    for (const listener of listeners) listener(status);
  };
  const saveAs = async (): Promise<OpenResult> => {
    await sender.settled();
    const result = await bridge.saveNotesAs().catch((error: unknown): OpenResult => ({ ok: false, message: error instanceof Error ? error.message : String(error) }));
    if (!result.ok && result.message !== '') banner.showError(result.message);
    return result;
  };
  /** Runs an answer of the presenter's, takes its status, then tells editors which texts it replaced. */
  const answer = async (replaced: string[], action: () => Promise<NotesStatus>): Promise<NotesStatus> => {
    accept(await action());
    for (const listener of replacedListeners) listener(replaced);
    return latest;
  };
  const banner = createNotesBanner(
    {
      resolveNotesConflict: (slideId, keep) => answer(keep === 'theirs' ? [slideId] : [], () => bridge.resolveNotesConflict(slideId, keep)),
      recoverNotes: (restore) => answer(restore ? (latest.recovered?.edits.map((edit) => edit.slideId) ?? []) : [], () => bridge.recoverNotes(restore)),
      saveNotesAs: saveAs,
    },
    accept,
  );
  const report = (error: unknown): void => banner.showError(error instanceof Error ? error.message : String(error));
  const sender = createEditSender(bridge, accept, report);
  bridge.on('notes:status', accept);

  return {
    statusView,
    banner,
    status: () => latest,
    edit: (edit) => sender.send(edit),
    async saveNow() {
      await sender.settled();
      try {
        accept(await bridge.saveNotesNow());
      } catch (error) {
        report(error);
      }
      return latest;
    },
    saveAs,
    setStrings(next) {
      words = next;
      statusView.setStrings(next);
      if (hasAnswer) banner.render(latest, next);
    },
    onStatus(listener) {
      listeners.push(listener);
    },
    onReplaced(listener) {
      replacedListeners.push(listener);
    },
    async load() {
      try {
        accept(await bridge.getNotesStatus());
      } catch {
        // A host without notes editing (or none reachable): nothing may be edited, for the reason every window gives.
        accept({ ...initialNotesStatus(), state: 'read-only', revision: latest.revision });
      }
      return latest;
    },
  };
}
