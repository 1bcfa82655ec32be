import { describe, expect, it } from 'vitest';
import { uiLanguage } from './ui-language';

describe('uiLanguage', () => {
  it('is Indonesian for id and the legacy in, alone or with subtags, in any case', () => {
    for (const tag of ['id', 'id-ID', 'ID', 'Id-id', 'id-Latn-ID', 'in', 'in-ID', 'IN']) expect(uiLanguage(tag), tag).toBe('id');
  });

  it('is English for every other tag, and for none', () => {
    for (const tag of ['en', 'en-US', 'ms', 'ms-MY', 'jv', 'su', 'ind', 'idx', 'inh', 'indonesian', 'id_ID', ' id', '', null, undefined]) {
      expect(uiLanguage(tag), String(tag)).toBe('en');
    }
  });
});
