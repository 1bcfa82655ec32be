/** `mimbar export <file.md> -o <out.pdf> [options]`: exports a deck to PDF with headless Chromium. */
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { exportOptions } from '../../contract/channels';
import type { ExportOptions } from '../../contract/export';
import { runExport } from '../../core/export/run-export';
import { readDeckPayload } from '../../core/session/deck-session';
import { startChromiumPrinter } from '../chromium-printer';
import { oneDeckFile } from '../file-command-args';
import { findChromium } from '../find-chromium';
import { exportHelp } from '../command-help';
import { UsageError, type CliIo } from '../io';
import { requireBuiltPage } from '../paths';
import { createProgressLine } from '../progress';


/** Runs the export command; returns the exit code. */
export async function runExportCommand(args: string[], io: CliIo, signal: AbortSignal): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      output: { type: 'string', short: 'o' },
      layout: { type: 'string', default: 'slides' },
      fragments: { type: 'string', default: 'final' },
      paper: { type: 'string', default: 'auto' },
      orientation: { type: 'string', default: 'auto' },
      'slide-theme': { type: 'string', default: 'auto' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.out(exportHelp);
    return 0;
  }
  const file = oneDeckFile('export', positionals, '<file.md> -o <out.pdf>');
  if (!values.output) throw new UsageError('export needs an output file: -o <out.pdf>');
  const options = parseOptions(values);
  const distDir = requireBuiltPage('print.html');
  const executablePath = findChromium();
  // Chromium takes longest to start: it starts while the deck is read, and is closed on every way out.
  const printer = startChromiumPrinter({ executablePath, distDir, assetDir: dirname(file) });
  const progress = createProgressLine();
  try {
    const deck = await readDeckPayload(file, '/deck/');
    const result = await runExport(
      { deck, sourcePath: file, outputPath: values.output, options },
      printer,
      { onProgress: progress.update, signal },
    );
    progress.clear();
    io.out(`Wrote ${result.path} (${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KB)\n`);
    return 0;
  } catch (error) {
    progress.clear();
    throw error;
  } finally {
    await printer.close();
  }
}

/** Each option's flag, as typed. */
const FLAGS: Record<keyof ExportOptions, string> = { layout: 'layout', fragments: 'fragments', paper: 'paper', orientation: 'orientation', slideTheme: 'slide-theme' };

function parseOptions(values: { layout?: string; fragments?: string; paper?: string; orientation?: string; 'slide-theme'?: string }): ExportOptions {
  const parsed = exportOptions.safeParse({
    layout: values.layout,
    fragments: values.fragments,
    paper: values.paper,
    orientation: values.orientation,
    slideTheme: values['slide-theme'],
  });
  if (parsed.success) return parsed.data;
  const key = String(parsed.error.issues[0]?.path[0] ?? 'layout');
  const flag = FLAGS[key as keyof ExportOptions] ?? key;
  throw new UsageError(`--${flag} ${String(values[flag as keyof typeof values])} is not one of the choices; see \`mimbar export --help\``);
}
