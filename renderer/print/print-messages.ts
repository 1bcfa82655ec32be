/** The few words the print view prints itself, in Indonesian and English (the plan's `lang` chooses, through `uiLanguage`). */
import type { UiLanguage } from '../../app/contract/ui-language';

export interface PrintMessages {
  /** Label of a page that continues the notes of the page before it. */
  continued: string;
  /** Printed when a slide has no notes. */
  noNotes: string;
  /** "page 2" in a handout footer. */
  page: (n: number) => string;
  /** Stands in for an image that failed to load. */
  imageMissing: string;
}

const INDONESIAN: PrintMessages = {
  continued: '(lanjutan)',
  noNotes: 'Tidak ada catatan.',
  page: (n) => `halaman ${n}`,
  imageMissing: 'Gambar tidak dapat dimuat',
};

const ENGLISH: PrintMessages = {
  continued: '(continued)',
  noNotes: 'No notes.',
  page: (n) => `page ${n}`,
  imageMissing: 'Image could not be loaded',
};

const MESSAGES: Record<UiLanguage, PrintMessages> = { id: INDONESIAN, en: ENGLISH };

/** The print view's messages in `lang`. */
export function printMessagesFor(lang: UiLanguage): PrintMessages {
  return MESSAGES[lang];
}
