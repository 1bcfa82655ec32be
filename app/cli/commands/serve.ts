/** `mimbar serve <file.md> [--port N] [--host ADDR]`: presents a deck in the browser (audience and presenter pages) until Ctrl+C. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isBindableHost, isLoopbackHost, LOOPBACK_HOST } from '../../host/bind-address';
import { startBrowserHost } from '../../host/start-browser-host';
import type { BrowserHost } from '../../host/start-browser-host';
import { dataDir, notesJournalDir } from '../../core/files/data-dir';
import { oneDeckFile } from '../file-command-args';
import { DEFAULT_PORT, serveHelp } from '../command-help';
import { UsageError, type CliIo } from '../io';
import { requireBuiltPage } from '../paths';



function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port ${value} is not a port number (0 to 65535)`);
  return port;
}

async function start(deckPath: string, port: number, host: string): Promise<BrowserHost> {
  const distDir = requireBuiltPage('audience.html');
  // Anyone with a network link could otherwise write into the file: notes are edited on this computer only.
  const notes = isLoopbackHost(host)
    ? { journalDir: notesJournalDir(dataDir()) }
    : { notesReadOnlyReason: 'Notes can be edited only when the deck is served to this computer (without --host).' };
  try {
    return await startBrowserHost({ deckPath, distDir, port, host, ...notes });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; pass --port N`);
    if (code === 'EADDRNOTAVAIL') throw new UsageError(`${host} is not an address of this computer; pass --host ADDR`);
    if (code === 'EACCES') throw new UsageError(`port ${port} needs special permission; pass --port N (1024 or higher)`);
    throw error;
  }
}

function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    if (signal.aborted) done();
    else signal.addEventListener('abort', () => done(), { once: true });
  });
}

/** Runs the serve command: returns 0 once `signal` aborts (Ctrl+C) and the host has stopped. */
export async function runServe(args: string[], io: CliIo, signal: AbortSignal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: String(DEFAULT_PORT) },
      host: { type: 'string', default: LOOPBACK_HOST },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(serveHelp);
    return 0;
  }
  const file = oneDeckFile('serve', positionals, '<file.md> [--port N] [--host ADDR]');
  const port = parsePort(values.port);
  if (!isBindableHost(values.host)) throw new UsageError(`--host ${values.host} is not an IP address (e.g. 127.0.0.1 or 0.0.0.0)`);
  const host = await start(resolve(file), port, values.host);
  if (!isLoopbackHost(values.host)) {
    io.err(`Warning: listening on ${values.host}: anyone on the network with the link can see the deck and move the slides.\n`);
  }
  io.out(`Audience: ${host.audienceUrl}\nPresenter: ${host.presenterUrl}\nNotes editor: ${host.notesUrl}\nPress Ctrl+C to stop.\n`);
  await aborted(signal);
  await host.close();
  return 0;
}
