/**
 * The notes store: keeps a deck's pending notes edits, journals each one before acknowledging it, and
 * saves them into the Markdown file as patches, one save at a time, holding the deck's lock, never over
 * a change made outside Mimbar and never through a link (contract in notes-store-types.ts).
 */
import { basename } from 'node:path';
import type { NotesConflict, NotesEdit, NotesStatus } from '../../contract/notes';
import { initialNotesStatus } from '../../contract/notes';
import { writeFileAtomic } from '../files/atomic-write';
import type { DeckOfText } from '../deck/build-deck';
import { createDeckBuilder } from '../deck/incremental/deck-builder';
import { normalizeNotes } from '../deck/notes-patch/apply-notes-patch';
import { resolveDeckPath } from '../files/read-source';
import { encodeSource, openDeckFile, readDeckFile, type DeckFile } from './deck-file';
import { deleteJournalFiles, journalPath, newJournalInstance, readJournals, writeJournal, type JournaledEdit } from './journal';
import { recoverableEdits, recoveryConflict, refreshConflict } from './edit-checks';
import { mergeEdits, readSlides, type SlideMap } from './merge-edits';
import type { LoadedSource, NotesStore, NotesStoreOptions } from './notes-store-types';
import { conflictMessage, describeFault, journalProblemMessage, saveErrorMessage } from './save-errors';
import { unstorableCharacter, unstorableMessage } from './storable-text';
import { removeLeftoverTemps, writeMerged } from './write-merged';

/** An edit is journaled this long after it arrives (edits in between share one write), then acknowledged. */
export const JOURNAL_DELAY_MS = 20;

/**
 * Opens the deck at `options.path` for notes editing: resolves a link once, up front (the store then
 * reads and writes only the real path, never through a link), reads the file, and offers edits left in
 * journals of earlier runs.
 */
export async function openNotesStore(options: NotesStoreOptions): Promise<NotesStore> {
  const path = await resolveDeckPath(options.path);
  const store = new Store({ ...options, path }, await openDeckFile(path));
  await removeLeftoverTemps(path);
  await store.offerJournal();
  return store;
}

class Store implements NotesStore {
  private file: DeckFile;
  private slides: SlideMap;
  private readonly pending = new Map<string, NotesEdit>();
  private readonly conflicts = new Map<string, NotesConflict>();
  private readonly failures = new Map<string, string>();
  private recovered: { savedAt: number; edits: JournaledEdit[]; files: string[] } | null = null;
  private current = initialNotesStatus();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  private queuedSave: Promise<NotesStatus> | null = null;
  private isClosed = false;
  private readonly now: () => number;
  private readonly deckOf: DeckOfText;
  /** This store's own journal file: other stores (other processes) on the same deck have theirs. */
  private readonly instance = newJournalInstance();
  private readonly journalFile: string;
  private journalTail: Promise<void> = Promise.resolve();
  private journalDue: Promise<void> | null = null;
  /** Why the journal could not be written, as a sentence, or null when it is up to date. */
  private journalProblem: string | null = null;

  constructor(private readonly options: NotesStoreOptions, file: DeckFile) {
    this.file = file;
    const builder = options.deckBuilder ?? createDeckBuilder();
    this.deckOf = (text) => builder.build(text);
    this.slides = readSlides(file.source.text, this.deckOf);
    this.now = options.now ?? Date.now;
    this.journalFile = journalPath(options.journalDir, options.path, this.instance);
  }

  path(): string {
    return this.options.path;
  }

  source(): LoadedSource {
    return { ...this.file.source };
  }

  status(): NotesStatus {
    return structuredClone(this.current);
  }

  async edit(edit: NotesEdit): Promise<NotesStatus> {
    const { slideId, text, base } = edit;
    const saved = this.slides.get(slideId)?.notes;
    // An id the file never had (a path, `__proto__`) is no edit: nothing is kept, journaled or reported.
    // One already pending or in conflict stays, so text typed on a slide removed outside is never lost.
    const isKnown = saved !== undefined || this.pending.has(slideId) || this.conflicts.has(slideId);
    if (!isKnown) return this.status();
    if (!this.pending.has(slideId) && normalizeNotes(text) === saved) return this.status();
    const wasRefused = this.refusal(slideId) !== null;
    this.pending.set(slideId, { slideId, text, base });
    const conflict = this.conflicts.get(slideId);
    if (conflict) this.conflicts.set(slideId, { ...conflict, mine: text });
    // A character no file can keep is refused now, in words, not saved as "saved" and lost later.
    const problem = this.firstProblem();
    if (problem !== null) this.publish({ state: 'error', message: problem });
    // The character was the only problem: the notes are simply unsaved again.
    else if (wasRefused) this.publish({ state: 'unsaved', message: this.withJournalProblem(null) });
    else this.publish({ state: this.current.state === 'error' ? 'error' : 'unsaved' });
    if (!this.isClosed) {
      this.clearTimer();
      this.timer = setTimeout(() => void this.saveNow(), this.options.quietMs ?? 1000);
    }
    // Acknowledged once the journal holds it: a crash from now on loses nothing of this edit.
    await this.journalSoon();
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
    return this.enqueue(async () => {
      const edits = this.recovered?.edits ?? [];
      const files = this.recovered?.files ?? [];
      this.recovered = null;
      this.publish({ recovered: null });
      for (const edit of restore ? edits : []) {
        if (this.pending.has(edit.slideId)) continue;
        const { slideId, text, base } = edit;
        this.pending.set(slideId, { slideId, text, base });
        const conflict = recoveryConflict(edit, this.slides);
        if (conflict) this.conflicts.set(slideId, conflict);
      }
      // The restored edits are in this store's journal before the old journals go.
      await this.queueJournal();
      if (this.journalProblem === null) await deleteJournalFiles(files).catch(() => undefined);
      return this.save();
    });
  }

  sourceWithEdits(): string {
    return mergeEdits(this.file.source.text, [...this.pending.values()], null, this.deckOf).text;
  }

  async saveAs(path: string): Promise<void> {
    try {
      await writeFileAtomic(path, encodeSource(this.sourceWithEdits(), this.file.source));
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

  /** Reads the journals left by earlier runs and offers the edits the file does not hold. */
  async offerJournal(): Promise<void> {
    const journals = await readJournals(this.options.journalDir, this.options.path);
    const files = journals.map((journal) => journal.file);
    const recoverable = journals.length > 0 ? recoverableEdits(journals, this.slides) : null;
    if (!recoverable) {
      await deleteJournalFiles(files).catch(() => undefined);
      return;
    }
    this.recovered = { savedAt: recoverable.offer.savedAt, edits: recoverable.edits, files };
    this.publish({ recovered: recoverable.offer });
  }

  /** One save; never rejects: whatever goes wrong ends in the status. */
  private async save(): Promise<NotesStatus> {
    try {
      return await this.saveOnce();
    } catch (error) {
      this.publish({ state: 'error', message: this.withJournalProblem(saveErrorMessage(error, this.options.path)) });
      return this.status();
    }
  }

  /** Journal first, then the file (merging a change made outside), then the journal again. */
  private async saveOnce(): Promise<NotesStatus> {
    const snapshot = [...this.pending.values()].filter((edit) => !this.conflicts.has(edit.slideId) && this.refusal(edit.slideId) === null);
    if (this.pending.size === 0) {
      this.failures.clear();
      await this.queueJournal();
      if (this.current.state !== 'saved') this.publish({ state: 'saved', message: null, savedAt: this.now() });
      return this.status();
    }
    this.publish({ state: 'saving' });
    await this.queueJournal();
    // Also with no edit to write (every pending one in conflict or refused): the file is read again, so
    // conflicts show the file as it is now.
    const outcome = await writeMerged(this.options.path, this.file, snapshot, this.deckOf);
    if (outcome.kind === 'failed') {
      this.publish({ state: 'error', message: this.withJournalProblem(outcome.message) });
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
    await this.queueJournal();
    const failure = this.firstProblem() ?? undefined;
    const state = failure !== undefined ? 'error' : this.pending.size > 0 ? 'unsaved' : 'saved';
    const message = failure ?? (this.conflicts.size > 0 ? conflictMessage(this.options.path, [...this.conflicts.values()]) : null);
    this.publish({ state, message: state === 'saved' ? message : this.withJournalProblem(message), savedAt: this.now() });
    if (isNew) this.options.onSourceChanged(this.source());
    return this.status();
  }

  /** Why the pending text of `slideId` cannot be stored (a character no file keeps), as the status says it, or null. */
  private refusal(slideId: string): string | null {
    const character = unstorableCharacter(this.pending.get(slideId)?.text ?? '');
    return character === null ? null : unstorableMessage(this.slides.get(slideId)?.title ?? slideId, character);
  }

  /** The first reason an edit cannot be written: a patch the file refuses, or a refused character; null when none. */
  private firstProblem(): string | null {
    const [failure] = this.failures.values();
    if (failure !== undefined) return failure;
    for (const slideId of this.pending.keys()) {
      const refused = this.refusal(slideId);
      if (refused !== null) return refused;
    }
    return null;
  }

  /** `message` with the journal's problem after it (or the problem alone), while there is one. */
  private withJournalProblem(message: string | null): string | null {
    if (this.journalProblem === null) return message;
    return message === null ? this.journalProblem : `${message} ${this.journalProblem}`;
  }

  /** The journal write that will hold every edit made so far: one write for the edits of a short burst. */
  private journalSoon(): Promise<void> {
    this.journalDue ??= new Promise<void>((resolve) => {
      setTimeout(() => {
        this.journalDue = null;
        resolve(this.queueJournal());
      }, JOURNAL_DELAY_MS);
    });
    return this.journalDue;
  }

  /** Writes the journal after any write already under way, as the edits are when it runs. Never rejects. */
  private queueJournal(): Promise<void> {
    const run = this.journalTail.then(() => this.updateJournal());
    this.journalTail = run;
    return run;
  }

  /**
   * Writes every edit not in the file yet (pending, and recovered ones not answered) to this store's
   * journal, or deletes it. A journal that cannot be written is a warning the presenter sees.
   */
  private async updateJournal(): Promise<void> {
    const recovered = (this.recovered?.edits ?? []).filter((edit) => !this.pending.has(edit.slideId));
    const edits = [...[...this.pending.values()].map((edit) => ({ ...edit, saw: this.slides.get(edit.slideId)?.notes ?? null })), ...recovered];
    const hadProblem = this.journalProblem !== null;
    try {
      if (edits.length > 0) await writeJournal(this.options.journalDir, this.options.path, this.instance, edits, this.now());
      else await deleteJournalFiles([this.journalFile]);
      this.journalProblem = null;
    } catch (error) {
      // The journal only guards against a crash: a save still goes ahead without it, but the presenter is told.
      this.journalProblem = journalProblemMessage(error, this.options.journalDir);
      console.warn(`Mimbar: ${this.journalProblem}`);
    }
    if (this.journalProblem !== null && !hadProblem && edits.length > 0) this.publish({ message: this.withJournalProblem(this.current.state === 'error' ? this.current.message : null) });
    else if (this.journalProblem === null && hadProblem && this.current.state !== 'error') this.publish({ message: null });
  }

  private adopt(file: DeckFile): void {
    this.file = file;
    this.slides = readSlides(file.source.text, this.deckOf);
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
