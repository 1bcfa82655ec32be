import { beforeEach, describe, expect, it } from 'vitest';
import { electronMock, shell, type FakeBrowserWindow } from '../../tests/mocks/electron';
import { registerForTest } from '../../tests/support/main-handlers';
import { linkHandlers } from './link-handlers';
import { createDeckWindow } from './windows';

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
});
