/** `mimbar check <file.md> [--json]`: the offline pre-flight, exit 0 when the deck is ready for class. */
import { basename } from 'node:path';
import { checkDeckFile } from '../../core/check/check-deck-file';
import { checkHelp } from '../command-help';
import type { CliIo } from '../io';
import { parseFileCommandArgs } from '../file-command-args';


/** Runs the check command; returns 0 when the deck is ready, 1 when it has a problem. */
export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFileCommandArgs('check', args, checkHelp, io);
  if (parsed === null) return 0;
  const { file } = parsed;
  const { report, text } = await checkDeckFile(file);
  const slides = `${report.slideCount} slide${report.slideCount === 1 ? '' : 's'}`;
  io.out(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : `Checking ${basename(file)} (${slides}) for class\n\n${text}`);
  return report.ok ? 0 : 1;
}
