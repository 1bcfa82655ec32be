/**
 * The decks opened last (File → Open Recent), kept as JSON in the app's data folder: newest first, at
 * most `MAX_RECENT`, without duplicates, and pruned of files that are gone when listed. The file is data
 * from disk: anything that does not fit the schema is ignored.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { z } from 'zod';

/** How many decks the menu remembers. */
export const MAX_RECENT = 10;

const schema = z.object({ version: z.literal(1), paths: z.array(z.string().min(1).max(4096)).max(100) });

export interface RecentFiles {
  /** The remembered decks that still exist, newest first. */
  list(): Promise<string[]>;
  /** Puts `path` first; returns the new list. */
  add(path: string): Promise<string[]>;
  clear(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((info) => info.isFile(), () => false);
}

/** Keeps the list in `storePath`; `exists` decides which entries are still there (injectable for tests). */
export function createRecentFiles(storePath: string, exists: (path: string) => Promise<boolean> = isFile): RecentFiles {
  // Reads and writes run one after another, so two quick opens both end up in the list.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  async function read(): Promise<string[]> {
    try {
      const parsed = schema.safeParse(JSON.parse(await readFile(storePath, 'utf8')));
      return parsed.success ? parsed.data.paths : [];
    } catch {
      return [];
    }
  }

  async function write(paths: string[]): Promise<void> {
    await writeFileAtomic(storePath, Buffer.from(`${JSON.stringify({ version: 1, paths }, null, 2)}\n`, 'utf8'));
  }

  async function present(paths: string[]): Promise<string[]> {
    const checks = await Promise.all(paths.map((path) => exists(path)));
    return paths.filter((_, index) => checks[index]).slice(0, MAX_RECENT);
  }

  return {
    list: () =>
      serial(async () => {
        const paths = await read();
        const kept = await present(paths);
        if (kept.length !== paths.length) await write(kept).catch(() => undefined);
        return kept;
      }),
    add: (path) =>
      serial(async () => {
        const absolute = resolve(path);
        const paths = await present([absolute, ...(await read()).filter((entry) => entry !== absolute)]);
        await write(paths);
        return paths;
      }),
    clear: () => serial(() => write([])),
  };
}
