/** The arguments of the commands that read one deck: the one file every such command takes, and `build`'s and `check`'s options. */
import { parseArgs } from 'node:util';
import { UsageError, type CliIo } from './io';

export interface FileCommandArgs {
  file: string;
  json: boolean;
}

/**
 * The one deck file of `command` among its `positionals`; `usage` is the rest of its command line, shown
 * when the file is missing (`<file.md> [--json]`). Throws a `UsageError` for none or more than one.
 */
export function oneDeckFile(command: string, positionals: readonly string[], usage: string): string {
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError(`${command} needs a Markdown file: mimbar ${command} ${usage}`);
  if (extra.length > 0) throw new UsageError(`${command} takes one file, got ${positionals.length}: ${positionals.join(' ')}`);
  return file;
}

/** Parses `<file.md> [--json] [--help]` for `command`; prints `help` and returns null for --help. */
export function parseFileCommandArgs(command: string, args: string[], help: string, io: CliIo): FileCommandArgs | null {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(help);
    return null;
  }
  return { file: oneDeckFile(command, positionals, '<file.md> [--json]'), json: values.json };
}
