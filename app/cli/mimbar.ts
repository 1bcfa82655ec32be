/** Entry point of `npm run mimbar -- <command>`. */
import { processIo } from './io';
import { runCli } from './run-cli';

// Ctrl+C stops an export cleanly (no partial file); a second Ctrl+C ends the process at once.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort(new Error('canceled')));

runCli(process.argv.slice(2), processIo, controller.signal).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('mimbar: internal error:', error);
    process.exitCode = 2;
  },
);
