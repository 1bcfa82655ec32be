/** File → Check Deck…: runs the offline pre-flight on the open deck and shows what it found in a dialog. */
import { basename } from 'node:path';
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { checkDeckFile } from '../core/check/check-deck-file';

/** Checks the deck at `path` (nothing when no deck is open) and shows the report, attached to `parent`. */
export async function showCheckReport(path: string | null, parent: BrowserWindow | null): Promise<void> {
  if (path === null) return;
  let options: MessageBoxOptions;
  try {
    const { report, text } = await checkDeckFile(path);
    options = { type: report.ok ? 'info' : 'warning', title: 'Check Deck', message: `${basename(path)}: ${report.ok ? 'ready for class' : 'fix these before class'}`, detail: text, buttons: ['OK'] };
  } catch (error) {
    options = { type: 'error', title: 'Check Deck', message: error instanceof Error ? error.message : String(error), buttons: ['OK'] };
  }
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
