// Renders build/icon.svg (the one icon source) to PNGs with the system Chromium through playwright-core:
// build/icons/<size>x<size>.png for Linux and build/icon.png (1024×1024), from which electron-builder makes the
// Windows .ico and macOS .icns itself. Run after editing the SVG: `node scripts/make-icons.mjs`; commit the PNGs.
// CHROMIUM=/path/to/chromium overrides /usr/bin/chromium.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const svg = readFileSync(join(root, 'build/icon.svg'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(join(root, 'build/icons'), { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(root, `build/icons/${size}x${size}.png`), png);
    if (size === 1024) writeFileSync(join(root, 'build/icon.png'), png);
    console.log(`build/icons/${size}x${size}.png`);
  }
} finally {
  await browser.close();
}
