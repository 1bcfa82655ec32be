// "A number, then Enter": what the console and the audience page do with the keys typed.
import { describe, expect, it } from 'vitest';
import { createTypedNumber } from '../../renderer/shared/typed-number';

describe('typed slide number', () => {
  it('jumps to the digits typed when Enter comes, then starts afresh', () => {
    const typed = createTypedNumber();
    expect(typed.press('1')).toEqual({ kind: 'edited', digits: '1' });
    expect(typed.press('2')).toEqual({ kind: 'edited', digits: '12' });
    expect(typed.press('Enter')).toEqual({ kind: 'jump', number: 12 });
    expect(typed.press('Enter')).toBeNull();
  });

  it('lets Backspace and Escape correct the digits, and leaves every other key alone', () => {
    const typed = createTypedNumber();
    expect(typed.press('ArrowRight')).toBeNull();
    expect(typed.press('Escape')).toBeNull();
    typed.press('4');
    typed.press('7');
    expect(typed.press('Backspace')).toEqual({ kind: 'edited', digits: '4' });
    expect(typed.press('ArrowRight')).toBeNull();
    expect(typed.press('Escape')).toEqual({ kind: 'edited', digits: '' });
    expect(typed.press('Enter')).toBeNull();
  });

  it('keeps the last six digits', () => {
    const typed = createTypedNumber();
    for (const key of '12345678') typed.press(key);
    expect(typed.press('Enter')).toEqual({ kind: 'jump', number: 345678 });
  });

  it('forgets the digits when another key acted (clear), and says whether there were any', () => {
    const typed = createTypedNumber();
    expect(typed.clear()).toBe(false);
    typed.press('3');
    expect(typed.clear()).toBe(true);
    expect(typed.press('Enter')).toBeNull();
  });
});
