/** Finds a Chromium or Chrome to print with, and the flags to start it with. */
import { existsSync } from 'node:fs';
import { ExportError } from '../core/export/export-error';

const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: [
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

/** `CHROME_PATH` if set (it must exist), else the first usual install path that exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string {
  const configured = env.CHROME_PATH?.trim();
  if (configured) {
    if (!existsSync(configured)) throw new ExportError(`CHROME_PATH is set to ${configured}, which does not exist.`);
    return configured;
  }
  const found = (CANDIDATES[platform] ?? []).find((candidate) => existsSync(candidate));
  if (!found) throw new ExportError('No Chromium or Chrome found: install Chromium (e.g. `apt-get install chromium`) or set CHROME_PATH to its executable.');
  return found;
}

/**
 * Flags for a headless print: no GPU, none of Chromium's own background traffic. The sandbox stays on
 * except as root, where Chromium refuses to start with it.
 */
export function chromiumArgs(isRoot: boolean = process.getuid?.() === 0): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ];
}
