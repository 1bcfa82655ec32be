/** Main's own deck channel: a file dropped on a window, checked here before the host core opens it. */
import type { HostSession } from '../core/session/host-session';
import { checkDroppedPath } from './deck-path';
import type { MainHandlersOf } from './ipc';

/** The `deck:open-path` handler over `host`. */
export function deckHandlers(host: HostSession): MainHandlersOf<'deck:open-path'> {
  return {
    async 'deck:open-path'({ path }) {
      const problem = await checkDroppedPath(path);
      if (problem) {
        host.reportError(problem);
        return { ok: false, message: problem };
      }
      return host.open(path);
    },
  };
}
