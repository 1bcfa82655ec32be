/** Checks where an export may be written, before any work is done. */
import { access, realpath, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
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
  const folder = dirname(output);
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ExportError(code === 'ENOENT' ? `The folder ${folder} does not exist.` : `Cannot write to the folder ${folder} (${code ?? 'error'}).`);
  }
  return output;
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  const [realA, realB] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => b)]);
  return realA === realB;
}
