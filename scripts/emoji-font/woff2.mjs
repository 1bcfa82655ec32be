// @ts-check
// Reads and writes a WOFF2 file's table list without decoding its glyphs: the tables sit in one brotli
// stream, glyf/loca/hmtx possibly in WOFF2's transformed form, which is kept as it is. Enough to
// replace a table such as GSUB or post and write the font back (https://www.w3.org/TR/WOFF2/).
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/** The 63 tags WOFF2 encodes as an index into this list (spec, table 5.1); index 63 means "tag follows". */
const KNOWN_TAGS = ('cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx ' +
  'BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd ' +
  'prop trak Zapf Silf Glat Gloc Feat Sill').match(/.{4}(?: |$)/g)?.map((tag) => tag.slice(0, 4)) ?? [];
if (KNOWN_TAGS.length !== 63) throw new Error(`WOFF2 tag list has ${KNOWN_TAGS.length} entries, not 63`);

const HEADER_SIZE = 48;

/**
 * @typedef {object} Woff2Table
 * @property {string} tag
 * @property {number} transform the transform version (bits 6-7 of the flags)
 * @property {number} origLength the table's length once decoded
 * @property {boolean} transformed whether the stream holds a transformed form (then `data` is that form)
 * @property {Buffer} data the table's bytes as they sit in the stream
 */

/**
 * @typedef {object} Woff2Font
 * @property {number} flavor the sfnt version (0x00010000 for TrueType outlines)
 * @property {number} totalSfntSize the decoded font's size as the file declares it
 * @property {number} majorVersion
 * @property {number} minorVersion
 * @property {Woff2Table[]} tables in directory order
 */

/**
 * @param {Buffer} bytes
 * @param {number} at
 * @returns {[number, number]} the value and the offset after it
 */
function readBase128(bytes, at) {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = bytes.readUInt8(at + i);
    if (i === 0 && byte === 0x80) throw new Error('WOFF2: UIntBase128 with a leading zero');
    if (value & 0xfe000000) throw new Error('WOFF2: UIntBase128 overflows 32 bits');
    value = (value << 7) | (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value >>> 0, at + i + 1];
  }
  throw new Error('WOFF2: UIntBase128 longer than 5 bytes');
}

/** @param {number} value */
function writeBase128(value) {
  const bytes = [value & 0x7f];
  for (let rest = value >>> 7; rest > 0; rest >>>= 7) bytes.unshift(0x80 | (rest & 0x7f));
  return Buffer.from(bytes);
}

/** @param {string} tag @param {number} transform */
function isTransformed(tag, transform) {
  return tag === 'glyf' || tag === 'loca' ? transform !== 3 : transform !== 0;
}

/**
 * Parses a WOFF2 file into its tables (metadata and private blocks are refused: emoji fonts have none).
 * @param {Buffer} bytes
 * @returns {Woff2Font}
 */
export function readWoff2(bytes) {
  if (bytes.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file');
  const flavor = bytes.readUInt32BE(4);
  if (flavor === 0x74746366) throw new Error('WOFF2 font collections are not supported');
  if (bytes.readUInt32BE(8) !== bytes.length) throw new Error('WOFF2: declared length differs from the file');
  const numTables = bytes.readUInt16BE(12);
  const totalSfntSize = bytes.readUInt32BE(16);
  const totalCompressedSize = bytes.readUInt32BE(20);
  if (bytes.readUInt32BE(32) !== 0 || bytes.readUInt32BE(44) !== 0) throw new Error('WOFF2 metadata or private data is not supported');
  /** @type {(Omit<Woff2Table, 'data'> & { length: number })[]} */
  const entries = [];
  let at = HEADER_SIZE;
  for (let i = 0; i < numTables; i++) {
    const flags = bytes.readUInt8(at++);
    const index = flags & 0x3f;
    let tag = KNOWN_TAGS[index] ?? '';
    if (index === 63) {
      tag = bytes.toString('latin1', at, at + 4);
      at += 4;
    }
    const transform = flags >> 6;
    const [origLength, next] = readBase128(bytes, at);
    at = next;
    const transformed = isTransformed(tag, transform);
    let length = origLength;
    if (transformed) [length, at] = readBase128(bytes, at);
    entries.push({ tag, transform, origLength, transformed, length });
  }
  const stream = brotliDecompressSync(bytes.subarray(at, at + totalCompressedSize));
  let offset = 0;
  const tables = entries.map(({ length, ...entry }) => {
    const data = stream.subarray(offset, offset + length);
    offset += length;
    return { ...entry, data };
  });
  if (offset !== stream.length) throw new Error(`WOFF2: the tables take ${offset} bytes of a ${stream.length}-byte stream`);
  return { flavor, totalSfntSize, majorVersion: bytes.readUInt16BE(24), minorVersion: bytes.readUInt16BE(26), tables };
}

/** @param {number} length */
const padded = (length) => (length + 3) & ~3;

/**
 * Writes `font` as WOFF2. `totalSfntSize` is the declared size grown or shrunk by the change in each
 * untransformed table's padded length, so a decoder's output buffer still fits the font.
 * @param {Woff2Font} font
 * @param {Woff2Font} original the font as read, to size the decoded font
 * @param {number} [quality] brotli quality, 0-11
 * @returns {Buffer}
 */
export function writeWoff2(font, original, quality = 11) {
  const before = new Map(original.tables.map((table) => [table.tag, table]));
  let totalSfntSize = original.totalSfntSize;
  /** @type {Buffer[]} */
  const directory = [];
  for (const table of font.tables) {
    const old = before.get(table.tag);
    if (!table.transformed) totalSfntSize += padded(table.origLength) - (old ? padded(old.origLength) : 0);
    if (!old) totalSfntSize += 16;
    const index = KNOWN_TAGS.indexOf(table.tag);
    directory.push(Buffer.from([(table.transform << 6) | (index === -1 ? 63 : index)]));
    if (index === -1) directory.push(Buffer.from(table.tag, 'latin1'));
    directory.push(writeBase128(table.origLength));
    if (table.transformed) directory.push(writeBase128(table.data.length));
  }
  const stream = Buffer.concat(font.tables.map((table) => table.data));
  const compressed = brotliCompressSync(stream, {
    params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT, [constants.BROTLI_PARAM_SIZE_HINT]: stream.length },
  });
  const tableDirectory = Buffer.concat(directory);
  const length = padded(HEADER_SIZE + tableDirectory.length + compressed.length);
  const header = Buffer.alloc(HEADER_SIZE);
  header.write('wOF2', 0, 'latin1');
  header.writeUInt32BE(font.flavor, 4);
  header.writeUInt32BE(length, 8);
  header.writeUInt16BE(font.tables.length, 12);
  header.writeUInt32BE(totalSfntSize, 16);
  header.writeUInt32BE(compressed.length, 20);
  header.writeUInt16BE(font.majorVersion, 24);
  header.writeUInt16BE(font.minorVersion, 26);
  const file = Buffer.alloc(length);
  Buffer.concat([header, tableDirectory, compressed]).copy(file);
  return file;
}
