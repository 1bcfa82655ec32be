/**
 * Finishes the PDF a printer made: title, author, language-independent creator, in a new document
 * information dictionary appended as an incremental update (PDF 32000-1 §7.5.6). Nothing before it is
 * rewritten, so the outline, tags and text stay byte for byte as Chromium made them, and the cost is
 * constant whatever the page count (re-saving the whole file took ~1 s for 500 pages). Chromium writes
 * a classic cross-reference table and trailer; anything else is refused with an error.
 */

export interface PdfInfo {
  title: string;
  author: string | null;
}

/** Returns the PDF with its metadata set, and its page count. */
export function finishPdf(bytes: Uint8Array, info: PdfInfo, now: Date = new Date()): { bytes: Uint8Array; pages: number } {
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 4096)));
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const size = trailer ? /\/Size\s+(\d+)/.exec(trailer[1] ?? '') : null;
  const root = trailer ? /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer[1] ?? '') : null;
  if (!trailer || !size || !root) throw new Error('The printer made a PDF without a classic trailer; cannot set its metadata.');
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer[1] ?? '')?.[1];
  const infoNumber = Number(size[1]);
  const entries = [`/Title ${pdfText(info.title)}`, info.author ? `/Author ${pdfText(info.author)}` : '', '/Creator (Mimbar)', `/ModDate (${pdfDate(now)})`];
  const separator = bytes[bytes.length - 1] === 0x0a ? '' : '\n';
  const object = `${separator}${infoNumber} 0 obj\n<<${entries.filter(Boolean).join(' ')}>>\nendobj\n`;
  const xrefOffset = bytes.length + object.length;
  const update =
    `${object}xref\n${infoNumber} 1\n${String(bytes.length + separator.length).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${infoNumber + 1} /Root ${root[1]} /Info ${infoNumber} 0 R /Prev ${trailer[2]}${id ? ` /ID ${id}` : ''}>>\n` +
    `startxref\n${xrefOffset}\n%%EOF\n`;
  const out = new Uint8Array(bytes.length + update.length);
  out.set(bytes);
  out.set(fromLatin1(update), bytes.length);
  return { bytes: out, pages: countPages(bytes) };
}

/** A PDF text string: UTF-16BE with a byte order mark, as hex, so any script and emoji survive. */
function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

function pdfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** Page objects in an uncompressed PDF (Chromium writes page dictionaries outside object streams). */
function countPages(bytes: Uint8Array): number {
  return (latin1(bytes).match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function fromLatin1(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
