/**
 * One write of pending notes edits into the deck file: read what is on disk, merge the edits into it
 * (re-applying them on a file changed outside), and write it atomically only if the file is still
 * the one the merge was based on.
 */
import type { NotesEdit } from '../../contract/notes';
import { assertWritable, encodeSource, hashBytes, hashDeckFile, readDeckFile, writeBytesAtomic, type DeckFile } from './deck-file';
import { DeckInputError } from '../read-source';
import { mergeEdits, type MergeResult } from './merge-edits';
import { busyFileMessage, saveErrorMessage } from './save-errors';

/** How often a file that changes under the save is read and merged again before giving up. */
export const MAX_WRITE_ATTEMPTS = 3;

/** The file now on disk (written, or found already holding the result) and the merge that made it, or why not. */
export type WriteOutcome = { kind: 'written'; merged: MergeResult; file: DeckFile } | { kind: 'failed'; message: string };

/**
 * Merges `edits` into the deck at `path` and writes it; `known` is the file as Mimbar last read or wrote
 * it. Never throws: a failure leaves the file untouched and comes back as one sentence.
 */
export async function writeMerged(path: string, known: DeckFile, edits: NotesEdit[]): Promise<WriteOutcome> {
  try {
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt += 1) {
      const disk = await readDeckFile(path);
      // Text decoded with U+FFFD for bad bytes would replace them in the file: never write it back.
      if (disk.source.hasInvalidBytes) return { kind: 'failed', message: saveErrorMessage(new DeckInputError('not-text', 'not valid UTF-8'), path) };
      // The content hash, not the mtime: an edit outside that keeps the size and the second still shows.
      const isChanged = disk.hash !== known.hash;
      const merged = isChanged ? mergeEdits(disk.source.text, edits, known.source.text) : mergeEdits(known.source.text, edits, null);
      if (merged.text === disk.source.text) return { kind: 'written', merged, file: disk };
      const bytes = encodeSource(merged.text, disk.source);
      await assertWritable(path);
      if ((await hashDeckFile(path)) !== disk.hash) continue;
      await writeBytesAtomic(path, bytes);
      return { kind: 'written', merged, file: { source: { ...disk.source, text: merged.text }, hash: hashBytes(bytes) } };
    }
    return { kind: 'failed', message: busyFileMessage(path) };
  } catch (error) {
    return { kind: 'failed', message: saveErrorMessage(error, path) };
  }
}
