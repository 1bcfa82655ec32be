/** Every word the export dialog shows, in Indonesian and English (the deck's `lang` chooses, through `uiLanguage`). */
import type { ExportLayout, ExportProgress, FragmentMode, Orientation, Paper, SlideTheme } from '../../app/contract/export';
import type { UiLanguage } from '../../app/contract/ui-language';

export interface DialogStrings {
  title: string;
  exportButton: string;
  cancel: string;
  close: string;
  layout: string;
  fragments: string;
  paper: string;
  orientation: string;
  slideTheme: string;
  layouts: Record<ExportLayout, { name: string; description: string }>;
  fragmentModes: Record<FragmentMode, string>;
  papers: Record<Paper | 'auto', string>;
  orientations: Record<Orientation | 'auto', string>;
  slideThemes: Record<SlideTheme | 'auto', string>;
  slideCount: (slides: number) => string;
  progress: (progress: ExportProgress) => string;
  choosing: string;
  saved: (fileName: string) => string;
  canceled: string;
  notLoaded: string;
}

const INDONESIAN: DialogStrings = {
  title: 'Ekspor PDF',
  exportButton: 'Ekspor…',
  cancel: 'Batal',
  close: 'Tutup',
  layout: 'Tata letak',
  fragments: 'Fragmen',
  paper: 'Kertas',
  orientation: 'Orientasi',
  slideTheme: 'Warna slide',
  layouts: {
    slides: { name: 'Slide', description: 'Satu slide per halaman.' },
    'notes-below': { name: 'Slide dan catatan', description: 'Setiap slide dengan catatan pembicara di bawahnya.' },
    'notes-pages': { name: 'Halaman catatan', description: 'Satu halaman per slide: gambar slide di atas, catatannya di bawah.' },
    'handout-2': { name: 'Handout, 2 per halaman', description: 'Dua slide bernomor per halaman.' },
    'handout-3': { name: 'Handout, 3 per halaman', description: 'Tiga slide per halaman, dengan garis untuk mencatat.' },
    'handout-6': { name: 'Handout, 6 per halaman', description: 'Enam slide bernomor per halaman.' },
  },
  fragmentModes: { final: 'Keadaan akhir setiap slide', steps: 'Satu halaman per langkah fragmen' },
  papers: { auto: 'Otomatis', slide: 'Ukuran slide', a4: 'A4', letter: 'Letter' },
  orientations: { auto: 'Otomatis', landscape: 'Lanskap', portrait: 'Potret' },
  slideThemes: { auto: 'Otomatis (terang untuk kertas)', light: 'Terang (hemat tinta)', deck: 'Tema presentasi' },
  slideCount: (slides) => `${slides} slide`,
  progress: ({ phase, done, total }) => (phase === 'layout' ? `Menata halaman ${done}/${total}` : phase === 'print' ? 'Mencetak…' : 'Menyimpan…'),
  choosing: 'Pilih tempat menyimpan PDF…',
  saved: (fileName) => `Tersimpan sebagai ${fileName}.`,
  canceled: 'Ekspor dibatalkan.',
  notLoaded: 'Dialog ekspor tidak dapat dimuat.',
};

const ENGLISH: DialogStrings = {
  title: 'Export PDF',
  exportButton: 'Export…',
  cancel: 'Cancel',
  close: 'Close',
  layout: 'Layout',
  fragments: 'Fragments',
  paper: 'Paper',
  orientation: 'Orientation',
  slideTheme: 'Slide colours',
  layouts: {
    slides: { name: 'Slides', description: 'One slide per page.' },
    'notes-below': { name: 'Slides with notes', description: 'Each slide with its speaker notes underneath.' },
    'notes-pages': { name: 'Notes pages', description: 'One page per slide: the slide on top, its notes below.' },
    'handout-2': { name: 'Handout, 2 per page', description: 'Two numbered slides per page.' },
    'handout-3': { name: 'Handout, 3 per page', description: 'Three slides per page, with lines for notes.' },
    'handout-6': { name: 'Handout, 6 per page', description: 'Six numbered slides per page.' },
  },
  fragmentModes: { final: 'Final state of each slide', steps: 'One page per fragment step' },
  papers: { auto: 'Automatic', slide: 'Slide size', a4: 'A4', letter: 'Letter' },
  orientations: { auto: 'Automatic', landscape: 'Landscape', portrait: 'Portrait' },
  slideThemes: { auto: 'Automatic (light on paper)', light: 'Light (saves toner)', deck: "The deck's theme" },
  slideCount: (slides) => (slides === 1 ? '1 slide' : `${slides} slides`),
  progress: ({ phase, done, total }) => (phase === 'layout' ? `Laying out page ${done}/${total}` : phase === 'print' ? 'Printing…' : 'Saving…'),
  choosing: 'Choose where to save the PDF…',
  saved: (fileName) => `Saved as ${fileName}.`,
  canceled: 'Export canceled.',
  notLoaded: 'The export dialog could not load.',
};

const STRINGS: Record<UiLanguage, DialogStrings> = { id: INDONESIAN, en: ENGLISH };

/** The dialog's strings in `lang` (`uiLanguage` of the deck's `lang`). */
export function stringsFor(lang: UiLanguage): DialogStrings {
  return STRINGS[lang];
}
