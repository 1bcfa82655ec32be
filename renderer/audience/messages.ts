/** The few words the audience page shows itself, in Indonesian or English by the deck's `lang`. */

export interface Messages {
  emptyTitle: string;
  emptyHint: string;
  dismiss: string;
  tooFull: (count: number) => string;
}

const INDONESIAN: Messages = {
  emptyTitle: 'Belum ada slide',
  emptyHint: 'Tambahkan judul (# atau ##) ke berkas Markdown, atau seret berkas .md ke jendela ini.',
  dismiss: 'Tutup',
  tooFull: (count) => `${count} slide terlalu penuh`,
};

const ENGLISH: Messages = {
  emptyTitle: 'No slides yet',
  emptyHint: 'Add a heading (# or ##) to the Markdown file, or drop a .md file onto this window.',
  dismiss: 'Close',
  tooFull: (count) => (count === 1 ? '1 slide is too full' : `${count} slides are too full`),
};

/** Messages for a BCP 47 language tag: Indonesian for `id`/`id-*`, English otherwise. */
export function messagesFor(lang: string): Messages {
  return /^id(?:-|$)/i.test(lang) ? INDONESIAN : ENGLISH;
}
