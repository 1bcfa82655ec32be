import { describe, expect, it } from 'vitest';
import { readNotes } from '../deck/notes-patch/apply-notes-patch';
import { mergeEdits } from './merge-edits';
import { DECK, editOf } from '../../../tests/support/notes-store-harness';

const theirs = DECK.replace('Beta body.', 'Beta body, edited outside.');

describe('mergeEdits', () => {
  it('applies every edit to an unchanged file, whatever their base', () => {
    const result = mergeEdits(DECK, [editOf('alpha', 'A', 'stale base'), editOf('gamma', 'G')], null);
    expect(result).toMatchObject({ applied: ['alpha', 'gamma'], conflicts: [], failures: [] });
    expect(readNotes(result.text)).toEqual(new Map([['deck', ''], ['alpha', 'A'], ['beta', 'beta notes.'], ['gamma', 'G']]));
  });

  it('re-applies an edit on a changed file when the slide\'s notes are its base, its own text, or untouched outside', () => {
    const changed = theirs.replace('Note: alpha notes.', 'Note: A');
    const result = mergeEdits(changed, [editOf('alpha', 'A', 'old'), editOf('beta', 'B', 'beta notes.'), editOf('gamma', 'G', 'not what Mimbar saw')], DECK);
    expect(result).toMatchObject({ applied: ['alpha', 'beta', 'gamma'], conflicts: [] });
    expect(result.text).toContain('Beta body, edited outside.');
    expect([...readNotes(result.text).values()]).toEqual(['', 'A', 'B', 'G']);
  });

  it('turns a removed slide and notes changed on both sides into conflicts, and writes nothing of them', () => {
    const changed = theirs.replace('Note: alpha notes.', 'Note: theirs.').replace(/\n---\n\n## Gamma[^]*$/, '\n');
    const result = mergeEdits(changed, [editOf('alpha', 'mine', 'alpha notes.'), editOf('gamma', 'G')], DECK);
    expect(result.text).toBe(changed);
    expect(result.applied).toEqual([]);
    expect(result.conflicts).toEqual([
      { slideId: 'alpha', title: 'Alpha', mine: 'mine', theirs: 'theirs.' },
      { slideId: 'gamma', title: 'Gamma', mine: 'G', theirs: null },
    ]);
  });

  it('reports an edit the patch refuses as a failure and still applies the others', () => {
    const result = mergeEdits(DECK, [editOf('nope', 'x'), editOf('beta', 'B')], null);
    expect(result.failures).toEqual([{ slideId: 'nope', message: 'The slide "nope" is not in the file any more.' }]);
    expect(readNotes(result.text).get('beta')).toBe('B');
  });
});
