/**
 * Probes for the IPC abuse tests: what a folder holds (to prove nothing was written), what the Electron
 * mock saw main do (dialogs, external opens, windows), and raw HTTP calls to the browser host's invoke
 * route that also carry bodies `fetch` would refuse to build.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { app, dialog, electronMock, shell } from '../mocks/electron';

/** Every file under `dir` (relative path → sha256 of its bytes), directories as `path/`. */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const out: Record<string, string> = {};
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    const relative = path.slice(dir.length + 1);
    if (entry.isDirectory()) out[`${relative}/`] = 'dir';
    else out[relative] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return out;
}

/** What main did that a renderer could notice outside its page; equal before and after a refused call. */
export interface MainEffects {
  dialogs: number;
  externalOpens: number;
  windows: number;
  recentDocuments: number;
  polluted: unknown;
  objectPrototypeKeys: string;
}

/** Reads the Electron mock's record of dialogs, `shell` calls and windows, and whether Object.prototype changed. */
export function mainEffects(): MainEffects {
  return {
    dialogs: dialog.showOpenDialog.mock.calls.length + dialog.showSaveDialog.mock.calls.length + dialog.showMessageBox.mock.calls.length + dialog.showErrorBox.mock.calls.length,
    externalOpens: shell.openExternal.mock.calls.length + shell.openPath.mock.calls.length,
    windows: electronMock.windows.length,
    recentDocuments: app.addRecentDocument.mock.calls.length,
    polluted: ({} as Record<string, unknown>)['polluted'],
    objectPrototypeKeys: Object.getOwnPropertyNames(Object.prototype).sort().join(','),
  };
}

/** An HTTP answer: status and the body parsed as JSON when it is JSON. */
export interface HttpAnswer {
  status: number;
  body: unknown;
}

/**
 * POSTs `body` (sent as is) to `origin`'s `path`, with the host page's headers unless `headers` replaces
 * them; `chunked` leaves out Content-Length. Resolves with the answer, even when the host stops reading.
 */
export function postRaw(origin: string, path: string, body: string | Buffer, headers: Record<string, string | undefined> = {}, chunked = false): Promise<HttpAnswer> {
  const all: Record<string, string> = {};
  for (const [name, value] of Object.entries({ 'Content-Type': 'application/json', Origin: origin, ...headers })) if (value !== undefined) all[name] = value;
  if (!chunked) all['Content-Length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    let answered = false;
    // A connection of its own: after a refused body the host may close the socket a shared one would reuse.
    const req = request(`${origin}${path}`, { method: 'POST', headers: all, agent: false }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // Not JSON: keep the text.
        }
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const data = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    if (!chunked) return void req.end(data);
    // Chunked: send in 64 KiB pieces, waiting for the socket to drain, as a streaming client would.
    let offset = 0;
    const pump = (): void => {
      while (offset < data.length) {
        const piece = data.subarray(offset, offset + 65_536);
        offset += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

/** `postRaw` of a JSON value to `/api/invoke/<channel>` from the host page. */
export function invokeOverHttp(origin: string, channel: string, payload: unknown): Promise<HttpAnswer> {
  return postRaw(origin, `/api/invoke/${channel}`, JSON.stringify(payload) ?? '');
}
