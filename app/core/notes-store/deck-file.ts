/**
 * The deck file as bytes: read (never through a link) with a content hash and the file's identity,
 * encode text back the way the file was encoded, and write through the one atomic writer.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeDeckBytes, readDeckFileBytes, type FileIdentity } from '../files/read-source';
import type { LoadedSource } from './notes-store-types';

/** The file on disk as last read: its decoded text, the sha256 of its bytes, and which file it was. */
export interface DeckFile {
  source: LoadedSource;
  hash: string;
  identity: FileIdentity;
  mtimeMs: number;
}

/** The sha256 of `bytes`, in hex: what tells one version of the file from another (never the mtime). */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads `path` (only a regular file up to the size cap: never a FIFO, a device or a symbolic link) and
 * decodes it; every failure is a `DeckInputError` with one sentence, whose `cause` keeps the errno error.
 */
export async function readDeckFile(path: string): Promise<DeckFile> {
  const { bytes, identity, mtimeMs } = await readDeckFileBytes(path, { noFollow: true });
  return { source: decodeDeckBytes(bytes, basename(path)), hash: hashBytes(bytes), identity, mtimeMs };
}

/** Reads `path` when a deck is opened. */
export const openDeckFile = readDeckFile;

/** The content hash and identity of the file at `path` as it is now (never through a link). */
export async function fingerprintDeckFile(path: string): Promise<{ hash: string; identity: FileIdentity }> {
  const { bytes, identity } = await readDeckFileBytes(path, { noFollow: true });
  return { hash: hashBytes(bytes), identity };
}

/** Encodes `text` like `like`: the same encoding, with a byte order mark when it had one. */
export function encodeSource(text: string, like: Omit<LoadedSource, 'text'>): Buffer {
  if (like.encoding === 'utf-8') return Buffer.from(like.hasBom ? `\uFEFF${text}` : text, 'utf8');
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return like.encoding === 'utf-16be' ? bytes.swap16() : bytes;
}

/**
 * Throws EACCES when the file itself is marked read-only: an atomic rename would replace it anyway,
 * and the user's read-only flag must win. The mode bits decide, for root too (root may write anything,
 * but a teacher who marked a deck read-only means it).
 */
export async function assertWritable(path: string): Promise<void> {
  await access(path, constants.W_OK);
  if (((await stat(path)).mode & 0o222) === 0) {
    throw Object.assign(new Error(`EACCES: permission denied, '${path}' is read-only`), { code: 'EACCES', syscall: 'access', path });
  }
}
