import { describe, expect, it } from 'vitest';
import { createReport, type CheckFinding } from './check-report';
import { formatCheckReport, summarizeReport } from './format-report';

const remote: CheckFinding = {
  kind: 'remote',
  severity: 'problem',
  slide: { id: 'map', title: 'Map', number: 2 },
  line: 9,
  reference: 'https://example.org/map.png',
  message: 'The image https://example.org/map.png is on the web.',
};
const frontMatter: CheckFinding = { kind: 'front-matter', severity: 'notice', slide: null, line: 4, reference: null, message: 'Unknown front matter key `x` was ignored.' };

const ARTICLE = { dialect: 'article', dialectReason: 'nothing names another tool' };

describe('formatCheckReport', () => {
  it('groups findings by kind, most urgent first, and ends with the verdict', () => {
    expect(formatCheckReport(createReport([frontMatter, remote, { ...remote, line: 3, slide: { id: 'a', title: 'A', number: 1 } }], 5, ARTICLE))).toBe(
      [
        'Loaded from the network (2 problems)',
        '  Slide 1 "A", line 3: The image https://example.org/map.png is on the web.',
        '  Slide 2 "Map", line 9: The image https://example.org/map.png is on the web.',
        '',
        'Front matter (1 notice)',
        '  Line 4: Unknown front matter key `x` was ignored.',
        '',
        '2 problems, 1 notice: fix the problems before class',
        '',
      ].join('\n'),
    );
  });

  it('says the deck is ready when there is no problem', () => {
    expect(formatCheckReport(createReport([], 3, ARTICLE))).toBe('Ready for class: nothing is loaded from the network and every image is here.\n');
    expect(summarizeReport(createReport([frontMatter], 3, ARTICLE))).toBe('Ready for class: nothing is loaded from the network and every image is here (1 notice above).');
    expect(summarizeReport(createReport([remote], 3, ARTICLE))).toBe('1 problem, 0 notices: fix the problems before class');
  });

  it("names the tool a deck was written for, and why, above the findings", () => {
    const text = formatCheckReport(createReport([], 3, { dialect: 'marp', dialectReason: 'front matter `marp: true`' }));
    expect(text.split('\n')[0]).toBe('Read as a marp deck (front matter `marp: true`).');
  });
});
