/**
 * One write of pending notes edits into the deck file, holding the deck's lock: read what is on disk
 * (never through a link, and only once it has stopped changing), merge the edits into it (re-applying
 * them on a file changed outside), write the result completely to a temporary file, and rename it over
 * the deck only if the deck is still, byte for byte and by identity, the file the merge was based on.
 */
import { readdir, realpath, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { NotesEdit } from '../../contract/notes';
import { buildDeck, type DeckOfText } from '../deck/build-deck';
import { isTemporaryFor, writeFileAtomic } from '../files/atomic-write';
import { DeckInputError } from '../files/read-source';
import { assertWritable, encodeSource, fingerprintDeckFile, hashBytes, readDeckFile, type DeckFile } from './deck-file';
import { withDeckLock } from './deck-lock';
import { mergeEdits, type MergeResult } from './merge-edits';
import { busyFileMessage, movedFolderMessage, saveErrorMessage } from './save-errors';

/** How often a file that changes under the save is read and merged again before giving up. */
export const MAX_WRITE_ATTEMPTS = 3;
/** A file written this recently may still be being written: it is read again after this long. */
export const SETTLE_MS = 150;
/** How long a file that keeps changing is waited for before the save gives up (and tries later). */
const MAX_SETTLE_MS = 3_000;

/** The file now on disk (written, or found already holding the result) and the merge that made it, or why not. */
export type WriteOutcome = { kind: 'written'; merged: MergeResult; file: DeckFile } | { kind: 'failed'; message: string };

/** The deck changed between the merge and the rename: merge again. */
class ChangedUnderSave extends Error {}

/** The deck's folder is no longer the one it was opened in. */
class FolderMoved extends Error {}

/** Whether the deck's folder was moved or swapped for a link since it was opened (it is never followed). */
async function isFolderMoved(path: string): Promise<boolean> {
  return (await realpath(dirname(path)).catch(() => null)) !== dirname(path);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reads `path` once it has stopped changing: a file modified in the last `SETTLE_MS` is read again
 * after a pause until two reads agree, so a file an editor is still writing in pieces is never merged.
 * Resolves null when it kept changing for `MAX_SETTLE_MS`.
 */
async function readSettled(path: string): Promise<DeckFile | null> {
  const started = Date.now();
  let file = await readDeckFile(path);
  while (Date.now() - file.mtimeMs < SETTLE_MS) {
    if (Date.now() - started > MAX_SETTLE_MS) return null;
    await sleep(SETTLE_MS);
    const again = await readDeckFile(path);
    if (again.hash === file.hash && again.identity === file.identity && again.mtimeMs === file.mtimeMs) break;
    file = again;
  }
  return file;
}

/**
 * Merges `edits` into the deck at `path` and writes it; `known` is the file as Mimbar last read or wrote
 * it; `deckOf` builds the texts merged (default: full builds). Never throws: a failure leaves the file
 * untouched and comes back as one sentence.
 */
export async function writeMerged(path: string, known: DeckFile, edits: NotesEdit[], deckOf: DeckOfText = buildDeck): Promise<WriteOutcome> {
  try {
    if (await isFolderMoved(path)) return { kind: 'failed', message: movedFolderMessage(path) };
    return await withDeckLock(path, () => writeLocked(path, known, edits, deckOf));
  } catch (error) {
    if (error instanceof FolderMoved) return { kind: 'failed', message: movedFolderMessage(path) };
    return { kind: 'failed', message: saveErrorMessage(error, path) };
  }
}

async function writeLocked(path: string, known: DeckFile, edits: NotesEdit[], deckOf: DeckOfText): Promise<WriteOutcome> {
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt += 1) {
    if (await isFolderMoved(path)) throw new FolderMoved(dirname(path));
    const disk = await readSettled(path);
    if (!disk) return { kind: 'failed', message: busyFileMessage(path) };
    // Text decoded with U+FFFD for bad bytes would replace them in the file: never write it back.
    if (disk.source.hasInvalidBytes) return { kind: 'failed', message: saveErrorMessage(new DeckInputError('not-text', 'not valid UTF-8'), path) };
    // The content hash, not the mtime: an edit outside that keeps the size and the second still shows.
    const isChanged = disk.hash !== known.hash;
    const merged = isChanged ? mergeEdits(disk.source.text, edits, known.source.text, deckOf) : mergeEdits(known.source.text, edits, null, deckOf);
    if (merged.text === disk.source.text) return { kind: 'written', merged, file: disk };
    const bytes = encodeSource(merged.text, disk.source);
    await assertWritable(path);
    try {
      const identity = await writeFileAtomic(path, bytes, {
        beforeRename: async () => {
          if (await isFolderMoved(path)) throw new FolderMoved(dirname(path));
          const now = await fingerprintDeckFile(path);
          if (now.hash !== disk.hash || now.identity !== disk.identity) throw new ChangedUnderSave(basename(path));
        },
      });
      const source = { ...disk.source, text: merged.text };
      return { kind: 'written', merged, file: { source, hash: hashBytes(bytes), identity, mtimeMs: Date.now() } };
    } catch (error) {
      if (!(error instanceof ChangedUnderSave)) throw error;
    }
  }
  return { kind: 'failed', message: busyFileMessage(path) };
}

/**
 * Removes the temporary files a save killed half-way (SIGKILL, a power cut) left beside the deck,
 * holding the deck's lock, so never one a running save is writing. A folder that cannot be read or
 * written has none to remove.
 */
export async function removeLeftoverTemps(path: string): Promise<void> {
  try {
    await withDeckLock(path, async () => {
      const names = await readdir(dirname(path));
      await Promise.all(names.filter((name) => isTemporaryFor(name, path)).map((name) => rm(join(dirname(path), name), { force: true })));
    });
  } catch {
    // Nothing to clean where nothing can be written.
  }
}
