/**
 * The browser host's routes: the token check, the contract over HTTP (`POST /api/invoke/<channel>`),
 * server-sent events (`GET /api/events`), the built app under `/app/`, the deck's images under `/deck/`
 * and the short page paths (`/`, `/presenter`, `/notes`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isInvokeChannel, parseRequest } from '../contract/channels';
import type { InvokeChannel } from '../contract/channels';
import { appContentType, deckContentType } from '../core/served-files';
import type { HandlerMap } from '../core/session/handler-map';
import { tokenCookie, tokenProof } from './access-token';
import type { EventStreams } from './event-stream';
import { BodyError, MAX_BODY_BYTES, MAX_NOTES_BODY_BYTES, readJsonBody } from './read-json-body';
import { isOwnPageCall, refuseForeignRequest } from './request-guard';
import { sendError, sendJson } from './send';
import { serveFile } from './serve-file';

/** The URL prefix deck images are served under; the renderer gets it as `assetBase`. */
export const DECK_ROUTE = '/deck/';
export const APP_ROUTE = '/app/';
const INVOKE_ROUTE = '/api/invoke/';
const EVENTS_ROUTE = '/api/events';
/** Short paths of the pages: the audience, the presenter console and the notes editor. */
const PAGES: Readonly<Record<string, string>> = { '/': 'audience', '/presenter': 'presenter', '/notes': 'notes-editor' };

/** Where the host listens, known once it does. */
export interface ListenAddress {
  origin: string;
  port: number;
  /** Host headers a request may carry (anything else is refused: DNS rebinding). */
  hosts: ReadonlySet<string>;
}

export interface RouteOptions {
  handlers: HandlerMap<IncomingMessage>;
  events: EventStreams;
  /** The built renderer (`dist/renderer`). */
  appDir: string;
  /** The folder `/deck/` serves, or null. */
  assetDir: string | null;
  /** The token every request must carry, or null. */
  token: string | null;
  address(): ListenAddress;
}

async function answer<C extends InvokeChannel>(handlers: HandlerMap<IncomingMessage>, channel: C, body: unknown, req: IncomingMessage): Promise<unknown> {
  return handlers[channel](parseRequest(channel, body), req);
}

/** Creates the request handler of the browser host. */
export function createRoutes(options: RouteOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  async function handleInvoke(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, 'Use POST');
    if (!isOwnPageCall(req)) return sendError(res, 403, 'Only the host page may call the API');
    // Channel names are sent literally (`deck:get`); anything encoded is simply unknown.
    if (!isInvokeChannel(channel)) return sendError(res, 404, 'Unknown channel');
    let body: unknown;
    try {
      body = await readJsonBody(req, channel === 'notes:edit' ? MAX_NOTES_BODY_BYTES : MAX_BODY_BYTES);
    } catch (error) {
      if (error instanceof BodyError) return sendError(res, error.status, error.message);
      throw error;
    }
    let response: unknown;
    try {
      response = await answer(options.handlers, channel, body, req);
    } catch (error) {
      return sendError(res, 400, error instanceof Error ? error.message : 'Invalid request');
    }
    sendJson(res, 200, response);
  }

  return async (req, res) => {
    const { origin, port, hosts } = options.address();
    const refusal = refuseForeignRequest(req, hosts);
    if (refusal) return sendError(res, 403, refusal);
    const url = new URL(req.url ?? '/', origin);
    if (options.token !== null) {
      const proof = tokenProof(req, url, options.token, port);
      if (proof === null) return sendError(res, 403, 'This link needs its token: open the full link the presenter shared');
      if (proof === 'query') res.setHeader('Set-Cookie', tokenCookie(options.token, port));
    }
    const path = url.pathname;
    if (path.startsWith(INVOKE_ROUTE)) return handleInvoke(req, res, path.slice(INVOKE_ROUTE.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'Method not allowed');
    if (path === EVENTS_ROUTE) return options.events.add(res);
    if (path.startsWith(APP_ROUTE)) return serveFile(res, options.appDir, path.slice(APP_ROUTE.length), appContentType, 'app');
    // Deck files are inert even if one (an SVG) is opened as a document.
    if (path.startsWith(DECK_ROUTE) && options.assetDir !== null) return serveFile(res, options.assetDir, path.slice(DECK_ROUTE.length), deckContentType, 'deck');
    const page = PAGES[path];
    if (page !== undefined) {
      res.writeHead(302, { Location: `${APP_ROUTE}${page}.html` });
      return void res.end();
    }
    sendError(res, 404, 'Not found');
  };
}
