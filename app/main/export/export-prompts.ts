/** The native prompts of an export: where to save the PDF, and whether to open it afterwards. */
import { basename } from 'node:path';
import { dialog, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { withPdfExtension } from './pdf-path';

/** Asks where to save the PDF (attached to `parent`); resolves to a path ending in .pdf, or null when canceled. */
export async function askPdfPath(parent: BrowserWindow, defaultPath: string): Promise<string | null> {
  const choice = await dialog.showSaveDialog(parent, {
    title: 'Export PDF',
    buttonLabel: 'Export',
    defaultPath,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return null;
  return withPdfExtension(choice.filePath);
}

/** Tells the user the PDF is saved and opens it in the default viewer when they choose "Open PDF". */
export async function offerToOpen(parent: BrowserWindow, path: string): Promise<void> {
  const { response } = await dialog.showMessageBox(parent, {
    type: 'info',
    message: `Exported ${basename(path)}`,
    detail: path,
    buttons: ['Open PDF', 'Close'],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return;
  const problem = await shell.openPath(path);
  if (problem) console.error(`mimbar: could not open ${path}: ${problem}`);
}
