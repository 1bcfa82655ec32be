/** Entry point of the `mimbar` command (`npx mimbar <command>`; built to dist/cli/mimbar.mjs). */
import { processIo } from './io';
import { runCli } from './run-cli';

// Ctrl+C stops an export cleanly (no partial file) and ends `serve` after saving pending notes; so do
// SIGTERM (a shutdown, `kill`) and SIGHUP (the terminal closed, a logout). A second signal of the same
// kind ends the process at once.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    // After SIGHUP the terminal is gone: writing to it must not stop the save.
    if (signal === 'SIGHUP') for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
    controller.abort(new Error('canceled'));
  });
}

runCli(process.argv.slice(2), processIo, controller.signal).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('mimbar: internal error:', error);
    process.exitCode = 2;
  },
);
