/** `mimbar build <file.md> [--json]`: builds a deck and prints it. */
import { basename } from 'node:path';
import { loadDeck } from '../../core/files/load-deck';
import { formatSummary, toDeckJson } from '../deck-json';
import { buildHelp } from '../command-help';
import type { CliIo } from '../io';
import { parseFileCommandArgs } from '../file-command-args';


/** Runs the build command; returns the exit code. */
export async function runBuild(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFileCommandArgs('build', args, buildHelp, io);
  if (parsed === null) return 0;
  const { file } = parsed;
  const deck = await loadDeck(file);
  io.out(parsed.json ? `${JSON.stringify(toDeckJson(deck), null, 2)}\n` : formatSummary(deck, basename(file)));
  return 0;
}
