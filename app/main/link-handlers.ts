/** The IPC handler that opens slide links in the system browser. */
import { shell } from 'electron';
import { handle } from './ipc';
import { externalHttpUrl } from './app-urls';

/** Registers `link:open`: http(s) only (validated by the contract, checked again here), never inside the app. */
export function registerLinkHandlers(): void {
  handle('link:open', async ({ url }) => {
    const external = externalHttpUrl(url);
    if (!external) return { ok: false, message: 'Only http and https links open.' };
    await shell.openExternal(external);
    return { ok: true };
  });
}
