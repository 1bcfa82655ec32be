// The print view (renderer/print) in real Chromium, served by the browser host with an export plan:
// page boxes of the planned paper size, nothing cut (slides fitted, notes continued on extra pages),
// one outline heading per slide, fragment steps, a missing image, a hostile deck, the real article,
// and real PDFs printed the way the CLI prints them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../app/contract/deck';
import type { ExportLayout, ExportOptions, ExportPlan } from '../../app/contract/export';
import { loadDeck } from '../../app/core/files/load-deck';
import { planExport } from '../../app/core/export/plan-export';
import { PAGE_CSP } from '../../app/core/served-files';
import { readPdf } from '../support/read-pdf';
import { hostilePrintDeck, printDeck } from './fixtures/print-deck';
import { inspectPrintView, openPrintView } from './fixtures/print-view-page';
import type { OpenedPrintView, PrintLayout } from './fixtures/print-view-page';
import { DIST_DIR, launchChromium, requireBuiltRenderer } from './support/chromium';

const DOCS = fileURLToPath(new URL('../../docs', import.meta.url));
const ARTICLE = fileURLToPath(new URL('../../slides/manfaat-hubungan-internasional.md', import.meta.url));
const OUT = fileURLToPath(new URL('../../test-results/print/', import.meta.url));
const PX_PER_MM = 96 / 25.4;
/** Text from the bodies of the print deck's slides (titles are also in the outline headings). */
const SLIDE_BODY_PHRASES = ['Mimbar', 'satu', 'dua', 'Lihat catatan.', 'Butir yang cukup panjang'];

function plan(deck: Deck, layout: ExportLayout, extra: Partial<ExportOptions> = {}): ExportPlan {
  return planExport(deck, { layout, fragments: 'final', paper: 'auto', orientation: 'auto', slideTheme: 'auto', ...extra });
}

/** Every page has the planned size, and nothing is cut anywhere. */
function expectPagesFit(layout: PrintLayout, exportPlan: ExportPlan): void {
  for (const page of layout.pages) {
    expect(Math.abs(page.width - exportPlan.page.widthMm * PX_PER_MM)).toBeLessThanOrEqual(1);
    expect(Math.abs(page.height - exportPlan.page.heightMm * PX_PER_MM)).toBeLessThanOrEqual(1);
  }
  expect(layout.fit.pages).toEqual([]);
  expect(layout.fit.notesAreas).toEqual([]);
}

/** One outline heading per slide, in order, and no other heading in the accessibility tree. */
function expectOneOutlineEntryPerSlide(layout: PrintLayout, deck: Deck): void {
  expect(layout.outline).toEqual(deck.slides.map((slide) => slide.id));
  expect(layout.strayHeadings).toEqual([]);
}

/** The pages of a notes layout as printed: kind, the slides whose frames it holds, its notes text, geometry. */
function notesPagesOf(page: Page): Promise<Array<{ kind: string; frames: string[]; notes: string; header: string; height: number; frameBottom: number }>> {
  return page.locator('.page').evaluateAll((boxes) =>
    boxes.map((box) => {
      const top = box.getBoundingClientRect().top;
      const frames = Array.from(box.querySelectorAll<HTMLElement>('.frame'));
      return {
        kind: Array.from(box.classList).find((name) => name.startsWith('page-'))?.slice('page-'.length) ?? '',
        frames: frames.map((frame) => frame.dataset['slide'] ?? ''),
        notes: (box.querySelector('.notes-area')?.textContent ?? '').trim(),
        header: box.querySelector('.page-header')?.textContent ?? '',
        height: box.getBoundingClientRect().height,
        frameBottom: Math.max(0, ...frames.map((frame) => frame.getBoundingClientRect().bottom - top)),
      };
    }),
  );
}

/** Size in points of every text item of the PDF at `path`. */
async function textSizesOf(path: string): Promise<Array<{ pt: number; text: string; page: number }>> {
  const document = await getDocument({ data: new Uint8Array(await readFile(path)), disableFontFace: true, verbosity: 0 }).promise;
  try {
    const sizes: Array<{ pt: number; text: string; page: number }> = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      for (const item of (await (await document.getPage(number)).getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , c = 0, d = 0] = item.transform as number[];
        sizes.push({ pt: Math.hypot(c, d), text: item.str, page: number });
      }
    }
    return sizes;
  } finally {
    await document.destroy();
  }
}

describe('print view', () => {
  let browser: Browser;
  const opened: OpenedPrintView[] = [];
  const open = async (deck: Deck, exportPlan: ExportPlan, assetDir: string | undefined = DOCS): Promise<OpenedPrintView> => {
    const view = await openPrintView(browser, { deck, plan: exportPlan, assetDir });
    opened.push(view);
    return view;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    await mkdir(OUT, { recursive: true });
  });

  afterAll(async () => {
    for (const view of opened) await view.close();
    await browser?.close();
  });

  it('puts the same CSP in print.html as the host sends, with no inline script or style', async () => {
    requireBuiltRenderer();
    const html = await readFile(join(DIST_DIR, 'renderer', 'print.html'), 'utf8');
    expect(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]).toBe(PAGE_CSP);
    expect(html).not.toMatch(/<script>|<style|\sstyle=|\son[a-z]+=/i);
    expect(html).toMatch(/src="print\.js"/);
    expect(html).toMatch(/href="print\.css"/);
    expect(await readFile(join(DIST_DIR, 'renderer', 'print.css'), 'utf8')).not.toMatch(/https?:\/\//);
  });

  it('prints slides one per page at the planned size, fitted, with one outline entry per slide and no CSP violation', async () => {
    const exportPlan = plan(printDeck, 'slides');
    const view = await open(printDeck, exportPlan);
    const layout = await inspectPrintView(view.page);
    expect(view.ready).toEqual({ pages: printDeck.slides.length, overflowing: [], brokenImages: 1 });
    expect(layout.pages.map((page) => page.kind)).toEqual(printDeck.slides.map(() => 'slide'));
    expectPagesFit(layout, exportPlan);
    expect(layout.fit.slides).toEqual([]);
    expectOneOutlineEntryPerSlide(layout, printDeck);
    // The @page rule is a constructed stylesheet: CSSOM, which style-src 'self' allows.
    expect(await view.cspViolations()).toEqual([]);
    // The one error is the missing image's 404.
    expect(view.errors).toEqual(['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
    expect(view.progress.at(-1)).toEqual({ done: exportPlan.pages.length, total: exportPlan.pages.length });
    // The over-full slide was shrunk, not cut.
    const fontSize = await view.page.locator('section[data-mimbar-slide="tanpa-catatan"]').evaluate((section) => (section as HTMLElement).style.fontSize);
    expect(fontSize).toMatch(/^\d+%$/);
  });

  it('shows fragment steps in reveal.js order, hiding later fragments without moving anything', async () => {
    const exportPlan = plan(printDeck, 'slides', { fragments: 'steps' });
    const view = await open(printDeck, exportPlan);
    const layout = await inspectPrintView(view.page);
    const framesOf = (id: string): string[][] => layout.frames.filter((frame) => frame.slide === id).map((frame) => frame.visibleFragments);
    expect(framesOf('langkah')).toEqual([[], ['satu'], ['satu', 'dua']]);
    expect(framesOf('urutan')).toEqual([[], ['a'], ['b', 'a'], ['b', 'a', 'c']]);
    expect(view.ready.pages).toBe(exportPlan.pages.length);
    expectOneOutlineEntryPerSlide(layout, printDeck);
    const tops = await view.page.locator('section[data-mimbar-slide="langkah"] li').evaluateAll((items) => items.map((item) => (item as HTMLElement).offsetTop));
    expect(new Set(tops.filter((_, index) => index % 2 === 0)).size).toBe(1);
  });

  it('replaces a missing image with a box naming its file and still reports ready', async () => {
    const view = await open(printDeck, plan(printDeck, 'slides'));
    const slide = view.page.locator('section[data-mimbar-slide="gambar"]');
    expect(await slide.locator('.print-broken-image-file').textContent()).toBe('hilang.png');
    expect(await slide.locator('.print-broken-image-label').textContent()).toBe('Gambar tidak dapat dimuat');
    expect(await slide.locator('img').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(view.ready.brokenImages).toBe(1);
  });

  it('continues long notes onto extra pages, cutting nothing and losing no word', async () => {
    const exportPlan = plan(printDeck, 'notes-below');
    const view = await open(printDeck, exportPlan);
    const layout = await inspectPrintView(view.page);
    expect(layout.pages.length).toBeGreaterThan(exportPlan.pages.length + 3);
    expect(view.ready.pages).toBe(layout.pages.length);
    expectPagesFit(layout, exportPlan);
    expectOneOutlineEntryPerSlide(layout, printDeck);
    const notesText = (id: string): Promise<string> =>
      view.page.evaluate((slideId) => {
        const slide = Array.from(document.querySelectorAll('.page-header')).filter((header) => header.textContent?.includes(`· ${slideId}`));
        return slide.map((header) => header.parentElement?.querySelector('.notes-area')?.textContent ?? '').join(' ');
      }, id);
    // Blocks join without spaces in textContent: compare the text without any whitespace.
    const words = (text: string): string => text.replace(/\s+/g, '');
    const original = (id: string): string => words(printDeck.slides.find((slide) => slide.id === id)?.notes.text ?? '');
    for (const title of ['Catatan panjang', 'Paragraf raksasa']) {
      const id = printDeck.slides.find((slide) => slide.title === title)?.id ?? '';
      expect(words(await notesText(title))).toBe(original(id));
    }
    expect(await view.page.locator('.page-notes-continued .page-header', { hasText: 'Catatan panjang (lanjutan)' }).count()).toBeGreaterThan(1);
    // Notes start under their slide: no notes area is left empty.
    const areaTexts = await view.page.locator('.notes-area').allTextContents();
    expect(areaTexts.filter((text) => text.trim() === '')).toEqual([]);
    // The numbered list continues its numbering on the next page.
    const starts = await view.page.locator('.page-notes-continued ol').evaluateAll((lists) => lists.map((list) => list.getAttribute('start')));
    const firstCount = await view.page.locator('.page-slide-notes .notes-area ol').last().locator('li').count();
    expect(starts[0]).toBe(String(firstCount + 1));
  });

  it('prints notes pages PowerPoint-style: one portrait page per slide with its picture, more only for long notes', async () => {
    const exportPlan = plan(printDeck, 'notes-pages');
    expect(exportPlan).toMatchObject({ paper: 'a4', orientation: 'portrait' });
    expect(exportPlan.pages).toHaveLength(printDeck.slides.length);
    const view = await open(printDeck, exportPlan);
    const layout = await inspectPrintView(view.page);
    expectPagesFit(layout, exportPlan);
    expectOneOutlineEntryPerSlide(layout, printDeck);
    const pages = await notesPagesOf(view.page);
    // One notes page per slide, in order, each with the picture of its own slide on the top half.
    expect(pages.filter((page) => page.kind === 'notes').map((page) => page.frames)).toEqual(printDeck.slides.map((slide) => [slide.id]));
    for (const page of pages.filter((page) => page.kind === 'notes')) expect(page.frameBottom, page.header).toBeLessThanOrEqual(page.height / 2);
    // Continuation pages follow only the three slides with long notes, and hold no picture.
    const continuedAfter = new Set(pages.flatMap((page, index) => (page.kind === 'notes-continued' ? [pages.slice(0, index).filter((p) => p.kind === 'notes').at(-1)?.frames[0]] : [])));
    expect([...continuedAfter].sort()).toEqual(['catatan-panjang', 'daftar-panjang', 'paragraf-raksasa']);
    expect(pages.filter((page) => page.kind === 'notes-continued').every((page) => page.frames.length === 0)).toBe(true);
    // A slide without notes shares its page with a short line: no page of its own.
    for (const id of ['urutan', 'tanpa-catatan']) {
      const page = pages.find((candidate) => candidate.frames[0] === id);
      expect(page?.notes, id).toBe('Tidak ada catatan.');
    }
    expect(view.ready.pages).toBe(pages.length);
    expect(view.progress.at(-1)).toEqual({ done: pages.length, total: pages.length });
  });

  it('prints the bundled article as notes pages: one page per slide, each with its picture and its notes or a line', async () => {
    const deck = await loadDeck(ARTICLE);
    const exportPlan = plan(deck, 'notes-pages');
    const view = await open(deck, exportPlan, undefined);
    const layout = await inspectPrintView(view.page);
    expect(view.ready).toMatchObject({ overflowing: [], brokenImages: 0 });
    expectPagesFit(layout, exportPlan);
    const pages = await notesPagesOf(view.page);
    expect(pages.filter((page) => page.kind === 'notes').map((page) => page.frames)).toEqual(deck.slides.map((slide) => [slide.id]));
    // The article's notes all fit under their slide: 51 pages for 51 slides, not 102.
    expect(pages).toHaveLength(deck.slides.length);
    const silent = deck.slides.filter((slide) => slide.notes.text.trim() === '').map((slide) => slide.id);
    expect(silent.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.notes === 'Tidak ada catatan.', page.frames[0]).toBe(silent.includes(page.frames[0] ?? ''));
    const pdfPath = join(OUT, 'article-notes-pages.pdf');
    await writeFile(pdfPath, await view.page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }));
    expect((await readPdf(pdfPath)).pages).toBe(view.ready.pages);
    expect(view.progress.at(-1)).toEqual({ done: view.ready.pages, total: view.ready.pages });
  });

  it('prints handouts and notes on the light twin of a dark theme, and keeps the deck theme when asked', async () => {
    const deck = await loadDeck(ARTICLE);
    expect(deck.meta.theme).toBe('black');
    const backgrounds = async (exportPlan: ExportPlan): Promise<number[]> => {
      const view = await open(deck, exportPlan, undefined);
      return view.page.locator('.frame').evaluateAll((frames) =>
        frames.slice(0, 6).map((frame) => {
          const [r = 0, g = 0, b = 0] = (getComputedStyle(frame).backgroundColor.match(/\d+(\.\d+)?/g) ?? []).map(Number);
          return Math.round((0.2126 * r + 0.7152 * g + 0.0722 * b) / 2.55);
        }),
      );
    };
    for (const layoutName of ['handout-6', 'notes-pages'] as const) {
      expect(await backgrounds(plan(deck, layoutName)), layoutName).toEqual([100, 100, 100, 100, 100, 100]);
      expect((await backgrounds(plan(deck, layoutName, { slideTheme: 'deck' }))).every((lightness) => lightness < 20), layoutName).toBe(true);
    }
    // Slides are for projecting and sharing: the deck's own theme, unless asked for light.
    expect((await backgrounds(plan(deck, 'slides'))).every((lightness) => lightness < 20)).toBe(true);
    expect(await backgrounds(plan(deck, 'slides', { slideTheme: 'light' }))).toEqual([100, 100, 100, 100, 100, 100]);
  });

  it('keeps every bit of slide text on a handout-6 sheet at 7 pt or more, in the layout and in the PDF', async () => {
    const deck = await loadDeck(ARTICLE);
    const view = await open(deck, plan(deck, 'handout-6'), undefined);
    // Raised text still fits every slide: nothing is cut.
    expect(view.ready.overflowing).toEqual([]);
    expect((await inspectPrintView(view.page)).fit.slides).toEqual([]);
    const smallest = await view.page.evaluate(() => {
      let min = { pt: Infinity, text: '' };
      for (const box of document.querySelectorAll<HTMLElement>('.page-handout .slide-box')) {
        // The printed scale of the 1280 px design box.
        const scale = box.getBoundingClientRect().width / 1280;
        for (const element of box.querySelectorAll('section *')) {
          const text = Array.from(element.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim();
          if (text === '') continue;
          const pt = Number.parseFloat(getComputedStyle(element).fontSize) * scale * 0.75;
          if (pt < min.pt) min = { pt, text };
        }
      }
      return min;
    });
    expect(smallest.pt, smallest.text).toBeGreaterThanOrEqual(7 - 0.01);
    const pdfPath = join(OUT, 'article-handout-6.pdf');
    await writeFile(pdfPath, await view.page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }));
    const sizes = await textSizesOf(pdfPath);
    // The invisible 2 px outline anchors (pages.css) print at 1.5 pt; every visible text is 7 pt or more.
    const visible = sizes.filter((item) => Math.abs(item.pt - 1.5) > 0.01);
    expect(visible.length).toBeGreaterThan(deck.slides.length);
    const tiny = visible.filter((item) => item.pt < 7 - 0.05);
    expect(tiny).toEqual([]);
  });

  it('on a handout-6 sheet, scales a diagram and a formula whole: their labels and scripts keep their sizes', async () => {
    const deck = await loadDeck(fileURLToPath(new URL('../fixtures/rich/lesson.md', import.meta.url)));
    const view = await open(deck, plan(deck, 'handout-6'), undefined);
    const raised = await view.page.evaluate(() => Array.from(document.querySelectorAll<SVGElement | MathMLElement>('.page-handout svg *, .page-handout math *'), (element) => element.getAttribute('style')).filter((style) => style !== null));
    expect(raised).toEqual([]);
    // The flowchart's labels stay inside its boxes: each label is narrower than the drawing's widest box.
    const label = await view.page.evaluate(() => {
      const svg = document.querySelector('.page-handout .mimbar-diagram-flowchart svg');
      const widest = Math.max(...Array.from(svg?.querySelectorAll('rect') ?? [], (rect) => rect.getBoundingClientRect().width));
      const text = Math.max(...Array.from(svg?.querySelectorAll('text') ?? [], (text) => text.getBoundingClientRect().width));
      return { widest, text };
    });
    expect(label.text).toBeGreaterThan(0);
    expect(label.text).toBeLessThan(label.widest);
  });

  it('draws the digits of page headers, footers and slide numbers with a text font, not the emoji font', async () => {
    // The emoji font maps 0-9 to empty glyphs (keycaps only): a number drawn with it prints blank.
    const deck = await loadDeck(ARTICLE);
    for (const [layoutName, selectors] of [['handout-6', ['.handout-number', '.page-footer']], ['notes-pages', ['.page-header']]] as const) {
      const view = await open(deck, plan(deck, layoutName), undefined);
      const cdp = await view.page.context().newCDPSession(view.page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      for (const selector of selectors) {
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        expect(fonts.length, selector).toBeGreaterThan(0);
        expect(fonts.filter((font) => /emoji|twemoji/i.test(`${font.familyName} ${font.postScriptName ?? ''}`)), `${layoutName} ${selector}`).toEqual([]);
      }
      await cdp.detach();
    }
  });

  for (const [layoutName, orientation, pagesPerSheet] of [['handout-3', 'portrait', 3], ['handout-6', 'landscape', 6], ['handout-2', 'portrait', 2]] as const) {
    it(`lays out ${layoutName} (${orientation}) with slide numbers${layoutName === 'handout-3' ? ' and writing lines' : ''}`, async () => {
      const exportPlan = plan(printDeck, layoutName, { orientation });
      const view = await open(printDeck, exportPlan);
      const layout = await inspectPrintView(view.page);
      expect(layout.pages).toHaveLength(Math.ceil(printDeck.slides.length / pagesPerSheet));
      expectPagesFit(layout, exportPlan);
      expectOneOutlineEntryPerSlide(layout, printDeck);
      expect(await view.page.locator('.handout-number').allTextContents()).toEqual(printDeck.slides.map((_, index) => String(index + 1)));
      expect(await view.page.locator('.handout-line').count()).toBe(layoutName === 'handout-3' ? 7 * printDeck.slides.length : 0);
    });
  }

  it('runs no script from a hostile deck (slides and notes) and requests nothing outside the host', async () => {
    const view = await open(hostilePrintDeck, plan(hostilePrintDeck, 'notes-below'), undefined);
    const layout = await inspectPrintView(view.page);
    expect(await view.page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(view.requests.filter((url) => !url.startsWith(`${view.host.origin}/`) && !url.startsWith('data:'))).toEqual([]);
    const parseTimeOnly = /^(?:script-src-attr inline|style-src-elem inline|style-src-attr inline|base-uri .*)$/;
    expect((await view.cspViolations()).filter((violation) => !parseTimeOnly.test(violation))).toEqual([]);
    expect(await view.page.evaluate(() => Array.from(document.scripts, (script) => script.src))).toEqual([`${view.host.origin}/app/print.js`]);
    expect(await view.page.locator('.page iframe, .page object, .page embed, .page script, .page style, .page form').count()).toBe(0);
    expectOneOutlineEntryPerSlide(layout, hostilePrintDeck);
  });

  it('prints the bundled article below its notes with nothing cut', async () => {
    const deck = await loadDeck(ARTICLE);
    const exportPlan = plan(deck, 'notes-below');
    const view = await open(deck, exportPlan, undefined);
    const layout = await inspectPrintView(view.page);
    expect(view.ready).toMatchObject({ overflowing: [], brokenImages: 0 });
    expect(view.ready.pages).toBeGreaterThanOrEqual(exportPlan.pages.length);
    expectPagesFit(layout, exportPlan);
    expect(layout.fit.slides).toEqual([]);
    expectOneOutlineEntryPerSlide(layout, deck);
    expect(view.progress.length).toBeGreaterThanOrEqual(Math.ceil(exportPlan.pages.length / 20));
  });

  for (const layoutName of ['slides', 'notes-below', 'notes-pages', 'handout-3', 'handout-6'] as const) {
    it(`prints a ${layoutName} PDF with one sheet per page box, one bookmark per slide and every slide's text`, async () => {
      const exportPlan = plan(printDeck, layoutName);
      const view = await open(printDeck, exportPlan);
      const pdf = await view.page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      const path = join(OUT, `${layoutName}.pdf`);
      await writeFile(path, pdf);
      const summary = await readPdf(path);
      expect(summary.pages).toBe(view.ready.pages);
      expect(summary.outline).toEqual(printDeck.slides.map((slide) => slide.title));
      // Frames low on a sheet once printed blank (see renderer/shared/slide/frame-layout.ts): their text is checked.
      const text = summary.pageTexts.join(' ').replace(/\s+/g, ' ');
      for (const phrase of SLIDE_BODY_PHRASES) expect(text).toContain(phrase);
      if (layoutName === 'slides') {
        summary.pageTexts.forEach((text, index) => expect(text.replace(/\s+/g, '')).toContain(`${index + 1}/${printDeck.slides.length}`));
      }
    });
  }
});
