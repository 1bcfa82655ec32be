import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
const [w, h, prefix] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: w, height: h } });
await page.goto('http://127.0.0.1:4518/');
await page.waitForSelector('html[data-mimbar-ready="true"]', { state: 'attached' });
const total = await page.evaluate(() => document.querySelectorAll('[data-mimbar-slide]').length);
const shots = [];
for (let i = 0; i < 40; i++) {
  await page.waitForTimeout(450);
  const file = `/tmp/look17/${prefix}-${String(i + 1).padStart(2, '0')}.png`;
  await page.screenshot({ path: file });
  shots.push(file);
  const before = await page.evaluate(() => window.__mimbar?.currentSlide ?? document.querySelector('.present')?.getAttribute('data-mimbar-slide'));
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(150);
  const after = await page.evaluate(() => window.__mimbar?.currentSlide ?? document.querySelector('.present')?.getAttribute('data-mimbar-slide'));
  if (before === after) break;
}
// contact sheets of 9
for (let s = 0; s < shots.length; s += 9) {
  const imgs = shots.slice(s, s + 9).map((f, k) => `<figure><img src="file://${f}"><figcaption>${s + k + 1}</figcaption></figure>`).join('');
  const html = `<html><body style="margin:0;background:#888;display:grid;grid-template-columns:repeat(3,1fr);gap:4px">${imgs}<style>img{width:100%;display:block}figure{margin:0}figcaption{font:14px sans-serif}</style></body></html>`;
  writeFileSync(`/tmp/look17/sheet.html`, html);
  const sheet = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  await sheet.goto('file:///tmp/look17/sheet.html');
  await sheet.waitForTimeout(300);
  await sheet.screenshot({ path: `/tmp/look17/${prefix}-sheet-${s / 9 + 1}.png`, fullPage: true });
  await sheet.close();
}
console.log('slides shot', shots.length, 'dom sections', total);
await browser.close();
