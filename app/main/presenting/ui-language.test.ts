import { beforeEach, describe, expect, it } from 'vitest';
import { electronMock, type FakeBrowserWindow } from '../../../tests/mocks/electron';
import { createDeckWindow } from '../windows';
import { createUiLanguageSetting, UI_LANGUAGES } from './ui-language';

beforeEach(() => electronMock.reset());

function languageEvents(window: FakeBrowserWindow): unknown[] {
  return window.webContents.send.mock.calls.filter(([channel]) => channel === 'ui:language').map(([, payload]) => payload);
}

describe('UI language setting', () => {
  it('starts at Automatic and offers the menu languages in order', () => {
    expect(createUiLanguageSetting().current()).toBeNull();
    expect(UI_LANGUAGES.map(({ lang }) => lang)).toEqual([null, 'id', 'en']);
  });

  it('sends a chosen language to every app window', () => {
    const windows = [createDeckWindow('/p.cjs'), createDeckWindow('/p.cjs')] as unknown as FakeBrowserWindow[];
    const setting = createUiLanguageSetting();
    setting.set('id');
    expect(setting.current()).toBe('id');
    for (const window of windows) expect(languageEvents(window)).toEqual([{ lang: 'id' }]);
  });

  it('gives an attached window the chosen language each time its page loads, nothing while Automatic', () => {
    const setting = createUiLanguageSetting();
    const window = createDeckWindow('/p.cjs') as unknown as FakeBrowserWindow;
    setting.attach(window as never);
    window.webContents.emit('did-finish-load');
    expect(languageEvents(window)).toEqual([]);
    setting.set('en');
    window.webContents.send.mockClear();
    window.webContents.emit('did-finish-load');
    expect(languageEvents(window)).toEqual([{ lang: 'en' }]);
  });
});
