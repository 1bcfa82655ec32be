// The CLI's printer drives Debian's Chromium over the DevTools pipe: it prints and leaves nothing
// behind, lets the page reach only the host, and turns every way Chromium can fail (exits at once,
// never answers, dies while printing) into one clear error instead of a hang.
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchCdpBrowser } from '../../app/cli/cdp-pipe';
import { keepOffline, PRINTER_ARGS, startChromiumPrinter } from '../../app/cli/chromium-printer';
import { chromiumArgs, findChromium } from '../../app/cli/find-chromium';
import { DEFAULT_EXPORT_OPTIONS, type PrintJob } from '../../app/contract/export';
import { loadDeck } from '../../app/core/files/load-deck';
import { planExport } from '../../app/core/export/plan-export';
import type { PrintHooks } from '../../app/core/export/printer';
import { DIST_DIR, requireBuiltRenderer } from './support/chromium';

const root = fileURLToPath(new URL('../..', import.meta.url));
const article = `${root}slides/manfaat-hubungan-internasional.md`;

async function articleJob(): Promise<PrintJob> {
  const deck = await loadDeck(article);
  return { plan: planExport(deck, DEFAULT_EXPORT_OPTIONS), deck: { deck, assetBase: '/deck/', fileName: 'artikel.md', notice: null, assetVersion: 0 } };
}

const hooks = (onProgress: PrintHooks['onProgress'] = () => undefined): PrintHooks => ({ onProgress, onPrinting: () => undefined, signal: new AbortController().signal });

/** A server that answers every request with `body` and records the paths it was asked for. */
async function recordingServer(body: string): Promise<{ server: Server; origin: string; paths: string[] }> {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths };
}

describe('the CLI printer (Chromium over the DevTools pipe)', () => {
  let temp: string;
  let savedTmp: string | undefined;

  beforeAll(() => requireBuiltRenderer());

  // Each test gets its own temporary folder, where Chromium's profile goes: whatever is left is seen.
  beforeEach(async () => {
    savedTmp = process.env['TMPDIR'];
    temp = await mkdtemp(join(tmpdir(), 'mimbar-printer-'));
    process.env['TMPDIR'] = temp;
  });

  afterEach(async () => {
    if (savedTmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = savedTmp;
    await rm(temp, { recursive: true, force: true });
  });

  const leftovers = async (): Promise<string[]> => (await readdir(temp)).filter((name) => name.startsWith('mimbar-chromium-'));

  it('prints the article and leaves no profile behind', async () => {
    const printer = startChromiumPrinter({ executablePath: findChromium(), distDir: DIST_DIR, assetDir: `${root}slides` });
    const job = await articleJob();
    const pdf = Buffer.from(await printer.print(job, hooks()));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(job.plan.pages.length);
    expect(await leftovers()).toEqual([]);
  });

  it('closes Chromium and removes its profile when nothing is printed', async () => {
    const printer = startChromiumPrinter({ executablePath: findChromium(), distDir: DIST_DIR, assetDir: null });
    await expect.poll(leftovers).toHaveLength(1);
    await printer.close();
    expect(await leftovers()).toEqual([]);
  });

  it('lets the page reach only the host: other servers and names get no request', async () => {
    const other = await recordingServer('other');
    const host = await recordingServer(
      `<img src="${other.origin}/picture.png"><img src="http://example.com/picture.png"><script>fetch('${other.origin}/data').catch(() => {}); fetch('/own').catch(() => {})</script>`,
    );
    const browser = await launchCdpBrowser(findChromium(), [...chromiumArgs(), ...PRINTER_ARGS]);
    try {
      const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
      await keepOffline(browser, sessionId, host.origin);
      await browser.send('Page.navigate', { url: `${host.origin}/page` }, sessionId);
      await expect.poll(() => host.paths).toContain('/own');
      expect(other.paths).toEqual([]);
    } finally {
      await browser.close();
      host.server.close();
      other.server.close();
    }
  });

  it('says so at once when the program exits instead of starting', async () => {
    const fake = join(temp, 'not-chromium');
    await writeFile(fake, '#!/bin/sh\necho "this is not Chromium" >&2\nexit 3\n');
    await chmod(fake, 0o755);
    const printer = startChromiumPrinter({ executablePath: fake, distDir: DIST_DIR, assetDir: null });
    await expect(printer.print(await articleJob(), hooks())).rejects.toThrow(`Chromium at ${fake} did not start (exit code 3: this is not Chromium).`);
    expect(await leftovers()).toEqual([]);
  });

  it('gives up when the program never answers, and stops it', async () => {
    const fake = join(temp, 'silent-chromium');
    await writeFile(fake, '#!/bin/sh\nexec sleep 60\n');
    await chmod(fake, 0o755);
    const printer = startChromiumPrinter({ executablePath: fake, distDir: DIST_DIR, assetDir: null, startTimeoutMs: 1_000 });
    await expect(printer.print(await articleJob(), hooks())).rejects.toThrow(`Chromium at ${fake} did not start (no answer within 1 s).`);
    expect(await leftovers()).toEqual([]);
  });

  it('fails with a sentence, not a hang, when Chromium dies while laying out', async () => {
    // Runs the real Chromium and kills it once the print view has reported progress (the marker file).
    const marker = join(temp, 'progress-seen');
    const dying = join(temp, 'dying-chromium');
    await writeFile(dying, `#!/bin/sh\n${findChromium()} "$@" &\npid=$!\nwhile [ ! -e "${marker}" ]; do sleep 0.05; done\nkill -9 $pid\nwait $pid\nexit 9\n`);
    await chmod(dying, 0o755);
    const printer = startChromiumPrinter({ executablePath: dying, distDir: DIST_DIR, assetDir: null });
    const job = await articleJob();
    await expect(printer.print(job, hooks(() => void writeFile(marker, '')))).rejects.toThrow(`Chromium at ${dying} stopped while printing (exit code 9`);
  });
});
