/** Every word the presenter console shows, in Indonesian and English (`chooseUiLanguage` picks one). */
import type { UiLanguage } from '../../app/contract/ui-language';

/** The console's UI strings in one language. */
export interface ConsoleStrings {
  lang: UiLanguage;
  current: string;
  next: string;
  nextFragment: string;
  endOfDeck: string;
  notes: string;
  noNotes: string;
  timer: string;
  start: string;
  pause: string;
  reset: string;
  clock: string;
  smaller: string;
  larger: string;
  onTime: string;
  ahead: (minutes: number) => string;
  behind: (minutes: number) => string;
  blackScreen: string;
  whiteScreen: string;
  searchPlaceholder: string;
  noResults: string;
  overview: string;
  overviewHint: string;
  jumpTo: (digits: string) => string;
  /** The cues over notes taller than their pane. */
  notesMore: string;
  notesBack: string;
}

const INDONESIAN: ConsoleStrings = {
  lang: 'id',
  current: 'Slide sekarang',
  next: 'Berikutnya',
  nextFragment: 'Berikutnya: langkah selanjutnya di slide ini',
  endOfDeck: 'Akhir presentasi',
  notes: 'Catatan',
  noNotes: 'Tidak ada catatan untuk slide ini.',
  timer: 'Waktu berjalan',
  start: 'Mulai',
  pause: 'Jeda',
  reset: 'Atur ulang',
  clock: 'Jam',
  smaller: 'Perkecil huruf catatan',
  larger: 'Perbesar huruf catatan',
  onTime: 'Sesuai jadwal',
  ahead: (minutes) => `Lebih cepat ${minutes} mnt`,
  behind: (minutes) => `Terlambat ${minutes} mnt`,
  blackScreen: 'Layar penonton hitam (B)',
  whiteScreen: 'Layar penonton putih (W)',
  searchPlaceholder: 'Cari slide (judul, isi, catatan)…',
  noResults: 'Tidak ditemukan',
  overview: 'Semua slide',
  overviewHint: '← → ↑ ↓ pilih · Enter atau klik: ke slide itu · Esc atau O: tutup',
  jumpTo: (digits) => `Ke slide ${digits}…`,
  notesMore: '▼ lanjut (D)',
  notesBack: '▲ sebelumnya (U)',
};

const ENGLISH: ConsoleStrings = {
  lang: 'en',
  current: 'Current slide',
  next: 'Next',
  nextFragment: 'Next: the next step on this slide',
  endOfDeck: 'End of presentation',
  notes: 'Notes',
  noNotes: 'No notes for this slide.',
  timer: 'Elapsed',
  start: 'Start',
  pause: 'Pause',
  reset: 'Reset',
  clock: 'Clock',
  smaller: 'Smaller notes text',
  larger: 'Larger notes text',
  onTime: 'On time',
  ahead: (minutes) => `${minutes} min ahead`,
  behind: (minutes) => `${minutes} min behind`,
  blackScreen: 'Audience screen black (B)',
  whiteScreen: 'Audience screen white (W)',
  searchPlaceholder: 'Find a slide (title, text, notes)…',
  noResults: 'Nothing found',
  overview: 'All slides',
  overviewHint: '← → ↑ ↓ choose · Enter or click: go to that slide · Esc or O: close',
  jumpTo: (digits) => `Go to slide ${digits}…`,
  notesMore: '▼ more (D)',
  notesBack: '▲ back (U)',
};

const STRINGS: Record<UiLanguage, ConsoleStrings> = { id: INDONESIAN, en: ENGLISH };

/** The console's strings in `lang`. */
export function stringsFor(lang: UiLanguage): ConsoleStrings {
  return STRINGS[lang];
}
