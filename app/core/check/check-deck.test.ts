import { describe, expect, it } from 'vitest';
import { buildDeck } from '../deck/build-deck';
import { withSourceWarnings } from '../files/load-deck';
import { checkDeck } from './check-deck';
import type { CheckFinding } from './check-report';
import type { Probe } from './folder-probe';
import { createFolderProbe } from './folder-probe';

/** A deck folder that holds only the files named here; everything else is missing. */
function fakeProbe(...present: string[]): Probe {
  const real = createFolderProbe('/nonexistent-deck-folder');
  return async (url) => {
    const result = await real(url);
    return result === 'missing' && present.includes(url) ? 'ok' : result;
  };
}

async function check(source: string, probe: Probe = fakeProbe()) {
  return checkDeck(buildDeck(source), { probe, source });
}

const brief = (finding: CheckFinding) => [finding.kind, finding.slide?.number ?? null, finding.line, finding.reference];

describe('checkDeck', () => {
  it('is ok for a deck whose images are all here and that loads nothing from the web', async () => {
    const report = await check('## One\n\n![a](img/a.png)\n\n[a link](https://example.org) and <a href="//example.org/x">another</a>\n', fakeProbe('img/a.png'));
    expect(report).toEqual({ ok: true, slideCount: 1, problemCount: 0, noticeCount: 0, findings: [], dialect: 'article', dialectReason: 'nothing names another tool' });
  });

  it('reports a remote image as a problem with its slide, line and URL', async () => {
    const report = await check('## One\n\nText.\n\n## Map\n\nIntro.\n\n![map](https://example.org/map.png)\n');
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([
      {
        kind: 'remote',
        severity: 'problem',
        slide: { id: 'map', title: 'Map', number: 2 },
        line: 9,
        reference: 'https://example.org/map.png',
        message: 'The image https://example.org/map.png is on the web: Mimbar never loads anything from the network, so it shows as a placeholder in class.',
      },
    ]);
  });

  it('reports protocol-relative URLs, srcset candidates, style url() and reveal.js backgrounds as remote', async () => {
    const source = [
      '## Web',
      '',
      '<img src="//cdn.example/a.png">',
      '<img src="here.png" srcset="https://s.example/1.png 1x, https://s.example/2.png 2x">',
      '<div style="background: url(https://b.example/bg.png)">x</div>',
      '<div data-background-image="https://c.example/bg.jpg">y</div>',
      '<video src="https://v.example/clip.mp4"></video>',
    ].join('\n');
    const report = await check(source, fakeProbe());
    expect(report.findings.filter((f) => f.kind === 'remote').map(brief)).toEqual([
      ['remote', 1, 3, '//cdn.example/a.png'],
      ['remote', 1, 4, 'https://s.example/1.png'],
      ['remote', 1, 4, 'https://s.example/2.png'],
      ['remote', 1, 5, 'https://b.example/bg.png'],
      ['remote', 1, 6, 'https://c.example/bg.jpg'],
      ['remote', 1, 7, 'https://v.example/clip.mp4'],
    ]);
    expect(report.findings.find((f) => f.reference === 'https://c.example/bg.jpg')?.message).toBe(
      'The background image https://c.example/bg.jpg is on the web: Mimbar never loads anything from the network, so it is left out in class.',
    );
  });

  it('does not report links', async () => {
    const report = await check('## Links\n\n[site](https://example.org/a.png) <a href="http://example.org/b.png">b</a> <https://example.org/c>\n');
    expect(report.findings).toEqual([]);
  });

  it('reports a missing image and one outside the folder (../, encoded, absolute)', async () => {
    const source = ['## Files', '', '![gone](img/gone.png)', '', '![up](../up.png)', '', '![enc](%2e%2e/enc.png)', '', '![abs](/etc/abs.png)'].join('\n');
    const report = await check(source);
    expect(report.findings.map(brief)).toEqual([
      ['outside', 1, 5, '../up.png'],
      ['outside', 1, 7, '%2e%2e/enc.png'],
      ['outside', 1, 9, '/etc/abs.png'],
      ['missing', 1, 3, 'img/gone.png'],
    ]);
    expect(report.findings[0]?.message).toBe(
      "The image ../up.png is outside the deck folder, so Mimbar refuses it and it will not show in class; copy it into the deck's folder.",
    );
    expect(report.findings[3]?.message).toBe('The image img/gone.png is missing from the deck folder, so it will not show in class.');
  });

  it('reports local media and attributes the app leaves out as not shown', async () => {
    const report = await check('## Media\n\n<video src="clip.mp4"></video>\n\n<div style="background: url(bg.png)">x</div>\n');
    expect(report.findings.map(brief)).toEqual([
      ['unsupported', 1, 3, 'clip.mp4'],
      ['unsupported', 1, 5, 'bg.png'],
    ]);
    expect(report.findings[0]?.message).toBe(
      'Mimbar leaves out <video> elements (slides show images from the deck folder only), so the video clip.mp4 will not show in class.',
    );
  });

  it('reports an image of a type the deck route does not serve', async () => {
    const probe: Probe = async () => 'unsupported';
    const report = await check('## Photo\n\n![photo](photo.heic)\n', probe);
    expect(report.findings.map(brief)).toEqual([['unsupported', 1, 3, 'photo.heic']]);
  });

  it('finds each repeated URL on its own line, and the spelling the author wrote', async () => {
    const source = '## Twice\n\n![a](https://x.example/a.png)\n\n![b](https://x.example/a.png)\n\n![c](<my pic.png>)\n\n![d](banana.png)\n\n![e](a.png)\n';
    const report = await check(source, fakeProbe('banana.png'));
    expect(report.findings.map(brief)).toEqual([
      ['remote', 1, 3, 'https://x.example/a.png'],
      ['remote', 1, 5, 'https://x.example/a.png'],
      ['missing', 1, 7, 'my pic.png'],
      ['missing', 1, 11, 'a.png'],
    ]);
  });

  it('reports a placeholder slide as a problem with the engine sentence', async () => {
    const report = await check(`## Fine\n\ntext\n\n## Deep\n\n${'>'.repeat(60)} deep\n`);
    expect(report.findings).toEqual([
      {
        kind: 'placeholder',
        severity: 'problem',
        slide: { id: 'deep', title: 'Deep', number: 2 },
        line: 7,
        reference: null,
        message: 'Slide "Deep" shows a placeholder: it is nested more than 48 levels deep.',
      },
    ]);
  });

  it('reports a slide over the content budget and unknown front matter as notices', async () => {
    // Items long enough to take a bullet's room each (short ones take half).
    const items = Array.from({ length: 8 }, (_, index) => `- item ${index + 1}, long enough to take the room of a whole bullet`).join('\n');
    const source = `---\ntitle: T\nstyle: deck\ntagline: x\ntheme: neon\n---\n\n## Many\n\n${items}\n`;
    const report = await check(source);
    expect(report.ok).toBe(true);
    expect(report.noticeCount).toBe(3);
    expect(report.findings.map(brief)).toEqual([
      ['over-budget', 1, 8, null],
      ['front-matter', null, 4, null],
      ['front-matter', null, 5, null],
    ]);
    expect(report.findings[1]?.message).toBe('Unknown front matter key `tagline` was ignored.');
  });

  it('reports a file that is not valid UTF-8 as a problem', async () => {
    const source = '## Caf\uFFFD\n\nText.\n';
    const deck = withSourceWarnings(buildDeck(source), { text: source, hasBom: false, encoding: 'utf-8', hasInvalidBytes: true }, 'latin1.md');
    const report = await checkDeck(deck, { probe: fakeProbe(), source });
    expect(report.ok).toBe(false);
    expect(report.findings.map(brief)).toEqual([['not-utf8', null, null, null]]);
    expect(report.findings[0]?.message).toMatch(/^latin1\.md is not valid UTF-8 text/);
  });

  it('gives no line when the source is not at hand', async () => {
    const deck = buildDeck('## A\n\n![x](https://example.org/x.png)\n');
    const report = await checkDeck(deck, { probe: fakeProbe(), source: null });
    expect(report.findings.map(brief)).toEqual([['remote', 1, null, 'https://example.org/x.png']]);
  });
});
