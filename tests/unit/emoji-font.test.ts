// The emoji font patcher (scripts/emoji-font): the WOFF2 container round-trips, and the patched GSUB
// keeps every original rule and adds, in front, a twin without U+FE0F for each rule that has one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCmap } from '../../scripts/emoji-font/cmap.mjs';
import { readGsub } from '../../scripts/emoji-font/gsub.mjs';
import { patchEmojiFont, sourceFontPath } from '../../scripts/emoji-font/mimbar-emoji.mjs';
import { readWoff2, writeWoff2 } from '../../scripts/emoji-font/woff2.mjs';

const source = readFileSync(sourceFontPath());
const original = readWoff2(source);
// Brotli quality 1: the same tables, written in a fraction of the shipped build's time.
const patched = patchEmojiFont(source, 1);
const font = readWoff2(patched.bytes);

function tableOf(woff: typeof font, tag: string): Buffer {
  const table = woff.tables.find((entry) => entry.tag === tag);
  if (!table) throw new Error(`no ${tag}`);
  return table.data;
}

const cmap = readCmap(tableOf(original, 'cmap'));
const glyph = (codePoint: number): number => {
  const id = cmap.get(codePoint);
  if (id === undefined) throw new Error(`U+${codePoint.toString(16)} is not mapped`);
  return id;
};

describe('emoji font patch', () => {
  it('reads a WOFF2 file and writes back the same tables', () => {
    const again = readWoff2(writeWoff2(original, original, 1));
    expect(again.tables.map((table) => [table.tag, table.origLength, table.transformed])).toEqual(original.tables.map((table) => [table.tag, table.origLength, table.transformed]));
    again.tables.forEach((table, index) => expect(table.data.equals(original.tables[index]?.data ?? Buffer.alloc(0)), table.tag).toBe(true));
    expect(again.totalSfntSize).toBe(original.totalSfntSize);
  });

  it('keeps every table but GSUB and post byte for byte', () => {
    for (const table of font.tables) {
      if (table.tag === 'GSUB' || table.tag === 'post') continue;
      expect(table.data.equals(tableOf(original, table.tag)), table.tag).toBe(true);
    }
    expect(tableOf(font, 'post').readUInt32BE(0)).toBe(0x00030000);
    expect(tableOf(font, 'post')).toHaveLength(32);
  });

  it('turns 1 20E3 into the same keycap as 1 FE0F 20E3, in a lookup before the original ones', () => {
    const before = readGsub(tableOf(original, 'GSUB'));
    const after = readGsub(tableOf(font, 'GSUB'));
    expect(after.lookups.slice(1)).toEqual(before.lookups);
    const keycap = before.lookups[0]?.ligatures.find((rule) => rule.sequence.join() === [glyph(0x31), glyph(0xfe0f), glyph(0x20e3)].join());
    expect(keycap).toBeDefined();
    const twin = after.lookups[0]?.ligatures.find((rule) => rule.sequence.join() === [glyph(0x31), glyph(0x20e3)].join());
    expect(twin?.glyph).toBe(keycap?.glyph);
    // 🏳️‍🌈 = 1F3F3 FE0F 200D 1F308: the rainbow flag without FE0F too.
    const flag = after.lookups[0]?.ligatures.find((rule) => rule.sequence.join() === [glyph(0x1f3f3), glyph(0x200d), glyph(0x1f308)].join());
    expect(flag).toBeDefined();
    expect(after.lookups[0]?.ligatures.every((rule) => !rule.sequence.includes(glyph(0xfe0f)))).toBe(true);
    expect(after.lookups[0]?.ligatures).toHaveLength(patched.addedRules);
    // Every feature that used the original lookup applies the new one first.
    expect(after.features.map((feature) => [feature.tag, feature.lookups])).toEqual(before.features.map((feature) => [feature.tag, [0, ...feature.lookups.map((index) => index + 1)]]));
  });

  it('reports the code points the font maps', () => {
    expect(patched.codePoints).toEqual([...cmap.keys()].sort((a, b) => a - b));
    expect(patched.codePoints).toContain(0x1f4aa);
  });
});
