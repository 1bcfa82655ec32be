import { describe, expect, it } from 'vitest';
import { emojiCoverage } from '../../../scripts/emoji-font/write-coverage.mjs';
import { buildDeck } from '../deck/build-deck';
import { checkDeck } from './check-deck';
import coverage from './emoji-coverage.json';
import { emojiFontHas, undrawableEmoji } from './emoji-findings';
import { createFolderProbe } from './folder-probe';
import { formatCheckReport } from './format-report';

// 🫩 (face with bags under eyes, U+1FAE9) is Emoji 16, newer than Twemoji 15.
const NEWER = '🫩';

describe('emoji the bundled font cannot draw', () => {
  it('lists exactly the code points of the installed font (run scripts/emoji-font/write-coverage.mjs after an upgrade)', async () => {
    expect(coverage).toEqual(await emojiCoverage());
  });

  it('knows what the font maps', () => {
    expect(emojiFontHas(0x1f4aa)).toBe(true);
    expect(emojiFontHas(0x231b)).toBe(true);
    expect(emojiFontHas(0x1fae9)).toBe(false);
    expect(emojiFontHas(0x41)).toBe(false);
  });

  it('finds only emoji the font lacks, each once; keycaps, flags and sequences it has are fine', () => {
    expect(undrawableEmoji('1️⃣ Informasi ⌛ 💪🏽 🏳️‍🌈 🇮🇩 © → 中文 ÅÄÖ')).toEqual([]);
    expect(undrawableEmoji(`Lelah ${NEWER} sekali ${NEWER} dan 🫟`)).toEqual([NEWER, '🫟']);
  });

  it('reports them as notices with slide and line, and the verdict says they may not show', async () => {
    const source = `## Satu\n\nBaik 💪\n\n## Dua\n\nText.\n\nLelah ${NEWER}\n\nNote: juga ${NEWER} di catatan\n`;
    const report = await checkDeck(buildDeck(source), { probe: createFolderProbe('/nonexistent-deck-folder'), source });
    expect(report.ok).toBe(true);
    expect(report.findings.map((finding) => [finding.kind, finding.severity, finding.slide?.number, finding.line, finding.reference])).toEqual([
      ['emoji', 'notice', 2, 9, NEWER],
    ]);
    const text = formatCheckReport(report);
    expect(text).toContain('Emoji Mimbar cannot draw (1 notice)');
    expect(text).toContain(`${NEWER} (U+1FAE9) is not in Mimbar's emoji font`);
    expect(text).not.toContain('Ready for class');
    expect(text.trim().split('\n').at(-1)).toBe('Nothing is loaded from the network and every image is here, but 1 emoji may show as an empty box in class (see above).');
  });

  it('says Ready for class when every emoji can be drawn', async () => {
    const source = '## Satu\n\n1️⃣ Informasi Intelijen ⌛ 🎖️ 💀\n';
    const report = await checkDeck(buildDeck(source), { probe: createFolderProbe('/nonexistent-deck-folder'), source });
    expect(report.findings).toEqual([]);
    expect(formatCheckReport(report)).toContain('Ready for class');
  });
});
