// @ts-check
// Reads a font's Unicode cmap (format 12, else format 4) into a map from code point to glyph id.

/**
 * @param {Buffer} cmap the raw cmap table
 * @returns {Map<number, number>}
 */
export function readCmap(cmap) {
  const count = cmap.readUInt16BE(2);
  /** @type {{ format: number, offset: number }[]} */
  const subtables = [];
  for (let i = 0; i < count; i++) {
    const record = 4 + i * 8;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    const offset = cmap.readUInt32BE(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) subtables.push({ format: cmap.readUInt16BE(offset), offset });
  }
  const best = subtables.find((table) => table.format === 12) ?? subtables.find((table) => table.format === 4);
  if (!best) throw new Error('the font has no Unicode cmap (format 4 or 12)');
  return best.format === 12 ? readFormat12(cmap, best.offset) : readFormat4(cmap, best.offset);
}

/** @param {Buffer} cmap @param {number} at */
function readFormat12(cmap, at) {
  const map = new Map();
  const groups = cmap.readUInt32BE(at + 12);
  for (let i = 0; i < groups; i++) {
    const group = at + 16 + i * 12;
    const start = cmap.readUInt32BE(group);
    const end = cmap.readUInt32BE(group + 4);
    const glyph = cmap.readUInt32BE(group + 8);
    for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
  }
  return map;
}

/** @param {Buffer} cmap @param {number} at */
function readFormat4(cmap, at) {
  const map = new Map();
  const segments = cmap.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = cmap.readUInt16BE(ends + s * 2);
    const start = cmap.readUInt16BE(starts + s * 2);
    const delta = cmap.readInt16BE(deltas + s * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const raw = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}
