/** Pixels of a screenshot read in the page: how much of it is strongly coloured (emoji drawn in colour, as opposed to grey text, blanks or boxes), and the colours at given points. */
import type { Page } from 'playwright-core';

/** A rectangle in image pixels. */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What to read from a decoded PNG: the share of strongly coloured pixels in a box, or the colours at points. */
type PixelQuestion = { kind: 'share'; box: PixelBox | null } | { kind: 'points'; points: Array<[number, number]> };

/** Decodes `png` in `page` (the page's own decoder) and answers `question` there, so only the answer crosses over. */
function askPixels(page: Page, png: Buffer, question: PixelQuestion): Promise<number | Array<[number, number, number]>> {
  return page.evaluate(
    async ({ base64, question: asked }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(bitmap, 0, 0);
      if (asked.kind === 'points') {
        return asked.points.map(([x, y]) => {
          const { data } = context.getImageData(Math.round(x), Math.round(y), 1, 1);
          return [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0] as [number, number, number];
        });
      }
      const area = asked.box;
      const x = Math.max(0, Math.floor(area?.x ?? 0));
      const y = Math.max(0, Math.floor(area?.y ?? 0));
      const width = Math.max(1, Math.min(bitmap.width - x, Math.ceil(area?.width ?? bitmap.width)));
      const height = Math.max(1, Math.min(bitmap.height - y, Math.ceil(area?.height ?? bitmap.height)));
      const { data } = context.getImageData(x, y, width, height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
        if (Math.max(r, g, b) - Math.min(r, g, b) > 80) count++;
      }
      return count / (data.length / 4);
    },
    { base64: png.toString('base64'), question },
  );
}

/**
 * The share (0-1) of strongly coloured pixels in `png`, or in `box` of it: a pixel counts when its
 * channels differ by more than 80 (no theme text or background here does). Decoded by `page`.
 */
export async function colouredShare(page: Page, png: Buffer, box?: PixelBox): Promise<number> {
  return (await askPixels(page, png, { kind: 'share', box: box ?? null })) as number;
}

/** The colours of `png` at the given points (image pixels), decoded by `page`. */
export async function coloursAt(page: Page, png: Buffer, points: Array<[number, number]>): Promise<Array<[number, number, number]>> {
  return (await askPixels(page, png, { kind: 'points', points })) as Array<[number, number, number]>;
}
