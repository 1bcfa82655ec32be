/**
 * The `mimbar://` protocol: `mimbar://app/<file>` serves the built renderer, `mimbar://deck/<path>`
 * serves media next to the current deck. Every path is confined with `resolveInside` (after
 * realpath), every response carries the headers of `SERVED_HEADERS`, and nothing else on disk is reachable.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { resolveInside } from '../core/files/confine-path';
import { APP_SCHEME } from './app-urls';
import { SERVED_HEADERS, appContentType, deckContentType, type ServedKind } from '../core/served-files';

/** Where the two hosts of the scheme read from; `deckRoot` is null while no deck is open. */
export interface ProtocolRoots {
  appRoot: string;
  deckRoot: () => string | null;
}

interface Route {
  root: string | null;
  contentType: (path: string) => string | null;
  kind: ServedKind;
}

/** Declares the scheme standard, secure and fetch-capable; must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Installs `handler` for the scheme on the default session; call once the app is ready. */
export function installProtocolHandler(handler: (request: Request) => Promise<Response>): void {
  protocol.handle(APP_SCHEME, handler);
}

function routeFor(url: URL, roots: ProtocolRoots): Route | null {
  if (url.protocol !== `${APP_SCHEME}:`) return null;
  if (url.host === 'app') {
    return { root: roots.appRoot, contentType: appContentType, kind: 'app' };
  }
  if (url.host === 'deck') {
    return { root: roots.deckRoot(), contentType: deckContentType, kind: 'deck' };
  }
  return null;
}

function refuse(status: 404 | 405): Response {
  const headers = { ...SERVED_HEADERS.other, 'Content-Type': 'text/plain; charset=utf-8' };
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', { status, headers });
}

/** Builds the scheme's request handler: GET and HEAD of confined files only, 404 for everything else. */
export function createProtocolHandler(roots: ProtocolRoots): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(404);
    }
    const route = routeFor(url, roots);
    if (!route?.root) return refuse(404);
    // pathname keeps its percent-encoding; resolveInside decodes it exactly once.
    const file = await resolveInside(route.root, url.pathname.slice(1));
    const contentType = file ? route.contentType(file) : null;
    if (!file || !contentType) return refuse(404);
    const headers = { ...SERVED_HEADERS[route.kind], 'Content-Type': contentType };
    const body = request.method === 'HEAD' ? null : (Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>);
    return new Response(body, { status: 200, headers });
  };
}
