import { describe, expect, it } from 'vitest';
import { PIE_PALETTE, parsePie, renderPieSvg } from './pie-chart';

describe('parsePie', () => {
  it('reads the header, showData, a title on the header or its own line, and the slices', () => {
    expect(parsePie(['pie showData title Pets', '"Dogs" : 3', '"Cats" : 1.5'])).toEqual({
      title: 'Pets',
      showData: true,
      slices: [
        { label: 'Dogs', value: 3 },
        { label: 'Cats', value: 1.5 },
      ],
    });
    expect(parsePie(['pie', 'title Time spent', '  "Reading" : 42.5  '])).toEqual({ title: 'Time spent', showData: false, slices: [{ label: 'Reading', value: 42.5 }] });
  });

  it('names the line it cannot read', () => {
    expect(() => parsePie(['pie', '"Dogs" : 3', 'Cats : 4'])).toThrow('the line "Cats : 4" is not a slice ("Label" : 42)');
    expect(() => parsePie(['pie', '"Dogs" : -3'])).toThrow('the line ""Dogs" : -3" is not a slice');
    expect(() => parsePie(['pie title Empty'])).toThrow('the pie chart has no slices');
    expect(() => parsePie(['pie', '"A" : 0'])).toThrow('every slice of the pie chart is 0');
  });
});

describe('renderPieSvg', () => {
  const svg = renderPieSvg(parsePie(['pie showData title Favourite <b>subject</b>', '"Maths" : 3', '"<img src=x onerror=alert(1)>" : 1']));

  it('draws one slice per value in the palette, a legend with each label, its value and its share, and the title', () => {
    expect(svg).toMatch(/^<svg viewBox="0 0 \d+ \d+" role="img">/);
    expect(svg.match(/<path class="pie-slice"/g)).toHaveLength(2);
    expect(svg).toContain(`fill="${PIE_PALETTE[0]}"`);
    expect(svg).toContain(`fill="${PIE_PALETTE[1]}"`);
    expect(svg).toContain('>Maths · 3 · 75%</text>');
    expect(svg).toContain('>75%</text>');
    expect(svg).toContain('>Favourite &lt;b&gt;subject&lt;/b&gt;</text>');
  });

  it('writes labels as text, never as markup, with no style and nothing to fetch', () => {
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; · 1 · 25%');
    expect(svg).not.toMatch(/<img|<b>|style|http|url\(/);
  });

  it('draws a lone slice as a whole disc', () => {
    expect(renderPieSvg(parsePie(['pie', '"All" : 5']))).toContain('<circle class="pie-slice"');
  });
});
