import { describe, expect, it } from 'vitest';
import { elapsedMs } from '../../contract/presentation';
import { buildDeck } from '../deck/build-deck';
import { applyCommand, followDeck, initialPresentation } from './presentation-state';

const deck = buildDeck('# Satu\n\n---\n\n## Dua\n\n----\n\n## Dua bawah\n\n---\n\n## Tiga\n');

describe('presentation state', () => {
  it('moves to slides that exist, and ignores moves to slides that do not', () => {
    const start = initialPresentation(deck);
    expect(start).toMatchObject({ h: 0, v: 0, fragment: -1, slideId: 'satu', revision: 0 });
    const moved = applyCommand(start, { type: 'goto', h: 1, v: 1, fragment: 0 }, deck, 1000);
    expect(moved).toMatchObject({ h: 1, v: 1, fragment: 0, slideId: 'dua-bawah', revision: 1 });
    expect(applyCommand(moved, { type: 'goto', h: 9, v: 0, fragment: -1 }, deck, 1000)).toBe(moved);
    expect(applyCommand(moved, { type: 'goto', h: 1, v: 1, fragment: 0 }, deck, 1000)).toBe(moved);
  });

  it('starts the timer on the first move, pauses, resumes and resets it', () => {
    let state = applyCommand(initialPresentation(deck), { type: 'goto', h: 1, v: 0, fragment: -1 }, deck, 1_000);
    expect(state.timer).toEqual({ startedAt: 1_000, accumulatedMs: 0 });
    state = applyCommand(state, { type: 'timer', action: 'pause' }, deck, 61_000);
    expect(elapsedMs(state.timer, 999_999)).toBe(60_000);
    state = applyCommand(state, { type: 'timer', action: 'start' }, deck, 100_000);
    expect(elapsedMs(state.timer, 130_000)).toBe(90_000);
    state = applyCommand(state, { type: 'timer', action: 'reset' }, deck, 130_000);
    expect(elapsedMs(state.timer, 200_000)).toBe(0);
  });

  it('blacks out and back, and stays on the same slide by id when the deck changes', () => {
    const black = applyCommand(initialPresentation(deck), { type: 'blackout', mode: 'black' }, deck, 0);
    expect(black.blackout).toBe('black');
    const onThree = applyCommand(black, { type: 'goto', h: 2, v: 0, fragment: -1 }, deck, 0);
    const edited = buildDeck('# Satu\n\n---\n\n## Baru\n\n---\n\n## Dua\n\n---\n\n## Tiga\n');
    expect(followDeck(onThree, edited)).toMatchObject({ slideId: 'tiga', h: 3, v: 0 });
  });
});
