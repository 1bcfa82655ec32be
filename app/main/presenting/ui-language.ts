/**
 * The UI language chosen in View → Language: sent to every deck window as `ui:language` when it
 * changes, and again to each window whenever its page finishes loading, so new windows and reloads keep
 * it. Kept in memory for the session (not written to disk).
 */
import type { BrowserWindow } from 'electron';
import type { EventMap } from '../../contract/channels';
import { sendEvent } from '../ipc';
import { listDeckWindows } from '../windows';

/** A language of the UI, or null to follow the deck's `lang`, else the system locale. */
export type UiLanguage = EventMap['ui:language']['lang'];

/** The languages the Language menu offers, in menu order. */
export const UI_LANGUAGES: readonly { lang: UiLanguage; label: string }[] = [
  { lang: null, label: 'Automatic' },
  { lang: 'id', label: 'Bahasa Indonesia' },
  { lang: 'en', label: 'English' },
];

/** The chosen language and the ways to change it and to hand it to a new window. */
export interface UiLanguageSetting {
  current(): UiLanguage;
  /** Remembers `lang` and sends it to every deck window. */
  set(lang: UiLanguage): void;
  /** Sends the chosen language to `window` each time its page finishes loading (nothing while Automatic). */
  attach(window: BrowserWindow): void;
}

/** Creates the setting, starting at Automatic. */
export function createUiLanguageSetting(): UiLanguageSetting {
  let lang: UiLanguage = null;
  return {
    current: () => lang,
    set(next) {
      lang = next;
      for (const window of listDeckWindows()) sendEvent(window, 'ui:language', { lang });
    },
    attach(window) {
      window.webContents.on('did-finish-load', () => {
        if (lang !== null) sendEvent(window, 'ui:language', { lang });
      });
    },
  };
}
