/** `mimbar build <file.md> [--json]`: builds a deck and prints it. */
import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { loadDeck } from '../../core/load-deck';
import { formatSummary, toDeckJson } from '../deck-json';
import { UsageError, type CliIo } from '../io';

export const buildHelp = `Usage: mimbar build <file.md> [--json]

Builds the deck from a Markdown file and prints a summary: slide count, slide titles, warnings.

Options:
  --json      Print the deck as JSON: { title, slides: [{ id, title, notes, h, v, ... }], warnings }
  -h, --help  Show this help
`;

/** Runs the build command; returns the exit code. */
export async function runBuild(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(buildHelp);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('build needs a Markdown file: mimbar build <file.md> [--json]');
  if (extra.length > 0) throw new UsageError(`build takes one file, got ${positionals.length}: ${positionals.join(' ')}`);
  const deck = await loadDeck(file);
  io.out(values.json ? `${JSON.stringify(toDeckJson(deck), null, 2)}\n` : formatSummary(deck, basename(file)));
  return 0;
}
