/** Checks a deck file on disk: the entry point of `mimbar check` and of File → Check Deck… in the app. */
import { createImportReader } from '../files/deck-imports';
import { basename, dirname } from 'node:path';
import { buildDeck } from '../deck/build-deck';
import { prepareDeckRendering } from '../deck/diagrams/diagram-library';
import { withSourceWarnings } from '../files/load-deck';
import { readDeckText } from '../files/read-source';
import { checkDeck } from './check-deck';
import type { CheckReport } from './check-report';
import { createFolderProbe } from './folder-probe';
import { formatCheckReport } from './format-report';

/** A checked deck: the report, and the same report as text for a dialog or a terminal. */
export interface DeckCheck {
  report: CheckReport;
  text: string;
}

/**
 * Loads the deck at `path` as `loadDeck` does (one read, so source lines match the deck) and checks it
 * against its own folder; input problems (missing, folder, binary, too large) throw `DeckInputError`.
 */
export async function checkDeckFile(path: string): Promise<DeckCheck> {
  const source = await readDeckText(path);
  await prepareDeckRendering(source.text);
  const deck = withSourceWarnings(buildDeck(source.text, { hasBom: source.hasBom, readImport: createImportReader(path) }), source, basename(path));
  const report = await checkDeck(deck, { probe: createFolderProbe(dirname(path)), source: source.text });
  return { report, text: formatCheckReport(report) };
}
