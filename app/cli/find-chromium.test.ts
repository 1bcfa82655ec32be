import { describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from './find-chromium';

describe('findChromium', () => {
  it('uses CHROME_PATH when it exists, and says so clearly when it does not', () => {
    expect(findChromium({ CHROME_PATH: process.execPath }, 'linux')).toBe(process.execPath);
    expect(() => findChromium({ CHROME_PATH: '/nowhere/chrome' }, 'linux')).toThrow('CHROME_PATH is set to /nowhere/chrome, which does not exist.');
  });

  it('explains what to install when no browser is found', () => {
    expect(() => findChromium({}, 'plan9')).toThrow(/No Chromium or Chrome found: install Chromium .* or set CHROME_PATH/);
  });

  it('keeps the sandbox unless running as root, and never lets Chromium call home', () => {
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs(false)).toEqual(expect.arrayContaining(['--disable-background-networking', '--disable-component-update', '--disable-sync']));
  });
});
