/** Checks where an export may be written, before any work is done. */
import { randomBytes } from 'node:crypto';
import { open, realpath, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ExportError } from './export-error';

/**
 * Refuses an output that is the deck itself, a Markdown file, a folder, or in a folder that cannot be
 * written; returns the absolute output path.
 */
export async function checkOutputPath(outputPath: string, sourcePath: string | null): Promise<string> {
  const output = resolve(outputPath);
  if (/^\.(md|markdown)$/i.test(extname(output))) {
    throw new ExportError(`Refusing to write a PDF to ${basename(output)}: that is a Markdown file name.`);
  }
  if (sourcePath !== null && (await sameFile(output, resolve(sourcePath)))) {
    throw new ExportError(`Refusing to export onto the deck itself (${basename(output)}).`);
  }
  const existing = await stat(output).catch(() => null);
  if (existing?.isDirectory()) throw new ExportError(`${output} is a folder; name the PDF file to write.`);
  await probeFolder(dirname(output), output);
  return output;
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  const [realA, realB] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => b)]);
  return realA === realB;
}

/** Creates and removes a file in `folder`: the one honest test of writing there (permissions lie for root). */
async function probeFolder(folder: string, output: string): Promise<void> {
  const info = await stat(folder).catch(() => null);
  if (info === null) throw new ExportError(`The folder ${folder} does not exist.`);
  if (!info.isDirectory()) throw new ExportError(`${folder} is not a folder.`);
  const probe = join(folder, `.mimbar-write-test-${randomBytes(6).toString('hex')}`);
  try {
    await (await open(probe, 'wx')).close();
  } catch (error) {
    throw new ExportError(`Cannot write ${output} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  } finally {
    await rm(probe, { force: true });
  }
}
