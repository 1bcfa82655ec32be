/**
 * The journal of unsaved notes edits: JSON files in the app's data folder, one per deck and per open
 * store (so two Mimbar processes on one deck never delete each other's), rewritten atomically a few
 * tens of milliseconds after every edit, before the edit is acknowledged, and offered again when the
 * deck is opened. Each edit records what the presenter typed and what the file held for that slide when
 * it was journaled, so a restore after Mimbar's own save is not taken for a change made outside.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { NotesEdit } from '../../contract/notes';
import { writeFileAtomic } from '../files/atomic-write';
import { isProcessRunning } from './process-running';

const editSchema = z.object({ slideId: z.string(), text: z.string(), base: z.string() });
const journalSchema = z.union([
  z.object({ version: z.literal(1), deckPath: z.string(), savedAt: z.number(), edits: z.array(editSchema) }),
  z.object({
    version: z.literal(2),
    deckPath: z.string(),
    savedAt: z.number(),
    /** The process that wrote it: a journal of another process still running is that process's own. */
    pid: z.number().int(),
    edits: z.array(editSchema.extend({ saw: z.string().nullable() })),
  }),
]);

/** A temporary journal file older than this is left over from a killed write. */
const LEFTOVER_MS = 60_000;

/** A journaled edit: the edit, and the slide's notes in the file when it was journaled (null: unknown). */
export interface JournaledEdit extends NotesEdit {
  saw: string | null;
}

/** What a journal file holds, read back (either version), with where it was found. */
export interface Journal {
  file: string;
  deckPath: string;
  savedAt: number;
  edits: JournaledEdit[];
}

/** The name every journal of `deckPath` starts with: a hash of its absolute path. */
function journalKey(deckPath: string): string {
  return createHash('sha256').update(resolve(deckPath)).digest('hex').slice(0, 32);
}

/** A new name for one store's journal: unique to this process and store. */
export function newJournalInstance(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** The journal file of one store (`instance`) of the deck at `deckPath`; without one, the name version 1 used. */
export function journalPath(journalDir: string, deckPath: string, instance?: string): string {
  return join(journalDir, instance === undefined ? `${journalKey(deckPath)}.json` : `${journalKey(deckPath)}.${instance}.json`);
}

/** Writes one store's journal atomically (mode 0600: notes can be private), creating `journalDir`. */
export async function writeJournal(journalDir: string, deckPath: string, instance: string, edits: JournaledEdit[], savedAt: number): Promise<void> {
  const journal = {
    version: 2,
    deckPath: resolve(deckPath),
    savedAt,
    pid: process.pid,
    edits: edits.map(({ slideId, text, base, saw }) => ({ slideId, text, base, saw })),
  };
  await mkdir(journalDir, { recursive: true });
  await writeFileAtomic(journalPath(journalDir, deckPath, instance), Buffer.from(`${JSON.stringify(journal)}\n`, 'utf8'), { mode: 0o600 });
}


/** Reads one journal file, or null when it is unreadable or of another deck (which is logged, and left in place). */
async function readOne(file: string, deckPath: string): Promise<(Journal & { pid: number | null }) | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`Mimbar: the notes journal ${file} cannot be read; ignoring it.`);
    return null;
  }
  const journal = journalSchema.safeParse(parsed);
  if (!journal.success || journal.data.deckPath !== resolve(deckPath)) {
    console.warn(`Mimbar: the notes journal ${file} is not a journal of ${resolve(deckPath)}; ignoring it.`);
    return null;
  }
  const { data } = journal;
  const edits = data.version === 2 ? data.edits : data.edits.map((edit) => ({ ...edit, saw: null }));
  return { file, deckPath: data.deckPath, savedAt: data.savedAt, edits, pid: data.version === 2 ? data.pid : null };
}

/**
 * The journals of `deckPath` left by stores that are gone: this process's (an earlier store) and those of
 * processes no longer running. The journal of another Mimbar still running belongs to it and is skipped.
 */
export async function readJournals(journalDir: string, deckPath: string): Promise<Journal[]> {
  const key = journalKey(deckPath);
  let names: string[];
  try {
    names = await readdir(journalDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`Mimbar: the notes journals in ${journalDir} cannot be read; ignoring them.`);
    return [];
  }
  // A journal write killed half-way leaves its temporary file: one a minute old is no write in progress.
  for (const name of names.filter((candidate) => candidate.startsWith(`.${key}.`) && candidate.endsWith('.tmp'))) {
    const file = join(journalDir, name);
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > LEFTOVER_MS) await rm(file, { force: true }).catch(() => undefined);
  }
  const journals: Journal[] = [];
  for (const name of names.filter((candidate) => candidate.startsWith(`${key}.`) && candidate.endsWith('.json')).sort()) {
    const journal = await readOne(join(journalDir, name), deckPath);
    if (!journal) continue;
    const { pid, ...rest } = journal;
    if (pid !== null && pid !== process.pid && isProcessRunning(pid)) continue;
    journals.push(rest);
  }
  return journals;
}

/** Removes journal files (those of this store, or recovered ones once answered). */
export async function deleteJournalFiles(files: readonly string[]): Promise<void> {
  await Promise.all(files.map((file) => rm(file, { force: true })));
}
