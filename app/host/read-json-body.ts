/** Reads a small JSON request body, refusing bodies above a size cap before buffering them. */
import type { IncomingMessage } from 'node:http';
import { MAX_NOTES_CHARS } from '../contract/notes';

/** Invoke requests are tiny; anything bigger is refused. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A notes edit carries the text and its base, each up to `MAX_NOTES_CHARS` (up to 3 bytes each in UTF-8 JSON). */
export const MAX_NOTES_BODY_BYTES = 2 * 3 * MAX_NOTES_CHARS + 4096;

/** A body that is too large or not JSON; `status` is the HTTP status to answer with. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}

/** Resolves to the parsed JSON body (`{}` when empty); rejects with a `BodyError`. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new BodyError(413, 'Request body too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new BodyError(413, 'Request body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, 'Request body is not JSON');
  }
}
