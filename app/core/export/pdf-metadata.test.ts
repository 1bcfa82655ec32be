import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf } from './pdf-metadata';

async function classicPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) pdf.addPage([960, 540]);
  return pdf.save({ useObjectStreams: false });
}

describe('finishPdf', () => {
  it('sets any title and author by appending an update that another PDF library reads back', async () => {
    const original = await classicPdf(3);
    const finished = finishPdf(original, { title: 'Kerja Sama Internasional 🤝 “Dunia”', author: 'Bu Sari (guru)' }, new Date(Date.UTC(2026, 10, 26, 9, 5, 0)));
    expect(finished.pages).toBe(3);
    expect(Buffer.from(finished.bytes.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    const reread = await PDFDocument.load(finished.bytes, { updateMetadata: false });
    expect([reread.getTitle(), reread.getAuthor(), reread.getCreator(), reread.getPageCount()]).toEqual(['Kerja Sama Internasional 🤝 “Dunia”', 'Bu Sari (guru)', 'Mimbar', 3]);
    expect(reread.getModificationDate()?.toISOString()).toBe('2026-11-26T09:05:00.000Z');
  });

  it('refuses a PDF whose trailer it cannot read rather than damaging it', () => {
    expect(() => finishPdf(new TextEncoder().encode('%PDF-1.7\nnot a real file'), { title: 'x', author: null })).toThrow(/classic trailer/);
  });
});
