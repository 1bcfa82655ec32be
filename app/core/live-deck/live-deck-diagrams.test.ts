// Diagrams in a deck kept open: the diagram library is loaded before the notes store and the builder
// build a text that needs it, also when the first diagram is written after the deck was opened. Its own
// file: the library is loaded once per process, and these tests need it not loaded yet.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Deck } from '../../contract/deck';
import { openLiveDeck, type LiveDeck } from './live-deck';

let dir: string;
let live: LiveDeck | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mimbar-live-diagrams-'));
});

afterEach(async () => {
  await live?.close();
  live = null;
  await rm(dir, { recursive: true, force: true });
});

const html = (deck: Deck | undefined): string => deck?.slides.map((slide) => slide.html).join('\n') ?? '';

it('draws a diagram written into a deck opened without one, with notes editable', async () => {
  const path = join(dir, 'talk.md');
  const journalDir = join(dir, 'journal');
  await mkdir(journalDir);
  await writeFile(path, '# Talk\n\n## One\n\nText\n');
  const decks: Deck[] = [];
  live = await openLiveDeck({ path, journalDir, onDeck: (deck) => decks.push(deck), onError: () => undefined, onNotesStatus: () => undefined });
  expect(html(live.deck())).not.toContain('mimbar-diagram');

  await writeFile(path, '# Talk\n\n## One\n\n```mermaid\ngraph LR\n  Ask --> Answer\n```\n');
  await expect.poll(() => html(decks.at(-1)).includes('mimbar-diagram'), { timeout: 5000 }).toBe(true);
  expect(html(decks.at(-1))).toContain('<svg viewBox=');
  expect(html(decks.at(-1))).toContain('>Answer</text>');
  expect(live.deck().warnings.filter((warning) => warning.kind === 'diagram')).toEqual([]);
});
