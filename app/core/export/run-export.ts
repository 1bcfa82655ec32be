/**
 * Export orchestration, the same for Electron and the CLI: check the output path, plan, print with
 * the given printer, finish the PDF's metadata and write it atomically (complete or absent: app/core/files/atomic-write.ts), so a failed or canceled export never leaves a partial file.
 */
import { writeFileAtomic } from '../files/atomic-write';
import type { DeckPayload } from '../../contract/channels';
import type { ExportOptions, ExportProgress } from '../../contract/export';
import { ExportError } from './export-error';
import { checkOutputPath } from './output-path';
import { finishPdf } from './pdf-metadata';
import { planExport } from './plan-export';
import type { Printer } from './printer';

export { ExportError } from './export-error';

export interface ExportRequest {
  deck: DeckPayload;
  /** The deck's Markdown file, which an export may never overwrite (null for an in-memory deck). */
  sourcePath: string | null;
  outputPath: string;
  options: ExportOptions;
}

export interface ExportHooks {
  onProgress(progress: ExportProgress): void;
  signal: AbortSignal;
}

export interface ExportResult {
  path: string;
  pages: number;
  bytes: number;
}

/** Exports `request.deck` to a PDF at `request.outputPath` with `printer`. */
export async function runExport(request: ExportRequest, printer: Printer, hooks: ExportHooks): Promise<ExportResult> {
  const path = await checkOutputPath(request.outputPath, request.sourcePath);
  const { deck } = request.deck;
  if (deck.slides.length === 0) throw new ExportError('The deck has no slides to export.');
  const plan = planExport(deck, request.options);
  hooks.signal.throwIfAborted();
  hooks.onProgress({ phase: 'layout', done: 0, total: plan.pages.length });
  const printed = await printer.print(
    { plan, deck: request.deck },
    {
      signal: hooks.signal,
      onProgress: ({ done, total }) => hooks.onProgress({ phase: 'layout', done, total }),
      onPrinting: () => hooks.onProgress({ phase: 'print', done: 0, total: 1 }),
    },
  );
  const finished = finishPdf(printed, { title: plan.title, author: plan.author });
  hooks.signal.throwIfAborted();
  hooks.onProgress({ phase: 'write', done: 0, total: 1 });
  try {
    await writeFileAtomic(path, finished.bytes);
  } catch (error) {
    // The atomic writer removes its temporary file on failure: nothing is left behind.
    throw new ExportError(`Cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  hooks.onProgress({ phase: 'write', done: 1, total: 1 });
  return { path, pages: finished.pages, bytes: finished.bytes.byteLength };
}
