/**
 * The notes store: keeps a deck's pending notes edits, journals them, and saves them into the Markdown
 * file as patches, one save at a time, never over a change made outside Mimbar (contract in notes-store-types.ts).
 */
import { basename } from 'node:path';
import type { NotesConflict, NotesEdit, NotesStatus } from '../../contract/notes';
import { initialNotesStatus } from '../../contract/notes';
import { normalizeNotes } from '../notes-patch/apply-notes-patch';
import { encodeSource, openDeckFile, readDeckFile, writeBytesAtomic, type DeckFile } from './deck-file';
import { deleteJournal, readJournal, writeJournal } from './journal';
import { recoverableEdits, recoveryConflict, refreshConflict } from './edit-checks';
import { mergeEdits, readSlides, type SlideMap } from './merge-edits';
import type { LoadedSource, NotesStore, NotesStoreOptions } from './notes-store-types';
import { conflictMessage, describeFault, saveErrorMessage } from './save-errors';
import { writeMerged } from './write-merged';

/** Opens the deck at `options.path` for notes editing: reads it once, and offers edits left in its journal. */
export async function openNotesStore(options: NotesStoreOptions): Promise<NotesStore> {
  const store = new Store(options, await openDeckFile(options.path));
  await store.offerJournal();
  return store;
}

class Store implements NotesStore {
  private file: DeckFile;
  private slides: SlideMap;
  private readonly pending = new Map<string, NotesEdit>();
  private readonly conflicts = new Map<string, NotesConflict>();
  private readonly failures = new Map<string, string>();
  private recovered: { savedAt: number; edits: NotesEdit[] } | null = null;
  private current = initialNotesStatus();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  private queuedSave: Promise<NotesStatus> | null = null;
  private isClosed = false;
  private readonly now: () => number;

  constructor(private readonly options: NotesStoreOptions, file: DeckFile) {
    this.file = file;
    this.slides = readSlides(file.source.text);
    this.now = options.now ?? Date.now;
  }

  source(): LoadedSource {
    return { ...this.file.source };
  }

  status(): NotesStatus {
    return structuredClone(this.current);
  }

  edit(edit: NotesEdit): NotesStatus {
    const { slideId, text, base } = edit;
    const saved = this.slides.get(slideId)?.notes;
    // An id the file never had (a path, `__proto__`) is no edit: nothing is kept, journaled or reported.
    // One already pending or in conflict stays, so text typed on a slide removed outside is never lost.
    const isKnown = saved !== undefined || this.pending.has(slideId) || this.conflicts.has(slideId);
    if (!isKnown) return this.status();
    if (!this.pending.has(slideId) && normalizeNotes(text) === saved) return this.status();
    this.pending.set(slideId, { slideId, text, base });
    const conflict = this.conflicts.get(slideId);
    if (conflict) this.conflicts.set(slideId, { ...conflict, mine: text });
    this.publish({ state: this.current.state === 'error' ? 'error' : 'unsaved' });
    if (!this.isClosed) {
      this.clearTimer();
      this.timer = setTimeout(() => void this.saveNow(), this.options.quietMs ?? 1000);
    }
    return this.status();
  }

  saveNow(): Promise<NotesStatus> {
    this.clearTimer();
    // A save asked for while another waits to start is that save: it will see every edit.
    this.queuedSave ??= this.enqueue(() => {
      this.queuedSave = null;
      return this.save();
    });
    return this.queuedSave;
  }

  resolve(slideId: string, keep: 'mine' | 'theirs'): Promise<NotesStatus> {
    return this.enqueue(() => {
      const conflict = this.conflicts.get(slideId);
      const edit = this.pending.get(slideId);
      this.conflicts.delete(slideId);
      if (keep === 'theirs') this.pending.delete(slideId);
      else if (conflict && edit) this.pending.set(slideId, { ...edit, base: this.slides.get(slideId)?.notes ?? conflict.theirs ?? edit.base });
      return this.save();
    });
  }

  recover(restore: boolean): Promise<NotesStatus> {
    return this.enqueue(() => {
      const edits = this.recovered?.edits ?? [];
      this.recovered = null;
      this.publish({ recovered: null });
      for (const edit of restore ? edits : []) {
        if (this.pending.has(edit.slideId)) continue;
        this.pending.set(edit.slideId, edit);
        const conflict = recoveryConflict(edit, this.slides);
        if (conflict) this.conflicts.set(edit.slideId, conflict);
      }
      return this.save();
    });
  }

  sourceWithEdits(): string {
    return mergeEdits(this.file.source.text, [...this.pending.values()], null).text;
  }

  async saveAs(path: string): Promise<void> {
    try {
      await writeBytesAtomic(path, encodeSource(this.sourceWithEdits(), this.file.source));
    } catch (error) {
      throw new Error(`${basename(path)} ${describeFault(error, path, true)}.`, { cause: error });
    }
  }

  fileChanged(): Promise<void> {
    return this.enqueue(async () => {
      const read = await readDeckFile(this.options.path).then(
        (file) => ({ file, error: null }),
        (error: unknown) => ({ file: null, error }),
      );
      if (read.file && read.file.hash === this.file.hash) return;
      // With edits pending, a save merges them into the new file (or reports, in the status, that it cannot).
      if (this.pending.size > 0) await this.save();
      else if (read.file) {
        this.adopt(read.file);
        this.options.onSourceChanged(this.source());
      } else throw read.error;
    });
  }

  close(): Promise<NotesStatus> {
    this.isClosed = true;
    return this.saveNow();
  }

  /** Reads the journal left by an earlier run and offers the edits the file does not hold. */
  async offerJournal(): Promise<void> {
    const journal = await readJournal(this.options.journalDir, this.options.path);
    const recoverable = journal && recoverableEdits(journal, this.slides);
    if (journal && !recoverable) await deleteJournal(this.options.journalDir, this.options.path);
    if (!journal || !recoverable) return;
    this.recovered = { savedAt: journal.savedAt, edits: recoverable.edits };
    this.publish({ recovered: recoverable.offer });
  }

  /** One save; never rejects: whatever goes wrong ends in the status. */
  private async save(): Promise<NotesStatus> {
    try {
      return await this.saveOnce();
    } catch (error) {
      this.publish({ state: 'error', message: saveErrorMessage(error, this.options.path) });
      return this.status();
    }
  }

  /** Journal first, then the file (merging a change made outside), then the journal again. */
  private async saveOnce(): Promise<NotesStatus> {
    const snapshot = [...this.pending.values()].filter((edit) => !this.conflicts.has(edit.slideId));
    if (this.pending.size === 0) {
      this.failures.clear();
      await this.updateJournal();
      if (this.current.state !== 'saved') this.publish({ state: 'saved', message: null, savedAt: this.now() });
      return this.status();
    }
    this.publish({ state: 'saving' });
    await this.updateJournal();
    const outcome = await writeMerged(this.options.path, this.file, snapshot);
    if (outcome.kind === 'failed') {
      this.publish({ state: 'error', message: outcome.message });
      return this.status();
    }
    const { merged, file } = outcome;
    const isNew = file.hash !== this.file.hash;
    if (isNew) this.adopt(file);
    for (const edit of snapshot) this.failures.delete(edit.slideId);
    for (const failure of merged.failures) this.failures.set(failure.slideId, failure.message);
    for (const conflict of merged.conflicts) this.conflicts.set(conflict.slideId, conflict);
    for (const slideId of merged.applied) {
      // An edit typed while this save ran is newer than what was written: it stays pending.
      if (this.pending.get(slideId)?.text === snapshot.find((edit) => edit.slideId === slideId)?.text) this.pending.delete(slideId);
    }
    for (const [slideId, conflict] of this.conflicts) {
      // Conflicts show the file's notes as they are now; one the file now agrees with is settled.
      const fresh = refreshConflict(conflict, this.slides);
      if (fresh) this.conflicts.set(slideId, fresh);
      else {
        this.conflicts.delete(slideId);
        this.pending.delete(slideId);
      }
    }
    for (const slideId of this.failures.keys()) if (!this.pending.has(slideId)) this.failures.delete(slideId);
    await this.updateJournal();
    const failure = [...this.failures.values()][0];
    const state = failure !== undefined ? 'error' : this.pending.size > 0 ? 'unsaved' : 'saved';
    const message = failure ?? (this.conflicts.size > 0 ? conflictMessage(this.options.path, [...this.conflicts.values()]) : null);
    this.publish({ state, message, savedAt: this.now() });
    if (isNew) this.options.onSourceChanged(this.source());
    return this.status();
  }

  /** Writes every edit not in the file yet (pending, and recovered ones not answered) to the journal, or deletes it. */
  private async updateJournal(): Promise<void> {
    const edits = [...this.pending.values(), ...(this.recovered?.edits ?? []).filter((edit) => !this.pending.has(edit.slideId))];
    try {
      if (edits.length > 0) await writeJournal(this.options.journalDir, this.options.path, edits, this.now());
      else await deleteJournal(this.options.journalDir, this.options.path);
    } catch (error) {
      // The journal only guards against a crash: a save still goes ahead without it.
      console.warn(`Mimbar: the notes journal cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  }

  private adopt(file: DeckFile): void {
    this.file = file;
    this.slides = readSlides(file.source.text);
  }

  private publish(change: Partial<NotesStatus>): void {
    const pending = Object.fromEntries([...this.pending].map(([slideId, edit]) => [slideId, edit.text]));
    const recovered = change.recovered !== undefined ? change.recovered : this.recovered ? this.current.recovered : null;
    this.current = { ...this.current, ...change, unsaved: Object.keys(pending), pending, conflicts: [...this.conflicts.values()], recovered, revision: this.current.revision + 1 };
    this.options.onStatus(this.status());
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
