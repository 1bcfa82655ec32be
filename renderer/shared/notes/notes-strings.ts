/** Every word the notes editing parts show (status, banner, reasons), in Indonesian and English. */
import type { UiLanguage } from '../../../app/contract/ui-language';

/** The notes editing strings in one language. */
export interface NotesStrings {
  lang: UiLanguage;
  saved: string;
  unsaved: string;
  saving: string;
  /** Shown for a failed save when the host gave no message. */
  saveFailed: string;
  readOnly: string;
  unsavedDot: string;
  readOnlyDeck: string;
  readOnlyTitleSlide: string;
  readOnlyPlaceholder: string;
  placeholder: string;
  editHint: string;
  conflict: (title: string) => string;
  mine: string;
  theirs: string;
  keepMine: string;
  keepTheirs: string;
  removed: (title: string) => string;
  discard: string;
  recovered: (time: string, slides: number) => string;
  restore: string;
  saveAs: string;
  close: string;
  /** A date and time as the language writes it. */
  formatTime: (epochMs: number) => string;
}

const INDONESIAN: NotesStrings = {
  lang: 'id',
  saved: 'Tersimpan',
  unsaved: 'Belum disimpan',
  saving: 'Menyimpan…',
  saveFailed: 'Catatan tidak dapat disimpan.',
  readOnly: 'Hanya baca',
  unsavedDot: 'Ada catatan yang belum disimpan',
  readOnlyDeck: 'Catatan presentasi ini tidak dapat diubah di sini.',
  readOnlyTitleSlide: 'Hanya baca: slide judul ini dibuat dari front matter.',
  readOnlyPlaceholder: 'Hanya baca: slide ini tidak dapat ditampilkan.',
  placeholder: 'Tulis catatan untuk slide ini…',
  editHint: 'Klik atau tekan E untuk mengubah catatan',
  conflict: (title) => `Catatan “${title}” diubah di berkas dan di sini. Pilih yang dipakai:`,
  mine: 'Punya saya',
  theirs: 'Di berkas',
  keepMine: 'Pakai punya saya',
  keepTheirs: 'Pakai yang di berkas',
  removed: (title) => `Slide “${title}” sudah dihapus dari berkas. Catatan Anda belum disimpan; salin bila masih perlu:`,
  discard: 'Buang',
  recovered: (time, slides) => `Catatan belum tersimpan dari ${time} untuk ${slides} slide:`,
  restore: 'Pulihkan',
  saveAs: 'Simpan catatan sebagai…',
  close: 'Tutup',
  formatTime: (epochMs) => new Date(epochMs).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' }),
};

const ENGLISH: NotesStrings = {
  lang: 'en',
  saved: 'Saved',
  unsaved: 'Unsaved',
  saving: 'Saving…',
  saveFailed: 'The notes could not be saved.',
  readOnly: 'Read-only',
  unsavedDot: 'Some notes are not saved yet',
  readOnlyDeck: 'The notes of this deck cannot be edited here.',
  readOnlyTitleSlide: 'Read-only: this title slide is made from front matter.',
  readOnlyPlaceholder: 'Read-only: this slide could not be shown.',
  placeholder: 'Write notes for this slide…',
  editHint: 'Click or press E to edit the notes',
  conflict: (title) => `The notes of “${title}” changed in the file and here. Choose which to keep:`,
  mine: 'Mine',
  theirs: 'In the file',
  keepMine: 'Keep mine',
  keepTheirs: 'Keep theirs',
  removed: (title) => `The slide “${title}” was removed from the file. Your notes were not saved; copy them if you still need them:`,
  discard: 'Discard',
  recovered: (time, slides) => `Unsaved notes from ${time} for ${slides} ${slides === 1 ? 'slide' : 'slides'}:`,
  restore: 'Restore',
  saveAs: 'Save notes as…',
  close: 'Close',
  formatTime: (epochMs) => new Date(epochMs).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
};

const STRINGS: Record<UiLanguage, NotesStrings> = { id: INDONESIAN, en: ENGLISH };

/** Notes strings in `lang` (the console's and the editor's `chooseUiLanguage`). */
export function notesStringsFor(lang: UiLanguage): NotesStrings {
  return STRINGS[lang];
}
