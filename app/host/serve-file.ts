/** Serves one file from a folder, confined to it with `realpath`, with a fixed content type per extension. */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { resolveInside } from '../core/files/confine-path';
import type { ServedKind } from '../core/served-files';
import { send, sendError } from './send';

/**
 * Answers with the file `requestPath` (percent-encoded, relative) names inside `root`: 404 when it is
 * outside, missing or of a type `typeFor` does not serve.
 */
export async function serveFile(
  res: ServerResponse,
  root: string,
  requestPath: string,
  typeFor: (path: string) => string | null,
  kind: ServedKind,
): Promise<void> {
  const file = await resolveInside(root, requestPath);
  const type = file === null ? null : typeFor(file);
  if (file === null || type === null) {
    sendError(res, 404, 'Not found');
    return;
  }
  send(res, 200, type, await readFile(file), kind);
}
