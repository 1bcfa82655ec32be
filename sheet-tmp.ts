import { chromium } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
const dir = '/tmp/dl';
const files = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
const groups = process.argv.slice(2);
for (const group of groups) {
  const imgs = files.filter((f) => f.startsWith(group)).map((f) => `<figure><img src="data:image/png;base64,${readFileSync(`${dir}/${f}`).toString('base64')}"><figcaption>${f}</figcaption></figure>`).join('');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  await page.setContent(`<style>body{margin:0;display:flex;flex-wrap:wrap;gap:6px;background:#888;font:12px sans-serif}figure{margin:0}img{width:340px;display:block}</style>${imgs}`);
  await page.screenshot({ path: `${dir}/sheet-${group}.png`, fullPage: true });
  await browser.close();
}
