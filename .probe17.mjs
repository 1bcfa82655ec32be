import { chromium } from 'playwright-core';
const [w, h] = [Number(process.argv[2]), Number(process.argv[3])];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: w, height: h } });
await page.goto('http://127.0.0.1:4518/');
await page.waitForSelector('html[data-mimbar-ready="true"]', { state: 'attached' });
await page.keyboard.press('Home'); await page.waitForTimeout(500);
const bad = [];
for (let i = 0; i < 27; i++) {
  await page.waitForTimeout(500);
  const r = await page.evaluate(() => {
    const s = document.querySelector('body > .reveal section.present:not(.stack)');
    const sb = s.getBoundingClientRect();
    let right = 0, bottom = 0;
    const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) { const range = document.createRange(); range.selectNodeContents(walker.currentNode); for (const rect of range.getClientRects()) { right = Math.max(right, rect.right); bottom = Math.max(bottom, rect.bottom); } }
    return { id: s.dataset.mimbarSlide, over: Math.round(right - sb.right), overY: Math.round(bottom - sb.bottom), vw: innerWidth };
  });
  if (r.over > 1 || r.overY > 1) bad.push(r);
  await page.keyboard.press('PageDown');
}
console.log(w, h, 'overflowing:', JSON.stringify(bad));
await browser.close();
