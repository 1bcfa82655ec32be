/** The command line: dispatches to a command, turns user errors into one line on stderr and exit 1. */
import { DeckInputError } from '../core/files/read-source';
import { ExportError } from '../core/export/export-error';
import { buildHelp, checkHelp, exportHelp, serveHelp } from './command-help';
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

type Run = (args: string[], io: CliIo, signal: AbortSignal) => Promise<number>;

/**
 * Each command is loaded only to run it: the built CLI keeps the commands (and the engine behind them)
 * in chunks of their own, so `--help` and a mistyped command start without parsing them.
 */
const commands: Record<string, { load: () => Promise<Run>; help: string }> = {
  build: { load: async () => (await import('./commands/build')).runBuild, help: buildHelp },
  check: { load: async () => (await import('./commands/check')).runCheck, help: checkHelp },
  export: { load: async () => (await import('./commands/export')).runExportCommand, help: exportHelp },
  serve: { load: async () => (await import('./commands/serve')).runServe, help: serveHelp },
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
    return await (await command.load())(args, io, signal);
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
