/**
 * Static checks on the app's own sources and on the built Electron bundles: the files a checklist rule
 * is grepped in, read once. Tests and fixtures are left out (they name forbidden options on purpose).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WINDOW_KINDS } from '../../app/contract/windows';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A file and its text; `path` is relative to the repository. */
export interface SourceFile {
  path: string;
  text: string;
}

async function filesUnder(dir: string, keep: (path: string) => boolean): Promise<SourceFile[]> {
  const entries = await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true });
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
  return Promise.all(paths.filter(keep).sort().map(async (path) => ({ path, text: await readFile(join(ROOT, path), 'utf8') })));
}

const isProductionTs = (path: string): boolean => path.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(path);

/** Every TypeScript file of the app and the renderer, tests and fixtures left out. */
export async function productionSources(): Promise<SourceFile[]> {
  return [...(await filesUnder('app', isProductionTs)), ...(await filesUnder('renderer', isProductionTs))];
}

/** The page of each renderer view (`renderer/<view>/index.html`). */
export function rendererPages(): Promise<SourceFile[]> {
  return filesUnder('renderer', (path) => path.endsWith('/index.html'));
}

/** The built pages (`dist/renderer/*.html`). */
export function builtPages(): Promise<SourceFile[]> {
  return filesUnder('dist/renderer', (path) => /^dist\/renderer\/[^/]+\.html$/.test(path));
}

/** The built Electron main bundle and the preload bundle of each kind of window; throws when `npm run build` has not run. */
export async function builtBundles(): Promise<{ main: SourceFile; preloads: SourceFile[] }> {
  const read = async (path: string): Promise<SourceFile> => {
    if (!existsSync(join(ROOT, path))) throw new Error(`${path} is missing: run npm run build first`);
    return { path, text: await readFile(join(ROOT, path), 'utf8') };
  };
  return { main: await read('dist/main/main.cjs'), preloads: await Promise.all(WINDOW_KINDS.map((kind) => read(`dist/preload/${kind}.cjs`))) };
}

/** `file:line` of every match of `pattern` (made global) in `files`. */
export function findAll(files: SourceFile[], pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const hits: string[] = [];
  for (const file of files) {
    for (const match of file.text.matchAll(global)) {
      const line = file.text.slice(0, match.index).split('\n').length;
      hits.push(`${file.path}:${line}`);
    }
  }
  return hits;
}
