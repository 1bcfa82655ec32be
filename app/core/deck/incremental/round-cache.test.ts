import { describe, expect, it } from 'vitest';
import { detach, RoundCache } from './round-cache';

describe('RoundCache', () => {
  it('forgets an entry once it went unused for `keep` rounds', () => {
    const cache = new RoundCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.endRound();
    expect(cache.get('a')).toBe(1);
    cache.endRound();
    // Both were used in the last two rounds.
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBe(1);
    cache.endRound();
    // 'b' was not used in the last two rounds.
    expect(cache.size).toBe(1);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
  });

  it('finds a value by an equal key made from another string', () => {
    const cache = new RoundCache<number>(1);
    const text = `${'x'.repeat(100)}key${'y'.repeat(100)}`;
    cache.set(text.slice(50, 160), 7);
    expect(cache.get(`${'x'.repeat(50)}key${'y'.repeat(57)}`)).toBe(7);
  });
});

describe('detach', () => {
  it('returns an equal string', () => {
    const long = 'abc'.repeat(1000);
    expect(detach(long.slice(10, 500))).toBe(long.slice(10, 500));
    expect(detach('')).toBe('');
  });
});
