/**
 * The browser host: a plain `node:http` server (on 127.0.0.1 unless told otherwise) over the host core
 * (`createHostSession`, the same one Electron's main uses). It serves the built renderer, the deck's
 * images, and the contract over HTTP and server-sent events (`routes.ts`), so the renderer runs
 * unchanged in any Chromium. `/` is the audience page and `/presenter` the presenter console. Bound to
 * a network address, it requires a token.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { Deck } from '../contract/deck';
import { openLiveDeck } from '../core/live-deck/live-deck';
import { completeHandlers } from '../core/session/handler-map';
import { createHostSession } from '../core/session/host-session';
import { generateToken } from './access-token';
import { allowedHostHeaders, displayHost, hostPort, isBindableHost, isLoopbackHost, LOOPBACK_HOST } from './bind-address';
import { EventStreams } from './event-stream';
import { browserHostHandlers, type HostPrintJob } from './host-handlers';
import { APP_ROUTE, createRoutes, DECK_ROUTE, type ListenAddress } from './routes';
import { sendError } from './send';

export { DECK_ROUTE } from './routes';
export type { HostPrintJob } from './host-handlers';

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

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function withToken(url: string, token: string | null): string {
  return token === null ? url : `${url}?token=${encodeURIComponent(token)}`;
}

/** Starts the browser host; rejects with the engine's `DeckInputError` when `deckPath` cannot be loaded. */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const bindHost = options.host ?? LOOPBACK_HOST;
  if (!isBindableHost(bindHost)) throw new Error(`${bindHost} is not an IP address or localhost`);
  const token = options.token ?? (isLoopbackHost(bindHost) ? null : generateToken());
  const events = new EventStreams();
  const host = createHostSession({
    assetBase: DECK_ROUTE,
    openDeck: (path, hooks) =>
      openLiveDeck({
        path,
        journalDir: options.journalDir ?? null,
        readOnlyReason: options.notesReadOnlyReason ?? 'Notes are read-only in this browser host.',
        watch: options.watch ?? true,
        ...hooks,
      }),
    broadcast: (event, payload) => events.broadcast(event, payload),
  });
  if (options.deck) host.decks.show(options.deck);
  else if (options.deckPath) await host.decks.open(options.deckPath);
  else throw new Error('startBrowserHost needs a deck or a deckPath');
  // The deck as opened: a link resolved to the file it points to, whose folder is served.
  const deckPath = host.decks.path ?? options.deckPath;
  const assetDir = options.assetDir ?? (deckPath ? dirname(deckPath) : null);
  let address: ListenAddress = { origin: '', port: 0, hosts: new Set() };
  const route = createRoutes({
    handlers: completeHandlers(host.handlers, browserHostHandlers(host.decks, options.print ?? null)),
    events,
    appDir: join(options.distDir, 'renderer'),
    assetDir,
    token,
    address: () => address,
  });

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('mimbar host:', error);
      if (!res.headersSent) sendError(res, 500, 'Internal error');
      else res.end();
    });
  });
  const port = await listen(server, options.port ?? 0, bindHost);
  const origin = `http://${hostPort(displayHost(bindHost), port)}`;
  address = { origin, port, hosts: allowedHostHeaders(bindHost, port) };

  return {
    url: withToken(`${origin}${APP_ROUTE}audience.html`, token),
    printUrl: withToken(`${origin}${APP_ROUTE}print.html`, token),
    audienceUrl: withToken(`${origin}/`, token),
    presenterUrl: withToken(`${origin}/presenter`, token),
    notesUrl: withToken(`${origin}/notes`, token),
    origin,
    token,
    setDeck(deck) {
      host.show(deck);
    },
    reportError: (message) => host.reportError(message),
    async close() {
      // Pending notes are saved before the pages lose their host.
      await host.close();
      events.closeAll();
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
