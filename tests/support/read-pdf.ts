/** Reads a PDF the way the tests inspect one: pages, text per page, outline titles, and metadata (pdfjs-dist). */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfSummary {
  pages: number;
  /** Text of each page, items joined by spaces. */
  pageTexts: string[];
  /** Top-level outline (bookmark) titles, in order. */
  outline: string[];
  info: { Title?: string; Author?: string; Language?: string };
}

/** Loads the PDF at `path` and summarises it. */
export async function readPdf(path: string): Promise<PdfSummary> {
  const data = new Uint8Array(await readFile(path));
  const document = await getDocument({ data, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pageTexts: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      pageTexts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    const outline = ((await document.getOutline()) ?? []).map((entry) => entry.title);
    const { info } = await document.getMetadata();
    return { pages: document.numPages, pageTexts, outline, info: info as PdfSummary['info'] };
  } finally {
    await document.destroy();
  }
}

/** Letters and digits only, single-spaced: how titles are compared with extracted text (emoji vary). */
export function wordsOf(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
}
