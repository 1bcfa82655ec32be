/**
 * Finishes the PDF a printer made: title, author, language and creator in the document information,
 * with the title shown in viewers' title bars. Chromium sets only the title (from the page's <title>).
 */
import { PDFDocument } from 'pdf-lib';

export interface PdfInfo {
  title: string;
  author: string | null;
  lang: string;
}

/** Returns the PDF with its metadata set, and its page count. The outline and text are kept as they are. */
export async function finishPdf(bytes: Uint8Array, info: PdfInfo): Promise<{ bytes: Uint8Array; pages: number }> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  document.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) document.setAuthor(info.author);
  document.setLanguage(info.lang);
  document.setCreator('Mimbar');
  document.setModificationDate(new Date());
  return { bytes: await document.save(), pages: document.getPageCount() };
}
