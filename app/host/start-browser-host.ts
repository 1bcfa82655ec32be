/**
 * The browser host: a plain `node:http` server on 127.0.0.1 that serves the built renderer, the deck's
 * media files, and the IPC contract over HTTP (`POST /api/invoke/<channel>`) and server-sent events
 * (`GET /api/events`), so the renderer runs unchanged in any Chromium.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { isInvokeChannel, parseRequest } from '../contract/channels';
import type { DeckPayload, InvokeChannel, InvokeRequest } from '../contract/channels';
import type { Deck } from '../contract/deck';
import { loadDeck } from '../core/load-deck';
import { appContentType, deckContentType, PAGE_CSP_HEADER } from '../core/served-files';
import { applyCommand, followDeck, initialPresentation } from '../core/presentation/presentation-state';
import { EventStreams } from './event-stream';
import { createInvokeHandlers } from './invoke-handlers';
import type { HostPrintJob, InvokeHandlers } from './invoke-handlers';
import { BodyError, readJsonBody } from './read-json-body';
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
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** The build output folder (holding `renderer/`). */
  distDir: string;
  /** A print job for the print page (`/app/print.html`): the CLI's printer serves exports this way. */
  print?: HostPrintJob;
}

export interface BrowserHost {
  /** The audience page. */
  url: string;
  /** The print page, which lays out `options.print`. */
  printUrl: string;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
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

async function firstDeck(options: BrowserHostOptions): Promise<Deck> {
  if (options.deck) return options.deck;
  if (options.deckPath) return loadDeck(options.deckPath);
  throw new Error('startBrowserHost needs a deck or a deckPath');
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

async function invoke<C extends InvokeChannel>(handlers: InvokeHandlers, channel: C, body: unknown): Promise<unknown> {
  const request: InvokeRequest<C> = parseRequest(channel, body);
  return handlers[channel](request);
}

/** Starts the browser host; rejects with the engine's `DeckInputError` when `deckPath` cannot be loaded. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const fileName = options.deckPath ? basename(options.deckPath) : null;
  const assetDir = options.assetDir ?? (options.deckPath ? dirname(options.deckPath) : null);
  let payload: DeckPayload = { deck: await firstDeck(options), assetBase: DECK_ROUTE, fileName };
  const appDir = join(options.distDir, 'renderer');
  const events = new EventStreams();
  let presentation = initialPresentation(payload.deck);
  const handlers = createInvokeHandlers(
    () => payload,
    {
      get: () => presentation,
      command(command) {
        const next = applyCommand(presentation, command, payload.deck, Date.now());
        if (next !== presentation) {
          presentation = next;
          events.broadcast('presentation:changed', presentation);
        }
        return presentation;
      },
    },
    () => options.print ?? null,
  );
  let origin = '';

  async function handleInvoke(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, 'Use POST');
    if (!isOwnPageCall(req, origin)) return sendError(res, 403, 'Only the host page may call the API');
    // Channel names are sent literally (`deck:get`); anything encoded is simply unknown.
    if (!isInvokeChannel(channel)) return sendError(res, 404, 'Unknown channel');
    let body: unknown;
    try {
      body = await readJsonBody(req);
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
    const refusal = refuseForeignRequest(req, origin);
    if (refusal) return sendError(res, 403, refusal);
    const path = new URL(req.url ?? '/', origin).pathname;
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
    if (path === '/') {
      res.writeHead(302, { Location: `${APP_ROUTE}audience.html` });
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
  const port = await listen(server, options.port ?? 0);
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}${APP_ROUTE}audience.html`,
    printUrl: `${origin}${APP_ROUTE}print.html`,
    origin,
    setDeck(deck) {
      payload = { ...payload, deck };
      presentation = followDeck(presentation, deck);
      events.broadcast('deck:changed', payload);
      events.broadcast('presentation:changed', presentation);
    },
    reportError(message) {
      events.broadcast('deck:error', { message });
    },
    close() {
      events.closeAll();
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
