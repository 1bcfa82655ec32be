/** Main's handler that opens slide links in the system browser. */
import { shell } from 'electron';
import { externalHttpUrl } from './app-urls';
import type { MainHandlersOf } from './ipc';

/** `link:open`: http(s) only (validated by the contract, checked again here), never inside the app. */
export function linkHandlers(): MainHandlersOf<'link:open'> {
  return {
    async 'link:open'({ url }) {
      const external = externalHttpUrl(url);
      if (!external) return { ok: false, message: 'Only http and https links open.' };
      await shell.openExternal(external);
      return { ok: true };
    },
  };
}
