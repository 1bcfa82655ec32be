/** The few words the audience page shows itself, in Indonesian and English (the deck's `lang` chooses, through `uiLanguage`). */
import type { UiLanguage } from '../../app/contract/ui-language';

export interface Messages {
  emptyTitle: string;
  emptyHint: string;
  dismiss: string;
  tooFull: (count: number) => string;
  overview: string;
  overviewHint: string;
}

const INDONESIAN: Messages = {
  emptyTitle: 'Belum ada slide',
  emptyHint: 'Tambahkan judul (# atau ##) ke berkas Markdown, atau seret berkas .md ke jendela ini.',
  dismiss: 'Tutup',
  tooFull: (count) => `${count} slide terlalu penuh`,
  overview: 'Semua slide',
  overviewHint: '← → ↑ ↓ pilih · Enter atau klik: ke slide itu · Esc: tutup',
};

const ENGLISH: Messages = {
  emptyTitle: 'No slides yet',
  emptyHint: 'Add a heading (# or ##) to the Markdown file, or drop a .md file onto this window.',
  dismiss: 'Close',
  tooFull: (count) => (count === 1 ? '1 slide is too full' : `${count} slides are too full`),
  overview: 'All slides',
  overviewHint: '← → ↑ ↓ choose · Enter or click: go to that slide · Esc: close',
};

const MESSAGES: Record<UiLanguage, Messages> = { id: INDONESIAN, en: ENGLISH };

/** The audience page's messages in `lang`. */
export function messagesFor(lang: UiLanguage): Messages {
  return MESSAGES[lang];
}
