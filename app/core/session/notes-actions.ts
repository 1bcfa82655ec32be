/**
 * The notes channels of the contract over a live deck, shared by both hosts: each answers with the
 * notes status (read-only when the deck has no notes store).
 */
import { basename } from 'node:path';
import type { DeckSource } from '../../contract/channels';
import type { NotesEdit, NotesStatus } from '../../contract/notes';
import type { LiveDeck } from '../live-deck/live-deck';
import { readOnlyNotesStatus } from '../live-deck/live-deck';

export interface NotesActions {
  edit(edit: NotesEdit): Promise<NotesStatus>;
  saveNow(): Promise<NotesStatus>;
  status(): NotesStatus;
  resolve(slideId: string, keep: 'mine' | 'theirs'): Promise<NotesStatus>;
  recover(restore: boolean): Promise<NotesStatus>;
  /** The deck's Markdown with pending edits, or null when no deck is open. */
  source(): DeckSource | null;
}

const NO_DECK = readOnlyNotesStatus('No deck is open.');

/** Creates the actions over whichever live deck is current. */
export function createNotesActions(current: () => LiveDeck | null): NotesActions {
  return {
    async edit(edit) {
      const live = current();
      return (await live?.notes()?.edit(edit)) ?? live?.notesStatus() ?? NO_DECK;
    },
    async saveNow() {
      const live = current();
      return (await live?.notes()?.saveNow()) ?? live?.notesStatus() ?? NO_DECK;
    },
    status: () => current()?.notesStatus() ?? NO_DECK,
    async resolve(slideId, keep) {
      const live = current();
      return (await live?.notes()?.resolve(slideId, keep)) ?? live?.notesStatus() ?? NO_DECK;
    },
    async recover(restore) {
      const live = current();
      return (await live?.notes()?.recover(restore)) ?? live?.notesStatus() ?? NO_DECK;
    },
    source() {
      const live = current();
      const store = live?.notes();
      if (!live || !store) return null;
      return { fileName: basename(live.path), text: store.sourceWithEdits() };
    },
  };
}
