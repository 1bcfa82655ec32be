/**
 * The deck file as bytes: read with a content hash, encode text back the way the file was encoded, and
 * write atomically (temp file in the same folder, fsync, rename; mode and owner kept by write-file-atomic).
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { decodeDeckBytes, DeckInputError, MAX_DECK_BYTES } from '../read-source';
import type { LoadedSource } from './notes-store-types';

/** The file on disk as last read: its decoded text and the sha256 of its bytes. */
export interface DeckFile {
  source: LoadedSource;
  hash: string;
}

/** The sha256 of `bytes`, in hex: what tells one version of the file from another (never the mtime). */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads `path` and decodes it; errno errors pass through unchanged, undecodable bytes throw a `DeckInputError`. */
export async function readDeckFile(path: string): Promise<DeckFile> {
  const bytes = await readFile(path);
  if (bytes.length > MAX_DECK_BYTES) throw new DeckInputError('too-large', `${basename(path)} is now larger than the ${MAX_DECK_BYTES / 1024 / 1024} MB Mimbar opens.`);
  return { source: decodeDeckBytes(bytes, basename(path)), hash: hashBytes(bytes) };
}

/** Reads `path` when a deck is opened; every failure is a `DeckInputError` with one sentence. */
export async function openDeckFile(path: string): Promise<DeckFile> {
  try {
    return await readDeckFile(path);
  } catch (error) {
    if (error instanceof DeckInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new DeckInputError('not-found', `${path} does not exist.`);
    if (code === 'EISDIR') throw new DeckInputError('is-directory', `${path} is a folder, not a Markdown file.`);
    throw new DeckInputError('unreadable', `${path} cannot be read (${code ?? 'unknown error'}).`);
  }
}

/** The sha256 of the file at `path` as it is now. */
export async function hashDeckFile(path: string): Promise<string> {
  return hashBytes(await readFile(path));
}

/** Encodes `text` like `like`: the same encoding, with a byte order mark when it had one. */
export function encodeSource(text: string, like: Omit<LoadedSource, 'text'>): Buffer {
  if (like.encoding === 'utf-8') return Buffer.from(like.hasBom ? `\uFEFF${text}` : text, 'utf8');
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return like.encoding === 'utf-16be' ? bytes.swap16() : bytes;
}

/**
 * Throws EACCES when the file itself is marked read-only: an atomic rename would replace it anyway,
 * and the user's read-only flag must win.
 */
export async function assertWritable(path: string): Promise<void> {
  await access(path, constants.W_OK);
}

/** Writes `bytes` to `path` atomically with fsync; on failure the temp file is removed and `path` is untouched. */
export async function writeBytesAtomic(path: string, bytes: Buffer, mode?: number): Promise<void> {
  await writeFileAtomic(path, bytes, mode === undefined ? { fsync: true } : { fsync: true, mode });
}
