/** Turns what went wrong while saving notes into one sentence for the user, naming the deck by its file name. */
import { basename, resolve } from 'node:path';
import type { NotesConflict } from '../../contract/notes';
import { DeckInputError } from '../files/read-source';

/**
 * Why `path` could not be written or read, as the end of a sentence that starts with its file name;
 * `isNewFile` for a file being created (Save notes as…), which cannot have been moved.
 */
export function describeFault(error: unknown, path: string, isNewFile = false): string {
  if (error instanceof DeckInputError) {
    // A failed read keeps its errno error as the cause: say what it was.
    if (error.cause !== undefined) return describeFault(error.cause, path, isNewFile);
    if (error.code === 'is-directory') return 'is now a folder, not a file';
    if (error.code === 'too-large') return 'is now larger than Mimbar opens';
    if (error.code === 'is-link') return 'was replaced by a link to another file, and Mimbar never writes through a link (open the deck again to edit the file it points to)';
    if (error.code === 'not-regular') return 'is no longer a regular file';
    return error.code === 'not-text' ? 'is no longer valid UTF-8 text, so Mimbar will not write into it' : 'cannot be read any more';
  }
  const errno = error as NodeJS.ErrnoException | undefined;
  const code = errno?.code;
  // A failed temp file is reported with the temp file's path: that is the folder's fault.
  const isFolder = typeof errno?.path === 'string' && resolve(errno.path) !== resolve(path);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return isNewFile ? 'cannot be written because its folder does not exist' : 'was moved or deleted';
    case 'EACCES':
    case 'EPERM':
      return isFolder ? 'cannot be written because its folder is read-only' : 'cannot be written because it is read-only';
    case 'EROFS':
      return 'cannot be written because the disk it is on is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'cannot be written because the disk is full';
    case 'EFBIG':
      return 'cannot be written because it would pass the largest file size allowed here';
    case 'ELOCKED':
      return 'is being saved by another Mimbar window or program that does not finish';
    case 'EISDIR':
      return 'is now a folder, not a file';
    default:
      return `could not be saved (${code ?? (error instanceof Error ? error.message : 'unknown error')})`;
  }
}

/** The status message for a failed save: what happened, and that the notes are safe. */
export function saveErrorMessage(error: unknown, path: string): string {
  return `${basename(path)} ${describeFault(error, path)}; your notes are kept — use Save notes as… to keep them in another file.`;
}

/** The message for a deck whose folder was moved or replaced by a link since it was opened. */
export function movedFolderMessage(path: string): string {
  return saveErrorMessage(Object.assign(new Error('folder moved'), { code: 'ENOENT' }), path);
}

/** The message for notes that could not be saved because the file kept changing while Mimbar wrote it. */
export function busyFileMessage(path: string): string {
  return `${basename(path)} kept changing while Mimbar saved it; your notes are kept and will be saved again.`;
}

/** The message for edits that clash with a change made outside Mimbar: the user picks which text to keep. */
export function conflictMessage(path: string, conflicts: NotesConflict[]): string {
  const name = basename(path);
  const [only] = conflicts;
  if (conflicts.length > 1 || !only) return `${name} was changed outside Mimbar and ${conflicts.length} of your notes edits clash with it; choose which text to keep for each.`;
  if (only.theirs === null) return `${name} was changed outside Mimbar and no longer has the slide "${only.title}"; your notes for it are kept until you choose what to do.`;
  return `${name} was changed outside Mimbar and the notes of "${only.title}" changed there too; choose which text to keep.`;
}

/** The warning for a journal that cannot be written: unsaved notes live only in memory until saved. */
export function journalProblemMessage(error: unknown, journalDir: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'its folder cannot be written' : (code ?? 'unknown error');
  return `Mimbar cannot keep a safety copy of your unsaved notes in ${journalDir} (${why}): if Mimbar stopped now they would be lost, so save them soon.`;
}
