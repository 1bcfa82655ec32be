/** The arguments of the commands that read one deck and may print JSON (`build`, `check`). */
import { parseArgs } from 'node:util';
import { UsageError, type CliIo } from './io';

export interface FileCommandArgs {
  file: string;
  json: boolean;
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
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError(`${command} needs a Markdown file: mimbar ${command} <file.md> [--json]`);
  if (extra.length > 0) throw new UsageError(`${command} takes one file, got ${positionals.length}: ${positionals.join(' ')}`);
  return { file, json: values.json };
}
