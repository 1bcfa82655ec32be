/** Entry point of `npm run mimbar -- <command>`. */
import { processIo } from './io';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('mimbar: internal error:', error);
    process.exitCode = 2;
  },
);
