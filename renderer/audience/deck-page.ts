/** The page around the slides for a deck: its language on `<html lang>`, its title, and its theme. */
import type { DeckMeta } from '../../app/contract/deck';
import { safeLang } from '../../renderer/shared/language';
import { applyTheme, knownTheme } from '../../renderer/shared/theme';

/** Sets the page's language and title from `meta` and resolves once its theme has loaded. */
export function showDeckPage(meta: DeckMeta): Promise<void> {
  document.documentElement.lang = safeLang(meta.lang);
  document.title = meta.title || 'Mimbar';
  return applyTheme(knownTheme(meta.theme));
}
