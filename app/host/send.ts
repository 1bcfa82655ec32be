/**
 * Small response helpers shared by the browser host's routes: every response carries the headers of
 * `SERVED_HEADERS` for what it serves (the table Electron's protocol uses too).
 */
import type { ServerResponse } from 'node:http';
import { SERVED_HEADERS, type ServedKind } from '../core/served-files';

// Pages, deck files and API answers all come from one origin here, so nothing is for other sites.
const SAME_ORIGIN = { 'Cross-Origin-Resource-Policy': 'same-origin' } as const;

/** Sends a complete response with the headers of `kind` (API answers and errors are `other`). */
export function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, kind: ServedKind = 'other'): void {
  res.writeHead(status, { ...SERVED_HEADERS[kind], ...SAME_ORIGIN, 'Content-Type': type });
  res.end(body);
}

/** Sends a JSON body. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** Sends a JSON error `{ error: message }`. */
export function sendError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error: message });
}

/** Starts a server-sent events stream. */
export function startEventStream(res: ServerResponse): void {
  res.writeHead(200, { ...SERVED_HEADERS.other, ...SAME_ORIGIN, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  res.write(': connected\n\n');
}
