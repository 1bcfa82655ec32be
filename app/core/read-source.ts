/**
 * Reads a deck file from disk and decodes it, refusing what is not a readable text file with a
 * `DeckInputError` whose message is one clear sentence for the user.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** Files above this size are refused: a slide deck is never 20 MB of text. */
export const MAX_DECK_BYTES = 20 * 1024 * 1024;

export type DeckInputErrorCode = 'not-found' | 'is-directory' | 'not-regular' | 'not-text' | 'too-large' | 'unreadable';

/** A user error about the input file: shown as one line, never with a stack trace. */
export class DeckInputError extends Error {
  readonly code: DeckInputErrorCode;
  constructor(code: DeckInputErrorCode, message: string) {
    super(message);
    this.name = 'DeckInputError';
    this.code = code;
  }
}

export interface DecodedSource {
  text: string;
  hasBom: boolean;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

export interface DeckSource extends DecodedSource {
  path: string;
}

/**
 * Decodes deck bytes: UTF-8 with or without BOM, or UTF-16 with BOM. Throws `not-text` for binary
 * data (a NUL byte in the first 8 KB without a UTF-16 BOM) and for invalid UTF-8.
 */
export function decodeDeckBytes(bytes: Uint8Array, name = 'The file'): DecodedSource {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), hasBom: true, encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), hasBom: true, encoding: 'utf-16be' };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new DeckInputError('not-text', `${name} is not a text file (it contains binary data).`);
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { text, hasBom, encoding: 'utf-8' };
  } catch {
    throw new DeckInputError('not-text', `${name} is not valid UTF-8 text; save it as UTF-8 and open it again.`);
  }
}

/** Reads and decodes the deck at `path`; every failure is a `DeckInputError`. */
export async function readDeckSource(path: string): Promise<DeckSource> {
  const name = basename(path);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw toInputError(error, path);
  }
  if (info.isDirectory()) throw new DeckInputError('is-directory', `${path} is a folder, not a Markdown file.`);
  // FIFOs, sockets and devices would block or never end: refuse them before opening.
  if (!info.isFile()) throw new DeckInputError('not-regular', `${path} is not a regular file.`);
  if (info.size > MAX_DECK_BYTES) {
    throw new DeckInputError('too-large', `${name} is ${formatMegabytes(info.size)}; Mimbar opens decks up to ${formatMegabytes(MAX_DECK_BYTES)}.`);
  }
  let bytes: Uint8Array;
  try {
    const handle = await open(path, 'r');
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw toInputError(error, path);
  }
  if (bytes.length > MAX_DECK_BYTES) {
    throw new DeckInputError('too-large', `${name} grew past ${formatMegabytes(MAX_DECK_BYTES)} while it was read.`);
  }
  return { ...decodeDeckBytes(bytes, name), path };
}

function toInputError(error: unknown, path: string): DeckInputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new DeckInputError('not-found', `${path} does not exist.`);
  if (code === 'EISDIR') return new DeckInputError('is-directory', `${path} is a folder, not a Markdown file.`);
  if (code === 'EACCES' || code === 'EPERM') return new DeckInputError('unreadable', `${path} cannot be read (permission denied).`);
  return new DeckInputError('unreadable', `${path} cannot be read (${code ?? 'unknown error'}).`);
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
