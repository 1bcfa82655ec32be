import { describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck';
import { formatDate } from './title-lines';

const sections = (count: number): string => Array.from({ length: count }, (_, i) => `## Bagian ${i + 1}\n\nIsi bagian nomor ${i + 1} ada di sini. Kalimat kedua menjelaskan isinya.\n`).join('\n');

describe('the title slide', () => {
  it('shows the title as the front matter writes it, with subtitle, author, institute and date', () => {
    const deck = buildDeck(`---\ntitle: Manfaat Kerja Sama di Bidang Pertahanan\nsubtitle: Kelas XI IPS\nauthor: Bu Sari\ninstitute: SMA Negeri 1\ndate: 2026-12-08\n---\n\n# Manfaat Kerja Sama Di Bidang Pertahanan\n\n${sections(2)}`);
    const [title] = deck.slides;
    expect(title?.title).toBe('Manfaat Kerja Sama di Bidang Pertahanan');
    expect(title?.html).toBe('<h1>Manfaat Kerja Sama di Bidang Pertahanan</h1>\n<p class="mimbar-subtitle">Kelas XI IPS</p>\n<p class="mimbar-author">Bu Sari</p>\n<p class="mimbar-institute">SMA Negeri 1</p>\n<p class="mimbar-date">8 Desember 2026</p>\n');
  });

  it('dates `date: today` on the day the deck is built, in the deck language', () => {
    expect(formatDate('today', 'id', new Date(Date.UTC(2026, 11, 8, 12)))).toBe('8 Desember 2026');
    expect(formatDate('today', 'en', new Date(Date.UTC(2026, 11, 8, 12)))).toBe('December 8, 2026');
    expect(formatDate('Semester 1', 'id', new Date())).toBe('Semester 1');
  });

  it('takes in the opening section that repeats the deck title: its first sentence introduces, its text is the notes', () => {
    const deck = buildDeck(`---\ntitle: Hubungan Internasional\n---\n\n# Hubungan Internasional\n\n## Hubungan Internasional 💪\n\nHubungan antarnegara memegang peranan penting bagi keamanan. Kalimat kedua ada di sini.\n\n${sections(2)}`);
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Hubungan Internasional', 'Bagian 1', 'Bagian 2']);
    expect(deck.slides[0]?.html).toContain('<p class="mimbar-intro">Hubungan antarnegara memegang peranan penting bagi keamanan.</p>');
    expect(deck.slides[0]?.notes.markdown).toBe('Hubungan antarnegara memegang peranan penting bagi keamanan. Kalimat kedua ada di sini.');
    expect(deck.slides[0]?.notes.editable).toBe(true);
  });

  it('makes the opening section the title slide when only the front matter names the deck', () => {
    const deck = buildDeck(`---\ntitle: Pertahanan\n---\n\n## Pertahanan\n\nPertahanan negara dibangun bersama-sama oleh semua warga negara.\n\n${sections(1)}`);
    expect(deck.slides.map((slide) => slide.title)).toEqual(['Pertahanan', 'Bagian 1']);
    expect(deck.slides[0]?.html).toMatch(/^<h1>Pertahanan<\/h1>\n<p class="mimbar-intro">/);
  });
});

describe('grouping short sub-sections', () => {
  const text = `# Dek\n\n## Bentuk Kerja Sama\n\nAda beberapa bentuk kerja sama antarnegara yang penting.\n\n### Latihan Bersama\n\nLatihan bersama memperkuat koordinasi angkatan bersenjata.\n\n### Pertukaran Intelijen\n\nPertukaran intelijen membantu mencegah ancaman keamanan.\n\n<!-- notes: Tanyakan contoh kepada siswa. -->\n\n### Pengadaan Alat\n\nPengadaan bersama menghemat biaya negara.\n\n## Penutup\n\nKerja sama membuat kawasan lebih aman bagi semua warga.\n`;

  it('makes one slide of "Sub-title — cue" bullets, with each sub-section under its title in the notes', () => {
    const deck = buildDeck(text.replace('<!-- notes: Tanyakan contoh kepada siswa. -->\n\n', ''));
    const slide = deck.slides.find((candidate) => candidate.id === 'bentuk-kerja-sama');
    expect(deck.slides.map((candidate) => candidate.id)).toEqual(['dek', 'bentuk-kerja-sama', 'penutup']);
    expect(slide?.html).toContain('<li><strong>Latihan Bersama</strong> — Latihan bersama memperkuat koordinasi angkatan bersenjata.</li>');
    expect(slide?.notes.markdown).toContain('**Pertukaran Intelijen**\n\nPertukaran intelijen membantu mencegah ancaman keamanan.');
  });

  it('takes notes written anywhere in the group as the slide\'s notes', () => {
    const deck = buildDeck(text);
    expect(deck.slides.find((candidate) => candidate.id === 'bentuk-kerja-sama')?.notes).toMatchObject({ origin: 'explicit', markdown: 'Tanyakan contoh kepada siswa.' });
  });

  it('keeps a sub-section that is long on its own slide, and the others with it', () => {
    const long = text.replace('Pengadaan bersama menghemat biaya negara.', 'Pengadaan bersama menghemat biaya negara.\n\nParagraf kedua.\n\nParagraf ketiga.');
    expect(buildDeck(long).slides.map((candidate) => candidate.id)).toEqual(['dek', 'bentuk-kerja-sama', 'latihan-bersama', 'pertukaran-intelijen', 'pengadaan-alat', 'penutup']);
  });
});

describe('balanced parts and the agenda', () => {
  it('keeps a list with its lead-in and numbers every part', () => {
    const items = Array.from({ length: 8 }, (_, i) => `${i + 1}. **Butir ${i + 1}**: penjelasan singkat butir nomor ${i + 1} ini.`).join('\n');
    const deck = buildDeck(`## Misi\n\nPasukan dikirim ke wilayah konflik. Misi-misi ini berkontribusi pada:\n\n${items}\n`);
    const counts = deck.slides.map((slide) => (slide.html.match(/<li>/g) ?? []).length);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(deck.slides[0]?.html).toContain('<p class="mimbar-lead-in">Misi-misi ini berkontribusi pada:</p>\n<ol>');
    expect(deck.slides.slice(1).every((slide) => /<ol start="\d+">/.test(slide.html))).toBe(true);
    // Every part has words for the presenter: the parts after the prose carry its paragraph.
    expect(deck.slides.every((slide) => slide.notes.origin === 'derived')).toBe(true);
  });

  it('lists the sections after the title for five or more, with minutes when the deck has a duration', () => {
    const deck = buildDeck(`---\ntitle: Dek\nduration: 50m\n---\n\n${sections(5)}`);
    expect(deck.slides.map((slide) => slide.id).slice(0, 3)).toEqual(['dek', 'agenda', 'bagian-1']);
    expect(deck.slides[1]?.html).toContain('<li>Bagian 5</li>');
    expect(deck.slides[1]?.notes.markdown).toBe(['1. Bagian 1 — 10 menit', '2. Bagian 2 — 10 menit', '3. Bagian 3 — 10 menit', '4. Bagian 4 — 10 menit', '5. Bagian 5 — 10 menit'].join('\n'));
    expect(deck.slides[1]?.notes.editable).toBe(false);
    expect(buildDeck(`---\ntitle: Dek\n---\n\n${sections(4)}`).slides.some((slide) => slide.id === 'agenda')).toBe(false);
  });

  it('puts the agenda right after the title slide, also when text stands before the title', () => {
    const deck = buildDeck(`Catatan sebelum judul, tanpa heading sama sekali.\n\n# Dek\n\n${sections(5)}`);
    expect(deck.slides.map((slide) => slide.title).slice(0, 3)).toEqual(['Catatan sebelum judul, tanpa heading sama…', 'Dek', 'Agenda']);
  });
});
