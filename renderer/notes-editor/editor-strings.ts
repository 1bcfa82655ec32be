/** Every word of the notes editor page itself, in Indonesian and English (the notes status and banner have their own). */
import type { UiLanguage } from '../../app/contract/ui-language';

/** The page's strings in one language. */
export interface EditorStrings {
  title: string;
  slideCount: (slides: number) => string;
  filterPlaceholder: string;
  nothingFound: string;
  noNotes: string;
  goToSlide: string;
  preview: string;
  unsavedPreview: string;
  onScreen: string;
  help: string;
}

const INDONESIAN: EditorStrings = {
  title: 'Catatan pembicara',
  slideCount: (slides) => `${slides} slide`,
  filterPlaceholder: 'Saring slide (nomor, judul, catatan)…',
  nothingFound: 'Tidak ada slide yang cocok.',
  noNotes: 'Tidak ada catatan',
  goToSlide: 'Tampilkan slide ini',
  preview: 'Pratinjau',
  unsavedPreview: 'Belum disimpan: ditampilkan sebagai teks biasa sampai tersimpan.',
  onScreen: 'Sedang ditampilkan',
  help: 'Ctrl+S simpan · Alt+↑/↓ slide sebelumnya/berikutnya · Ctrl+F saring',
};

const ENGLISH: EditorStrings = {
  title: 'Speaker notes',
  slideCount: (slides) => `${slides} ${slides === 1 ? 'slide' : 'slides'}`,
  filterPlaceholder: 'Filter slides (number, title, notes)…',
  nothingFound: 'No slide matches.',
  noNotes: 'No notes',
  goToSlide: 'Go to slide',
  preview: 'Preview',
  unsavedPreview: 'Not saved yet: shown as plain text until it is saved.',
  onScreen: 'On screen',
  help: 'Ctrl+S save · Alt+↑/↓ previous/next slide · Ctrl+F filter',
};

const STRINGS: Record<UiLanguage, EditorStrings> = { id: INDONESIAN, en: ENGLISH };

/** The page's strings in `lang` (`chooseUiLanguage`). */
export function editorStringsFor(lang: UiLanguage): EditorStrings {
  return STRINGS[lang];
}
