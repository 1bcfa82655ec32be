import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS, type PrintJob } from '../../contract/export';
import { buildDeck } from '../deck/build-deck';
import type { Printer } from './printer';
import { runExport } from './run-export';

const deck = buildDeck('---\ntitle: Uji Ekspor\nauthor: Pak Budi\nlang: id\n---\n# Uji Ekspor\n\n## Dua\n\nTeks.\n');
const payload = { deck, assetBase: '/deck/', fileName: 'uji.md', notice: null, assetVersion: 0 };

/** A printer that makes a blank PDF with one page per planned page, optionally waiting to be aborted. */
function fakePrinter(options: { hang?: boolean } = {}): Printer & { jobs: PrintJob[] } {
  const jobs: PrintJob[] = [];
  return {
    jobs,
    async print(job, hooks) {
      jobs.push(job);
      hooks.onProgress({ done: job.plan.pages.length, total: job.plan.pages.length });
      if (options.hang) {
        hooks.signal.throwIfAborted();
        await new Promise((_, reject) => hooks.signal.addEventListener('abort', () => reject(hooks.signal.reason), { once: true }));
      }
      hooks.onPrinting();
      const pdf = await PDFDocument.create();
      for (const _page of job.plan.pages) pdf.addPage([960, 540]);
      return pdf.save({ useObjectStreams: false });
    },
  };
}

const folder = (): string => mkdtempSync(join(tmpdir(), 'mimbar-export-'));
const noSignal = () => new AbortController().signal;

describe('runExport', () => {
  it('plans, prints, sets title and author (as an incremental update other readers accept), and writes the PDF', async () => {
    const dir = folder();
    const phases: string[] = [];
    const printer = fakePrinter();
    const result = await runExport(
      { deck: payload, sourcePath: join(dir, 'uji.md'), outputPath: join(dir, 'uji.pdf'), options: DEFAULT_EXPORT_OPTIONS },
      printer,
      { onProgress: (progress) => phases.push(progress.phase), signal: noSignal() },
    );
    expect(result).toMatchObject({ path: join(dir, 'uji.pdf'), pages: 2 });
    const pdf = await PDFDocument.load(new Uint8Array(await import('node:fs/promises').then((fs) => fs.readFile(result.path))));
    expect([pdf.getTitle(), pdf.getAuthor(), pdf.getCreator()]).toEqual(['Uji Ekspor', 'Pak Budi', 'Mimbar']);
    expect([...new Set(phases)]).toEqual(['layout', 'print', 'write']);
    expect(readdirSync(dir)).toEqual(['uji.pdf']);
  });

  it('refuses to write onto the deck, a Markdown name, a folder or a missing folder, before printing', async () => {
    const dir = folder();
    const source = join(dir, 'uji.md');
    writeFileSync(source, '# Uji');
    const printer = fakePrinter();
    const attempt = (outputPath: string) =>
      runExport({ deck: payload, sourcePath: source, outputPath, options: DEFAULT_EXPORT_OPTIONS }, printer, { onProgress: () => undefined, signal: noSignal() });
    await expect(attempt(source)).rejects.toThrow('Markdown file name');
    await expect(attempt(dir)).rejects.toThrow('is a folder');
    await expect(attempt(join(dir, 'missing', 'x.pdf'))).rejects.toThrow('does not exist');
    // Root may "write" to any folder by permission, but not into /proc: the probe file finds out.
    await expect(attempt('/proc/mimbar-test.pdf')).rejects.toThrow(/Cannot write \/proc\/mimbar-test.pdf/);
    expect(printer.jobs).toEqual([]);
    expect(readdirSync(dir)).toEqual(['uji.md']);
  });

  it('stops on cancel and leaves no file behind', async () => {
    const dir = folder();
    const controller = new AbortController();
    const running = runExport(
      { deck: payload, sourcePath: null, outputPath: join(dir, 'batal.pdf'), options: DEFAULT_EXPORT_OPTIONS },
      fakePrinter({ hang: true }),
      { onProgress: (progress) => progress.phase === 'layout' && progress.done > 0 && controller.abort(new Error('canceled')), signal: controller.signal },
    );
    await expect(running).rejects.toThrow('canceled');
    expect(existsSync(join(dir, 'batal.pdf'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
