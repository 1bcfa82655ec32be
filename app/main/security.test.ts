import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, FakeWebContents, session, shell } from '../../tests/mocks/electron';
import { applySessionSecurity, hardenWebContents, isPermissionAllowed } from './security';

beforeEach(() => electronMock.reset());

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

describe('session security', () => {
  it('allows only the fullscreen permission, on request and on check', () => {
    applySessionSecurity();
    const ses = session.defaultSession;
    for (const permission of ['fullscreen', 'media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      ses.permissionRequestHandler?.(null, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(permission === 'fullscreen');
      expect(ses.permissionCheckHandler?.(null, permission, 'mimbar://app', {}), permission).toBe(permission === 'fullscreen');
    }
    expect(isPermissionAllowed('fullscreen')).toBe(true);
  });

  it('cancels every download a page starts', () => {
    applySessionSecurity();
    const event = { preventDefault: vi.fn() };
    session.defaultSession.emit('will-download', event, { getURL: () => 'blob:mimbar://app/x' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('cancels every web request that is not on the mimbar scheme', () => {
    applySessionSecurity();
    const decide = (url: string) => {
      const callback = vi.fn();
      session.defaultSession.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0] as { cancel: boolean };
    };
    expect(decide('https://example.com/tracker.js')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:3000/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('mimbar://app/audience.js')).toEqual({ cancel: false });
    expect(decide('mimbar://deck/img.png')).toEqual({ cancel: false });
  });

  it('uses the session it is given', () => {
    const other = new (session.defaultSession.constructor as new () => typeof session.defaultSession)();
    applySessionSecurity(other as unknown as Session);
    expect(other.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionRequestHandler).not.toHaveBeenCalled();
  });
});

describe('web contents hardening', () => {
  it('denies window.open and sends http(s) URLs to the system browser', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/page' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/page');
  });

  it('denies window.open of other schemes without opening anything', () => {
    const contents = hardened();
    for (const url of ['file:///etc/passwd', 'mimbar://app/audience.html', 'javascript:alert(1)', 'smb://host/share']) {
      expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents navigation away from the app page and allows the app page itself', () => {
    const contents = hardened();
    const away = navigationEvent('https://example.com/');
    contents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    const file = navigationEvent('file:///home/user/deck.md');
    contents.emit('will-navigate', file);
    expect(file.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    const home = navigationEvent('mimbar://app/audience.html');
    contents.emit('will-navigate', home);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('prevents redirects off the app and refuses webviews', () => {
    const contents = hardened();
    const redirect = navigationEvent('https://example.com/');
    contents.emit('will-redirect', redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
});
