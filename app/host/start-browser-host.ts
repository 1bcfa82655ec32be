/**
 * The browser host: a plain `node:http` server (on 127.0.0.1 unless told otherwise) that serves the
 * built renderer, the deck's media files, and the IPC contract over HTTP (`POST /api/invoke/<channel>`)
 * and server-sent events (`GET /api/events`), so the renderer runs unchanged in any Chromium. `/` is the
 * audience page and `/presenter` the presenter console. Bound to a network address, it requires a token.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { isInvokeChannel, parseRequest } from '../contract/channels';
import type { DeckPayload, InvokeChannel, InvokeRequest } from '../contract/channels';
import type { Deck } from '../contract/deck';
import { createNotesActions } from '../core/live-deck/notes-actions';
import { openLiveDeck, type LiveDeck } from '../core/live-deck/live-deck';
import { appContentType, deckContentType, PAGE_CSP_HEADER } from '../core/served-files';
import { applyCommand, followDeck, initialPresentation } from '../core/presentation/presentation-state';
import { generateToken, tokenCookie, tokenProof } from './access-token';
import { allowedHostHeaders, displayHost, hostPort, isBindableHost, isLoopbackHost, LOOPBACK_HOST } from './bind-address';
import { EventStreams } from './event-stream';
import { createInvokeHandlers } from './invoke-handlers';
import type { HostPrintJob, InvokeHandlers } from './invoke-handlers';
import { BodyError, MAX_BODY_BYTES, MAX_NOTES_BODY_BYTES, readJsonBody } from './read-json-body';
import { isOwnPageCall, refuseForeignRequest } from './request-guard';
import { sendError, sendJson } from './send';
import { serveFile } from './serve-file';

export interface BrowserHostOptions {
  /** Markdown file to load and whose folder serves `/deck/`. */
  deckPath?: string;
  /** A deck already built (tests); wins over loading `deckPath`. */
  deck?: Deck;
  /** Folder served under `/deck/`; defaults to the folder of `deckPath`, none otherwise. */
  assetDir?: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /**
   * Address to listen on (default 127.0.0.1). Any address but 127.0.0.1, ::1 and localhost (other
   * 127.x addresses included) is a network address and requires the token.
   */
  host?: string;
  /** Token every request must carry; generated (128 random bits) when the host is a network address and none is given. */
  token?: string;
  /** The build output folder (holding `renderer/`). */
  distDir: string;
  /** A print job for the print page (`/app/print.html`): the CLI's printer serves exports this way. */
  print?: HostPrintJob;
  /**
   * Folder for journals of unsaved notes: with a `deckPath` (and no `deck`), notes edited in the pages
   * are saved into the file. Without it notes are read-only, for the reason in `notesReadOnlyReason`.
   */
  journalDir?: string;
  notesReadOnlyReason?: string;
  /** Watch `deckPath` and show every saved change (default true). */
  watch?: boolean;
}

export interface BrowserHost {
  /** The audience page (`/app/audience.html`, with `?token=` when a token is required). */
  url: string;
  /** The print page, which lays out `options.print` (with the token when required). */
  printUrl: string;
  /** `/` (the audience page) as a full URL to share, with the token when required. */
  audienceUrl: string;
  /** `/presenter` (the presenter console) as a full URL, with the token when required. */
  presenterUrl: string;
  /** `/notes` (the notes editor) as a full URL, with the token when required. */
  notesUrl: string;
  /** `http://<address>:<port>`, without a token. */
  origin: string;
  /** The token requests must carry, or null when none is required (loopback without a given token). */
  token: string | null;
  /** Replaces the deck and tells every open page (`deck:changed`). */
  setDeck(deck: Deck): void;
  /** Shows an error in every open page (`deck:error`). */
  reportError(message: string): void;
  /** Ends the event streams and stops listening. */
  close(): Promise<void>;
}

/** The URL prefix deck media is served under; the renderer gets it as `assetBase`. */
export const DECK_ROUTE = '/deck/';
const APP_ROUTE = '/app/';
const INVOKE_ROUTE = '/api/invoke/';
/** Short paths of the pages: the audience, the presenter console and the notes editor. */
const PAGES: Readonly<Record<string, string>> = { '/': 'audience', '/presenter': 'presenter', '/notes': 'notes-editor' };

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function withToken(url: string, token: string | null): string {
  return token === null ? url : `${url}?token=${encodeURIComponent(token)}`;
}

async function invoke<C extends InvokeChannel>(handlers: InvokeHandlers, channel: C, body: unknown): Promise<unknown> {
  const request: InvokeRequest<C> = parseRequest(channel, body);
  return handlers[channel](request);
}

/** Starts the browser host; rejects with the engine's `DeckInputError` when `deckPath` cannot be loaded. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const bindHost = options.host ?? LOOPBACK_HOST;
  if (!isBindableHost(bindHost)) throw new Error(`${bindHost} is not an IP address or localhost`);
  const token = options.token ?? (isLoopbackHost(bindHost) ? null : generateToken());
  const events = new EventStreams();
  let live: LiveDeck | null = null;
  if (!options.deck) {
    if (!options.deckPath) throw new Error('startBrowserHost needs a deck or a deckPath');
    live = await openLiveDeck({
      path: options.deckPath,
      journalDir: options.journalDir ?? null,
      readOnlyReason: options.notesReadOnlyReason ?? 'Notes are read-only in this browser host.',
      watch: options.watch ?? true,
      onDeck: (deck) => setDeck(deck),
      onNotesStatus: (status) => events.broadcast('notes:status', status),
      onError: (message) => events.broadcast('deck:error', { message }),
    });
  }
  // The deck as opened: a link resolved to the file it points to, whose name and folder are shown and served.
  const deckPath = live?.path ?? options.deckPath;
  const fileName = deckPath ? basename(deckPath) : null;
  const assetDir = options.assetDir ?? (deckPath ? dirname(deckPath) : null);
  let payload: DeckPayload = { deck: options.deck ?? (live as LiveDeck).deck(), assetBase: DECK_ROUTE, fileName, notice: live?.notice() ?? null, assetVersion: live?.assetVersion() ?? 0 };
  const appDir = join(options.distDir, 'renderer');
  let presentation = initialPresentation(payload.deck);
  const notes = createNotesActions(() => live);

  function setDeck(deck: Deck): void {
    payload = { ...payload, deck, notice: live?.notice() ?? null, assetVersion: live?.assetVersion() ?? 0 };
    presentation = followDeck(presentation, deck);
    events.broadcast('deck:changed', payload);
    events.broadcast('presentation:changed', presentation);
  }

  const handlers = createInvokeHandlers(
    () => payload,
    {
      get: () => presentation,
      command(command) {
        const next = applyCommand(presentation, command, payload.deck, Date.now());
        if (next !== presentation) {
          // Notes edited on the slide being left are saved now, not a second later.
          if (next.slideId !== presentation.slideId && notes.status().unsaved.length > 0) void notes.saveNow();
          presentation = next;
          events.broadcast('presentation:changed', presentation);
        }
        return presentation;
      },
    },
    () => options.print ?? null,
    notes,
  );
  let origin = '';
  let port = 0;
  let hosts: ReadonlySet<string> = new Set();

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
      response = await invoke(handlers, channel, body);
    } catch (error) {
      return sendError(res, 400, error instanceof Error ? error.message : 'Invalid request');
    }
    sendJson(res, 200, response);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = refuseForeignRequest(req, hosts);
    if (refusal) return sendError(res, 403, refusal);
    const url = new URL(req.url ?? '/', origin);
    if (token !== null) {
      const proof = tokenProof(req, url, token, port);
      if (proof === null) return sendError(res, 403, 'This link needs its token: open the full link the presenter shared');
      if (proof === 'query') res.setHeader('Set-Cookie', tokenCookie(token, port));
    }
    const path = url.pathname;
    if (path.startsWith(INVOKE_ROUTE)) return handleInvoke(req, res, path.slice(INVOKE_ROUTE.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'Method not allowed');
    if (path === '/api/events') return events.add(res);
    if (path.startsWith(APP_ROUTE)) {
      return serveFile(res, appDir, path.slice(APP_ROUTE.length), appContentType, { 'Content-Security-Policy': PAGE_CSP_HEADER });
    }
    if (path.startsWith(DECK_ROUTE) && assetDir !== null) {
      // Deck files are inert even if one (an SVG) is opened as a document.
      return serveFile(res, assetDir, path.slice(DECK_ROUTE.length), deckContentType, { 'Content-Security-Policy': "default-src 'none'; sandbox" });
    }
    const page = PAGES[path];
    if (page !== undefined) {
      res.writeHead(302, { Location: `${APP_ROUTE}${page}.html` });
      return void res.end();
    }
    sendError(res, 404, 'Not found');
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('mimbar host:', error);
      if (!res.headersSent) sendError(res, 500, 'Internal error');
      else res.end();
    });
  });
  port = await listen(server, options.port ?? 0, bindHost);
  hosts = allowedHostHeaders(bindHost, port);
  origin = `http://${hostPort(displayHost(bindHost), port)}`;

  return {
    url: withToken(`${origin}${APP_ROUTE}audience.html`, token),
    printUrl: withToken(`${origin}${APP_ROUTE}print.html`, token),
    audienceUrl: withToken(`${origin}/`, token),
    presenterUrl: withToken(`${origin}/presenter`, token),
    notesUrl: withToken(`${origin}/notes`, token),
    origin,
    token,
    setDeck,
    reportError(message) {
      events.broadcast('deck:error', { message });
    },
    async close() {
      // Pending notes are saved before the pages lose their host.
      await live?.close();
      events.closeAll();
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
