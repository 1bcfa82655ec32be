/**
 * The deck file as bytes: read with a content hash, encode text back the way the file was encoded, and
 * write atomically (temp file in the same folder, fsync, rename; mode and owner kept by write-file-atomic).
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { decodeDeckBytes, readDeckBytes } from '../read-source';
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

/**
 * Reads `path` (only a regular file up to the size cap: never a FIFO or a device) and decodes it; every
 * failure is a `DeckInputError` with one sentence, whose `cause` keeps the errno error.
 */
export async function readDeckFile(path: string): Promise<DeckFile> {
  const bytes = await readDeckBytes(path);
  return { source: decodeDeckBytes(bytes, basename(path)), hash: hashBytes(bytes) };
}

/** Reads `path` when a deck is opened. */
export const openDeckFile = readDeckFile;

/** The sha256 of the file at `path` as it is now. */
export async function hashDeckFile(path: string): Promise<string> {
  return hashBytes(await readDeckBytes(path));
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
