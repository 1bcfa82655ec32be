import { describe, expect, it } from 'vitest';
import { cssColor, percent, plainClasses, widthClass } from './look-values';

describe('look values', () => {
  it('takes colours of the closed grammar and nothing that could load or break out', () => {
    for (const good of ['#fff', '#12345678', 'rgb(10, 20, 30)', 'rgba(0 0 0 / 50%)', 'hsl(200deg 50% 40%)', 'beige', ' navy ']) expect(cssColor(good)).not.toBeNull();
    for (const bad of ['url(x.png)', 'red; background: url(http://x)', 'var(--x)', 'expression(alert(1))', '#ggg', 'linear-gradient(red, blue)', '', 42, null]) {
      expect(cssColor(bad)).toBeNull();
    }
  });

  it('keeps plain class names, never Mimbar’s own prefix or markup', () => {
    expect(plainClasses('lead invert mimbar-ui-banner "><script>')).toEqual(['lead', 'invert']);
    expect(plainClasses(['text-center', 'px-4', 42])).toEqual(['text-center', 'px-4']);
  });

  it('reads percentages and rounds column widths to the classes the views draw', () => {
    expect(percent('40%')).toBe(40);
    expect(percent(120)).toBe(95);
    expect(percent('abc')).toBeNull();
    expect(widthClass(33.3)).toBe('mimbar-w-35');
  });
});
