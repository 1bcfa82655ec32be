import { beforeEach, describe, expect, it } from 'vitest';
import { electronMock, shell, type FakeBrowserWindow } from '../../tests/mocks/electron';
import { registerForTest } from '../../tests/support/main-handlers';
import { linkHandlers } from './link-handlers';
import { createDeckWindow } from './windows';
import { openEveryWindowKind } from '../../tests/support/window-kinds';

let window: FakeBrowserWindow;

function openLink(payload: unknown): Promise<unknown> {
  return electronMock.invoke('link:open', electronMock.ipcEvent(window.webContents), payload);
}

describe('link:open', () => {
  beforeEach(() => {
    electronMock.reset();
    window = createDeckWindow('/preload.cjs') as unknown as FakeBrowserWindow;
    registerForTest(null, linkHandlers());
  });

  it('opens an http(s) link from a slide in the system browser', async () => {
    await expect(openLink({ url: 'https://example.org/a b' })).resolves.toEqual({ ok: true });
    expect(shell.openExternal.mock.calls).toEqual([['https://example.org/a%20b']]);
  });

  it('refuses every other scheme before anything is opened', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'ms-msdt:/id', 'mimbar://app/audience.html', 'https://']) {
      await expect(openLink({ url }), url).rejects.toThrow(/Invalid payload for link:open/);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  // The audience guards the links in its slides, the console and the notes editor every link in their
  // previews and notes (renderer/shared/link-clicks.ts): each of those windows' preloads exposes
  // openLink, and main takes link:open from each; the print window and the export dialog show no links.
  it('opens a link clicked in the audience, the console or the notes editor, and takes none from the other windows', async () => {
    const opened = openEveryWindowKind();
    try {
      const accepted: string[] = [];
      for (const { contractKind, window: sender } of opened.windows) {
        const answer = electronMock.invoke('link:open', electronMock.ipcEvent(sender.webContents), { url: `https://example.org/${contractKind}` });
        if (await answer.then(() => true, () => false)) accepted.push(contractKind);
      }
      expect(accepted.sort()).toEqual(['audience', 'notes-editor', 'presenter']);
      expect(shell.openExternal.mock.calls.map(([url]) => url).sort()).toEqual(['https://example.org/audience', 'https://example.org/notes-editor', 'https://example.org/presenter']);
    } finally {
      await opened.close();
    }
  });
});
