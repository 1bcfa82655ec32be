// @ts-check
// Reads the ligature rules of a font's GSUB table and writes a GSUB with one more ligature lookup in
// front of the others. The original table is kept byte for byte inside the new one (its lookups and
// script list are pointed at where they now sit), so nothing the font had is re-encoded.

/**
 * @typedef {object} Ligature
 * @property {number[]} sequence the glyphs the rule replaces, the first one included
 * @property {number} glyph the ligature glyph
 */

/**
 * @typedef {object} Lookup
 * @property {number} type the lookup type (an extension lookup reports the type it wraps)
 * @property {number} flag
 * @property {Ligature[]} ligatures its rules, when it is a ligature lookup
 */

/**
 * @typedef {object} Feature
 * @property {string} tag
 * @property {number} params offset of the feature parameters from the feature table, 0 for none
 * @property {number} at the feature table's offset in GSUB
 * @property {number[]} lookups indices into the lookup list
 */

/**
 * @typedef {object} Gsub
 * @property {number} scriptList offset of the script list
 * @property {number} lookupList offset of the lookup list
 * @property {number[]} lookupOffsets each lookup's offset from the lookup list
 * @property {Lookup[]} lookups
 * @property {Feature[]} features
 */

/**
 * @param {Buffer} gsub
 * @param {number} at a coverage table's offset
 * @returns {number[]} the covered glyphs in coverage-index order
 */
function readCoverage(gsub, at) {
  const format = gsub.readUInt16BE(at);
  const count = gsub.readUInt16BE(at + 2);
  const glyphs = [];
  if (format === 1) {
    for (let i = 0; i < count; i++) glyphs.push(gsub.readUInt16BE(at + 4 + i * 2));
  } else if (format === 2) {
    for (let i = 0; i < count; i++) {
      const record = at + 4 + i * 6;
      const start = gsub.readUInt16BE(record);
      const end = gsub.readUInt16BE(record + 2);
      const index = gsub.readUInt16BE(record + 4);
      for (let glyph = start; glyph <= end; glyph++) glyphs[index + glyph - start] = glyph;
    }
  } else throw new Error(`GSUB: unknown coverage format ${format}`);
  return glyphs;
}

/** @param {Buffer} gsub @param {number} at a LigatureSubst subtable's offset @returns {Ligature[]} */
function readLigatureSubtable(gsub, at) {
  if (gsub.readUInt16BE(at) !== 1) throw new Error('GSUB: unknown ligature subtable format');
  const firsts = readCoverage(gsub, at + gsub.readUInt16BE(at + 2));
  const sets = gsub.readUInt16BE(at + 4);
  const ligatures = [];
  for (let s = 0; s < sets; s++) {
    const set = at + gsub.readUInt16BE(at + 6 + s * 2);
    const first = firsts[s];
    if (first === undefined) throw new Error('GSUB: a ligature set outside its coverage');
    const count = gsub.readUInt16BE(set);
    for (let l = 0; l < count; l++) {
      const ligature = set + gsub.readUInt16BE(set + 2 + l * 2);
      const components = gsub.readUInt16BE(ligature + 2);
      const sequence = [first];
      for (let c = 1; c < components; c++) sequence.push(gsub.readUInt16BE(ligature + 2 + c * 2));
      ligatures.push({ sequence, glyph: gsub.readUInt16BE(ligature) });
    }
  }
  return ligatures;
}

/**
 * Parses the parts of GSUB this module rewrites: features, lookups and their ligature rules.
 * @param {Buffer} gsub
 * @returns {Gsub}
 */
export function readGsub(gsub) {
  if (gsub.readUInt16BE(0) !== 1) throw new Error('GSUB: unknown major version');
  if (gsub.readUInt16BE(2) === 1 && gsub.readUInt32BE(10) !== 0) throw new Error('GSUB: feature variations are not supported');
  const scriptList = gsub.readUInt16BE(4);
  const featureList = gsub.readUInt16BE(6);
  const lookupList = gsub.readUInt16BE(8);
  const features = [];
  for (let i = 0; i < gsub.readUInt16BE(featureList); i++) {
    const record = featureList + 2 + i * 6;
    const at = featureList + gsub.readUInt16BE(record + 4);
    const lookups = [];
    for (let l = 0; l < gsub.readUInt16BE(at + 2); l++) lookups.push(gsub.readUInt16BE(at + 4 + l * 2));
    features.push({ tag: gsub.toString('latin1', record, record + 4), params: gsub.readUInt16BE(at), at, lookups });
  }
  const lookupOffsets = [];
  const lookups = [];
  for (let i = 0; i < gsub.readUInt16BE(lookupList); i++) {
    const offset = gsub.readUInt16BE(lookupList + 2 + i * 2);
    const at = lookupList + offset;
    const lookupType = gsub.readUInt16BE(at);
    const flag = gsub.readUInt16BE(at + 2);
    let type = lookupType;
    /** @type {Ligature[]} */
    const ligatures = [];
    for (let s = 0; s < gsub.readUInt16BE(at + 4); s++) {
      let subtable = at + gsub.readUInt16BE(at + 6 + s * 2);
      if (lookupType === 7) {
        type = gsub.readUInt16BE(subtable + 2);
        subtable += gsub.readUInt32BE(subtable + 4);
      }
      if (type === 4) ligatures.push(...readLigatureSubtable(gsub, subtable));
    }
    lookupOffsets.push(offset);
    lookups.push({ type, flag, ligatures });
  }
  return { scriptList, lookupList, lookupOffsets, lookups, features };
}

/**
 * Encodes ligature rules as LigatureSubst subtables of at most about 60 KB each (16-bit offsets),
 * rules with the same first glyph longest first, as a shaper tries them in order.
 * @param {Ligature[]} ligatures
 * @returns {Buffer[]}
 */
function encodeLigatureSubtables(ligatures) {
  /** @type {Map<number, Ligature[]>} */
  const byFirst = new Map();
  for (const ligature of ligatures) {
    const first = ligature.sequence[0] ?? 0;
    byFirst.set(first, [...(byFirst.get(first) ?? []), ligature]);
  }
  const firsts = [...byFirst.keys()].sort((a, b) => a - b);
  /** @type {number[][]} */
  const chunks = [[]];
  let size = 0;
  for (const first of firsts) {
    const rules = byFirst.get(first) ?? [];
    const setSize = 2 + 2 + 2 + rules.reduce((sum, rule) => sum + 2 + 2 + 2 * rule.sequence.length, 0);
    if (size + setSize > 60_000 && (chunks.at(-1)?.length ?? 0) > 0) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1)?.push(first);
    size += setSize;
  }
  return chunks.map((chunk) => {
    const sets = chunk.map((first) => {
      const rules = [...(byFirst.get(first) ?? [])].sort((a, b) => b.sequence.length - a.sequence.length);
      const tables = rules.map((rule) => {
        const table = Buffer.alloc(4 + 2 * (rule.sequence.length - 1));
        table.writeUInt16BE(rule.glyph, 0);
        table.writeUInt16BE(rule.sequence.length, 2);
        rule.sequence.slice(1).forEach((glyph, i) => table.writeUInt16BE(glyph, 4 + i * 2));
        return table;
      });
      const head = Buffer.alloc(2 + 2 * tables.length);
      head.writeUInt16BE(tables.length, 0);
      let offset = head.length;
      tables.forEach((table, i) => {
        head.writeUInt16BE(offset, 2 + i * 2);
        offset += table.length;
      });
      return Buffer.concat([head, ...tables]);
    });
    const head = Buffer.alloc(6 + 2 * sets.length);
    head.writeUInt16BE(1, 0);
    head.writeUInt16BE(sets.length, 4);
    let offset = head.length;
    sets.forEach((set, i) => {
      head.writeUInt16BE(offset, 6 + i * 2);
      offset += set.length;
    });
    const coverage = Buffer.alloc(4 + 2 * chunk.length);
    coverage.writeUInt16BE(1, 0);
    coverage.writeUInt16BE(chunk.length, 2);
    chunk.forEach((glyph, i) => coverage.writeUInt16BE(glyph, 4 + i * 2));
    head.writeUInt16BE(offset, 2);
    return Buffer.concat([head, ...sets, coverage]);
  });
}

/** @param {number} value @param {string} what */
function offset16(value, what) {
  if (value < 0 || value > 0xffff) throw new Error(`GSUB: ${what} is out of a 16-bit offset's reach`);
  return value;
}

/**
 * A GSUB whose first lookup holds `ligatures`, applied before every lookup of the original, for the
 * features listed in `featureTags`. Layout: header, new feature list, new lookup list, the new
 * extension lookup, the original table untouched, then the new ligature subtables (32-bit offsets).
 * @param {Buffer} gsub the original table
 * @param {Ligature[]} ligatures
 * @param {ReadonlySet<string>} featureTags
 * @returns {Buffer}
 */
export function prependLigatureLookup(gsub, ligatures, featureTags) {
  const parsed = readGsub(gsub);
  const subtables = encodeLigatureSubtables(ligatures);
  const featureSizes = parsed.features.map((feature) => 4 + 2 * (feature.lookups.length + (featureTags.has(feature.tag) ? 1 : 0)));
  const featureListAt = 10;
  const featureListSize = 2 + 6 * parsed.features.length + featureSizes.reduce((a, b) => a + b, 0);
  const lookupListAt = featureListAt + featureListSize;
  const lookupListSize = 2 + 2 * (parsed.lookups.length + 1);
  const newLookupAt = lookupListAt + lookupListSize;
  const newLookupSize = 6 + 2 * subtables.length + 8 * subtables.length;
  const originalAt = (newLookupAt + newLookupSize + 3) & ~3;
  const subtablesAt = (originalAt + gsub.length + 3) & ~3;
  const size = subtablesAt + subtables.reduce((sum, table) => sum + table.length, 0);
  const out = Buffer.alloc(size);

  out.writeUInt32BE(0x00010000, 0);
  out.writeUInt16BE(offset16(originalAt + parsed.scriptList, 'the script list'), 4);
  out.writeUInt16BE(featureListAt, 6);
  out.writeUInt16BE(lookupListAt, 8);

  out.writeUInt16BE(parsed.features.length, featureListAt);
  let featureAt = featureListAt + 2 + 6 * parsed.features.length;
  parsed.features.forEach((feature, i) => {
    const record = featureListAt + 2 + i * 6;
    out.write(feature.tag, record, 'latin1');
    out.writeUInt16BE(featureAt - featureListAt, record + 4);
    const params = feature.params === 0 ? 0 : offset16(originalAt + feature.at + feature.params - featureAt, 'feature parameters');
    const lookups = [...(featureTags.has(feature.tag) ? [0] : []), ...feature.lookups.map((index) => index + 1)];
    out.writeUInt16BE(params, featureAt);
    out.writeUInt16BE(lookups.length, featureAt + 2);
    lookups.forEach((index, l) => out.writeUInt16BE(index, featureAt + 4 + l * 2));
    featureAt += featureSizes[i] ?? 0;
  });

  out.writeUInt16BE(parsed.lookups.length + 1, lookupListAt);
  out.writeUInt16BE(newLookupAt - lookupListAt, lookupListAt + 2);
  parsed.lookupOffsets.forEach((offset, i) => {
    out.writeUInt16BE(offset16(originalAt + parsed.lookupList + offset - lookupListAt, 'an original lookup'), lookupListAt + 4 + i * 2);
  });

  out.writeUInt16BE(7, newLookupAt);
  out.writeUInt16BE(0, newLookupAt + 2);
  out.writeUInt16BE(subtables.length, newLookupAt + 4);
  let dataAt = subtablesAt;
  subtables.forEach((table, i) => {
    const extension = newLookupAt + 6 + 2 * subtables.length + 8 * i;
    out.writeUInt16BE(extension - newLookupAt, newLookupAt + 6 + i * 2);
    out.writeUInt16BE(1, extension);
    out.writeUInt16BE(4, extension + 2);
    out.writeUInt32BE(dataAt - extension, extension + 4);
    table.copy(out, dataAt);
    dataAt += table.length;
  });
  gsub.copy(out, originalAt);
  return out;
}
