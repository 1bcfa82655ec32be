/** `mimbar check <file.md> [--json]`: the offline pre-flight, exit 0 when the deck is ready for class. */
import { basename } from 'node:path';
import { checkDeckFile } from '../../core/check/check-deck-file';
import type { CliIo } from '../io';
import { parseFileCommandArgs } from '../file-command-args';

export const checkHelp = `Usage: mimbar check <file.md> [--json]

Checks, offline, whether a deck will work in class: images and media loaded from the web (Mimbar
never loads them), files missing from the deck folder or outside it, slides shown as a placeholder,
a file that is not valid UTF-8 (problems); slides shrunk to fit, ignored front matter and emoji
that Mimbar's emoji font cannot draw (notices).
Exits with 0 when there is no problem, 1 when there is one.

Options:
  --json      Print the report as JSON: { ok, slideCount, problemCount, noticeCount,
              findings: [{ kind, severity, slide: { id, title, number } | null, line, reference, message }] }
  -h, --help  Show this help
`;

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
