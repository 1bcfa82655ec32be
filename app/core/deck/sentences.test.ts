import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits Indonesian prose without breaking after titles, initials and abbreviations', () => {
    expect(splitSentences('Dr. Ali tinggal di Jl. Merdeka No. 5 bersama A. Rahman. Mereka membawa buku, pena, dll. lalu pergi. Selesai!')).toEqual([
      'Dr. Ali tinggal di Jl. Merdeka No. 5 bersama A. Rahman.',
      'Mereka membawa buku, pena, dll. lalu pergi.',
      'Selesai!',
    ]);
  });

  it('keeps numbers, ellipses and closing emoji with their sentence', () => {
    expect(splitSentences('Ada 1.000 orang hadir! 🎉 Apakah itu banyak… ya? Tentu.')).toEqual([
      'Ada 1.000 orang hadir! 🎉',
      'Apakah itu banyak… ya?',
      'Tentu.',
    ]);
  });

  it('loses no characters other than the spaces between sentences', () => {
    const text = 'Kerja sama (mis. latihan bersama) penting. Negara-negara 🤝 bekerja sama; hasilnya nyata. Akhir';
    expect(splitSentences(text).join(' ')).toBe(text);
  });
});
