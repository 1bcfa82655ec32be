/**
 * Which language a window speaks, and how `<html lang>` says it. The rule for a tag is the contract's
 * `uiLanguage`; this adds where the tag comes from in a window that follows the View → Language menu.
 */
import { uiLanguage } from '../../app/contract/ui-language';
import type { UiLanguage } from '../../app/contract/ui-language';

/**
 * The UI language of a window that follows the menu (the presenter console, the notes editor): the
 * menu's choice (`ui:language`) when there is one, else the deck's `lang`, else the browser's.
 */
export function chooseUiLanguage(menu: UiLanguage | null, deckLang: string | null, browserLang: string): UiLanguage {
  return menu ?? uiLanguage(deckLang || browserLang);
}

/** `lang` when it looks like a BCP 47 tag, else `en`: the value goes on `<html lang>`. */
export function safeLang(lang: string): string {
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(lang) ? lang : 'en';
}
