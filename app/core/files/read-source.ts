/**
 * Reads a deck file from disk and decodes it, refusing what is not a readable text file with a
 * `DeckInputError` whose message is one clear sentence for the user.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** Files above this size are refused: a slide deck is never 20 MB of text. */
export const MAX_DECK_BYTES = 20 * 1024 * 1024;

export type DeckInputErrorCode = 'not-found' | 'is-directory' | 'not-regular' | 'is-link' | 'not-text' | 'too-large' | 'unreadable';

/** A user error about the input file: shown as one line, never with a stack trace. */
export class DeckInputError extends Error {
  readonly code: DeckInputErrorCode;
  constructor(code: DeckInputErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DeckInputError';
    this.code = code;
  }
}

export interface DecodedSource {
  text: string;
  hasBom: boolean;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Bytes that are not valid UTF-8 were shown as U+FFFD: the file must never be written back from this text. */
  hasInvalidBytes: boolean;
}

/** The decoded text of the deck file at `path`. */
export interface DecodedDeckFile extends DecodedSource {
  path: string;
}

/**
 * Decodes deck bytes: UTF-8 with or without BOM, or UTF-16 with BOM. Throws `not-text` for binary data
 * (a NUL byte in the first 8 KB without a UTF-16 BOM). Invalid UTF-8 (a Latin-1 file) is decoded with
 * U+FFFD for the bad bytes and flagged, so the deck opens read-only instead of not at all.
 */
export function decodeDeckBytes(bytes: Uint8Array, name = 'The file'): DecodedSource {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), hasBom: true, encoding: 'utf-16le', hasInvalidBytes: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), hasBom: true, encoding: 'utf-16be', hasInvalidBytes: false };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new DeckInputError('not-text', `${name} is not a text file (it contains binary data).`);
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), hasBom, encoding: 'utf-8', hasInvalidBytes: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(body), hasBom, encoding: 'utf-8', hasInvalidBytes: true };
  }
}

/** The sentence that goes with a deck whose file is not valid UTF-8. */
export function invalidTextNotice(name: string): string {
  return `${name} is not valid UTF-8 text: unreadable characters show as \uFFFD, and Mimbar will not write into the file (notes cannot be saved). Save it as UTF-8 and open it again.`;
}

/** Reads and decodes the deck at `path`; every failure is a `DeckInputError`. */
export async function readDeckText(path: string): Promise<DecodedDeckFile> {
  return { ...decodeDeckBytes(await readDeckBytes(path), basename(path)), path };
}

/** Which file a path named when it was read: device and inode, as text (they can pass 2^53). */
export type FileIdentity = string;

/** The bytes of a deck file, which file they came from, and when it was last written. */
export interface DeckBytes {
  bytes: Uint8Array;
  identity: FileIdentity;
  /** Modification time as the opened file reported it: tells a file still being written. */
  mtimeMs: number;
}

export interface ReadDeckOptions {
  /**
   * Refuse a path that is a symbolic link (`is-link`) instead of following it: a deck open for editing is
   * read only by the path it resolved to when it was opened (`O_NOFOLLOW` where the system has it).
   */
  noFollow?: boolean;
}

/**
 * Reads the bytes of the deck at `path`, refusing what is not a regular file of at most
 * `MAX_DECK_BYTES`: FIFOs, sockets and devices (also behind a symlink, like one to `/dev/zero`) are
 * refused before they can block or never end, and the opened file is checked again, so a swap between
 * the check and the open changes nothing. Every failure is a `DeckInputError`.
 */
export async function readDeckBytes(path: string, options: ReadDeckOptions = {}): Promise<Uint8Array> {
  return (await readDeckFileBytes(path, options)).bytes;
}

/** `readDeckBytes`, with the identity and modification time of the file read. */
export async function readDeckFileBytes(path: string, options: ReadDeckOptions = {}): Promise<DeckBytes> {
  const name = basename(path);
  try {
    const noFollow = options.noFollow === true;
    // What it points to first: a link to a device or a folder is refused for what that is.
    checkKind(await stat(path), path);
    if (noFollow && (await lstat(path)).isSymbolicLink()) throw linkError(path);
    // O_NONBLOCK: a FIFO swapped in after the check must not block the open; regular files ignore it.
    const flags = constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? (constants.O_NOFOLLOW ?? 0) : 0);
    const handle = await open(path, flags).catch((error: unknown) => {
      // O_NOFOLLOW on a link swapped in after the lstat.
      throw noFollow && (error as NodeJS.ErrnoException).code === 'ELOOP' ? linkError(path) : error;
    });
    try {
      const info = await handle.stat({ bigint: true });
      checkKind(info, path);
      let buffer = Buffer.alloc(Math.min(MAX_DECK_BYTES + 1, Number(info.size) + 64 * 1024));
      let length = 0;
      for (let read = -1; read !== 0 && length <= MAX_DECK_BYTES; length += read) {
        // The file may grow while it is read: grow the buffer up to the cap.
        if (length === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(Math.min(buffer.length, MAX_DECK_BYTES + 1 - buffer.length))]);
        ({ bytesRead: read } = await handle.read(buffer, length, buffer.length - length, null));
      }
      if (length > MAX_DECK_BYTES) throw new DeckInputError('too-large', `${name} grew past ${formatMegabytes(MAX_DECK_BYTES)} while it was read.`);
      return { bytes: buffer.subarray(0, length), identity: `${info.dev}:${info.ino}`, mtimeMs: Number(info.mtimeNs / 1000000n) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw error instanceof DeckInputError ? error : toInputError(error, path);
  }
}

/**
 * The path a deck is opened by: a path to a regular file (through a symbolic link, or in a folder
 * reached through one) is resolved once, up front, to the real path, which is then shown, read and
 * written, never the link again; anything else stays as given, for the readers to refuse in their own words.
 */
export async function resolveDeckPath(path: string): Promise<string> {
  try {
    if (!(await stat(path)).isFile()) return path;
    return await realpath(path);
  } catch {
    return path;
  }
}

function linkError(path: string): DeckInputError {
  return new DeckInputError('is-link', `${basename(path)} is now a link to another file; Mimbar does not follow it.`);
}

function checkKind(info: Pick<Stats, 'isDirectory' | 'isFile'> & { size: number | bigint }, path: string): void {
  if (info.isDirectory()) throw new DeckInputError('is-directory', `${path} is a folder, not a Markdown file.`);
  if (!info.isFile()) throw new DeckInputError('not-regular', `${path} is not a regular file.`);
  const size = Number(info.size);
  if (size > MAX_DECK_BYTES) {
    throw new DeckInputError('too-large', `${basename(path)} is ${formatMegabytes(size)}; Mimbar opens decks up to ${formatMegabytes(MAX_DECK_BYTES)}.`);
  }
}

/** The input error for a failed file operation; the errno error stays as its `cause`. */
function toInputError(error: unknown, path: string): DeckInputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = { cause: error };
  if (code === 'ENOENT' || code === 'ENOTDIR') return new DeckInputError('not-found', `${path} does not exist.`, cause);
  if (code === 'EISDIR') return new DeckInputError('is-directory', `${path} is a folder, not a Markdown file.`, cause);
  if (code === 'EACCES' || code === 'EPERM') return new DeckInputError('unreadable', `${path} cannot be read (permission denied).`, cause);
  return new DeckInputError('unreadable', `${path} cannot be read (${code ?? 'unknown error'}).`, cause);
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
