/** The words the app itself adds inside a slide, in Indonesian and English. */
import { uiLanguage } from '../../../app/contract/ui-language';
import type { UiLanguage } from '../../../app/contract/ui-language';

/** The in-slide strings in one language. */
export interface SlideStrings {
  /** The stand-in sentence of a slide too complex to show (`Slide.isPlaceholder`). */
  tooComplex: string;
}

const STRINGS: Record<UiLanguage, SlideStrings> = {
  id: { tooComplex: 'Slide ini terlalu rumit untuk ditampilkan. Slide lain tetap bisa dipresentasikan.' },
  en: { tooComplex: 'This slide is too complex to show. The rest of the deck still works.' },
};

/** The in-slide strings for a deck: slide text follows the deck's `lang`, as the audience sees it. */
export function slideStrings(deckLang: string): SlideStrings {
  return STRINGS[uiLanguage(deckLang)];
}
