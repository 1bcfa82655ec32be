/**
 * Feeds File → Open Recent: every deck the session opens (not the bundled one) goes first in the list
 * and into the system's recent documents; the menu is rebuilt with the list, pruned of decks that are gone.
 */
import { app } from 'electron';
import type { RecentFiles } from '../core/files/recent-files';
import type { HostSession } from '../core/session/host-session';

/** Records opened decks in `recent` and calls `onList` with the list whenever it may have changed; returns the way to stop. */
export function followRecentDecks(host: HostSession, bundledPath: string, recent: RecentFiles, onList: (paths: string[]) => void): () => void {
  let recorded: string | null = null;
  const report = (list: Promise<string[]>): void => {
    list.then(onList, (error: unknown) => console.warn('mimbar: the recent decks list cannot be written', error));
  };
  report(recent.list());
  // Published decks include every notes save: only a newly opened file is recorded.
  return host.onPublished(() => {
    const path = host.decks.path;
    if (path === null || path === recorded || path === bundledPath) return;
    recorded = path;
    app.addRecentDocument(path);
    report(recent.add(path));
  });
}
