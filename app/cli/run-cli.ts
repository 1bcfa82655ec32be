/** The command line: dispatches to a command, turns user errors into one line on stderr and exit 1. */
import { DeckInputError } from '../core/files/read-source';
import { ExportError } from '../core/export/export-error';
import { buildHelp, runBuild } from './commands/build';
import { checkHelp, runCheck } from './commands/check';
import { exportHelp, runExportCommand } from './commands/export';
import { runServe, serveHelp } from './commands/serve';
import { UsageError, type CliIo } from './io';

export const mainHelp = `Usage: mimbar <command> [options]

Mimbar turns a Markdown article or deck into a reveal.js presentation.

Commands:
  build <file.md> [--json]   Build the deck and print a summary (or JSON)
  check <file.md> [--json]   Check offline that the deck is ready for class (exit 1 if not)
  export <file.md> -o <pdf>  Export the deck to PDF (slides, notes pages, handouts)
  serve <file.md>            Present the deck in a browser: audience and presenter links
                             [--port N] [--host ADDR]
  help [command]             Show help for a command

Run \`mimbar <command> --help\` for the options of a command.
`;

const commands: Record<string, { run: (args: string[], io: CliIo, signal: AbortSignal) => Promise<number>; help: string }> = {
  build: { run: runBuild, help: buildHelp },
  check: { run: runCheck, help: checkHelp },
  export: { run: runExportCommand, help: exportHelp },
  serve: { run: runServe, help: serveHelp },
};

/** Runs the CLI with `argv` (without node and script); returns the exit code. Aborting `signal` stops long work. */
export async function runCli(argv: string[], io: CliIo, signal: AbortSignal = new AbortController().signal): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(mainHelp);
    return 0;
  }
  if (name === 'help') {
    io.out(commands[args[0] ?? '']?.help ?? mainHelp);
    return 0;
  }
  const command = commands[name];
  try {
    if (command === undefined) throw new UsageError(`unknown command "${name}"; run \`mimbar --help\` for the list`);
    return await command.run(args, io, signal);
  } catch (error) {
    if (signal.aborted && error === signal.reason) {
      io.err('mimbar: canceled; nothing was written.\n');
      return 130;
    }
    if (error instanceof DeckInputError || error instanceof UsageError || error instanceof ExportError) {
      io.err(`mimbar: ${error.message}\n`);
      return 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`mimbar: ${error.message.split('\n')[0]}\n`);
      return 1;
    }
    throw error;
  }
}
