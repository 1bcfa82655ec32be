/**
 * The journal of unsaved notes edits: one JSON file per deck in the app's data folder, written before
 * every save attempt so edits survive a crash, and offered again when the deck is opened.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { NotesEdit } from '../../contract/notes';
import { writeBytesAtomic } from './deck-file';

const journalSchema = z.object({
  version: z.literal(1),
  deckPath: z.string(),
  savedAt: z.number(),
  edits: z.array(z.object({ slideId: z.string(), text: z.string(), base: z.string() })),
});

/** What a journal file holds. */
export type Journal = z.infer<typeof journalSchema>;

/** The journal file of the deck at `deckPath`: named by a hash of its absolute path. */
export function journalPath(journalDir: string, deckPath: string): string {
  return join(journalDir, `${createHash('sha256').update(resolve(deckPath)).digest('hex').slice(0, 32)}.json`);
}

/** Writes the journal of `deckPath` atomically (mode 0600: notes can be private), creating `journalDir`. */
export async function writeJournal(journalDir: string, deckPath: string, edits: NotesEdit[], savedAt: number): Promise<void> {
  const journal: Journal = { version: 1, deckPath: resolve(deckPath), savedAt, edits: edits.map(({ slideId, text, base }) => ({ slideId, text, base })) };
  await mkdir(journalDir, { recursive: true });
  await writeBytesAtomic(journalPath(journalDir, deckPath), Buffer.from(`${JSON.stringify(journal)}\n`, 'utf8'), 0o600);
}

/** The journal of `deckPath`, or null when there is none or it is unreadable (which is logged, and left in place). */
export async function readJournal(journalDir: string, deckPath: string): Promise<Journal | null> {
  const path = journalPath(journalDir, deckPath);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`Mimbar: the notes journal ${path} cannot be read; ignoring it.`);
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    console.warn(`Mimbar: the notes journal ${path} is not valid JSON; ignoring it.`);
    return null;
  }
  const journal = journalSchema.safeParse(parsed);
  if (!journal.success || journal.data.deckPath !== resolve(deckPath)) {
    console.warn(`Mimbar: the notes journal ${path} is not a journal of ${resolve(deckPath)}; ignoring it.`);
    return null;
  }
  return journal.data;
}

/** Removes the journal of `deckPath`, if any. */
export async function deleteJournal(journalDir: string, deckPath: string): Promise<void> {
  await rm(journalPath(journalDir, deckPath), { force: true });
}
