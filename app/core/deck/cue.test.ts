import { describe, expect, it } from 'vitest';
import { cueOf, cutToClause, isBulletWorthy, stripConnectives } from './cue';
import { CUE_RULES, cueRulesFor } from './cue-rules';
import { detectLanguage } from './detect-lang';

const plain = (text: string): string => text;
const id = CUE_RULES.id;
const en = CUE_RULES.en;

describe('cue bullets', () => {
  it('strips leading connectives and capitalizes again, in Indonesian and English', () => {
    expect(stripConnectives('Oleh karena itu, negara-negara harus bekerja sama.', id)).toBe('negara-negara harus bekerja sama.');
    expect(cueOf('Selain itu, hubungan internasional memfasilitasi kerja sama teknologi.', id, plain)).toBe('Hubungan internasional memfasilitasi kerja sama teknologi.');
    expect(cueOf('However, rivers carry water back to the sea.', en, plain)).toBe('Rivers carry water back to the sea.');
    // A connective that needs its comma: "First aid" keeps its word.
    expect(cueOf('First aid kits are kept in every lab.', en, plain)).toBe('First aid kits are kept in every lab.');
  });

  it('never makes a bullet of an interjection or a fragment under three words', () => {
    expect(isBulletWorthy('Astaga!', id)).toBe(false);
    expect(isBulletWorthy('Sangat penting.', id)).toBe(false);
    expect(cueOf('Astaga! Bayangkan dunia tanpa hubungan internasional.', id, plain)).toBe('Bayangkan dunia tanpa hubungan internasional.');
    expect(cueOf('Wow! Amazing!', en, plain)).toBeNull();
  });

  it('reads a hard-wrapped paragraph as its sentences, not its first line', () => {
    const wrapped = 'Evaporation turns liquid water into vapour when the sun\nwarms the surface of lakes and oceans. Vapour rises.';
    expect(cueOf(wrapped, en, plain)).toBe('Evaporation turns liquid water into vapour when the sun warms the surface of lakes and oceans.');
  });

  it('picks the sentence that shares most words with the rest, ties to the first', () => {
    const paragraph = 'The sky was grey. Clouds form when water vapour cools and condenses into droplets. Cold air holds less water vapour, so droplets form clouds.';
    expect(cueOf(paragraph, en, plain)).toBe('Clouds form when water vapour cools and condenses into droplets.');
    expect(cueOf('One idea here. Another idea there.', en, plain)).toBe('One idea here.');
  });

  it('cuts a long sentence at a clause boundary to its main clause, and never at a comma of a list', () => {
    const long = 'Kerja sama pertahanan membantu negara-negara menjaga perdamaian dan stabilitas kawasan, sehingga pembangunan ekonomi dapat berjalan dengan lebih lancar dan aman bagi warga.';
    expect(cutToClause(long, id, plain)).toBe('Kerja sama pertahanan membantu negara-negara menjaga perdamaian dan stabilitas kawasan');
    const list = 'Ancaman global seperti terorisme, proliferasi senjata, dan perubahan iklim membutuhkan respons bersama dari komunitas internasional yang luas.';
    const cut = cutToClause(list, id, plain);
    expect(cut.startsWith('Ancaman global seperti terorisme, proliferasi senjata, dan perubahan iklim')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(110);
  });

  it('leaves Markdown whole when it cuts', () => {
    const text = `Dalam **${'kerja sama yang sangat erat '.repeat(4)}** negara-negara bertukar pengetahuan dan pengalaman setiap tahun tanpa henti.`;
    const cut = cutToClause(text, id, plain);
    expect((cut.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });
});

describe('the deck language', () => {
  it('is told from the words when front matter names none', () => {
    expect(detectLanguage('Sistem pencernaan manusia terdiri dari saluran pencernaan dan kelenjar yang membantu proses pencernaan makanan di dalam tubuh. Makanan yang masuk ke mulut akan dikunyah dan dicampur dengan air liur.')).toBe('id');
    expect(detectLanguage('The water cycle is the path that all water follows as it moves around the Earth in different states. Liquid water is found in oceans, rivers and lakes.')).toBe('en');
    expect(detectLanguage('Slide')).toBeNull();
  });

  it('has rules for id (and its old code in) and falls back to English', () => {
    expect(cueRulesFor('id-ID')).toBe(CUE_RULES.id);
    expect(cueRulesFor('in')).toBe(CUE_RULES.id);
    expect(cueRulesFor('de')).toBe(CUE_RULES.en);
  });
});
