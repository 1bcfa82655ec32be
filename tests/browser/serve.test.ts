// `mimbar serve` through runCli: prints the links, serves the audience page and the presenter console,
// refuses a busy port and a bad --host with one line, and returns 0 once its signal aborts (Ctrl+C).
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../app/cli/run-cli';
import { requireBuiltRenderer } from './support/chromium';

const ARTICLE = fileURLToPath(new URL('../../slides/manfaat-hubungan-internasional.md', import.meta.url));

interface Captured {
  out: string;
  err: string;
}

function capture(): { io: { out(text: string): void; err(text: string): void }; text: Captured; linksPrinted: Promise<void> } {
  const text: Captured = { out: '', err: '' };
  let printed = (): void => undefined;
  const linksPrinted = new Promise<void>((resolve) => (printed = resolve));
  const out = (chunk: string): void => {
    text.out += chunk;
    if (text.out.includes('Press Ctrl+C to stop.')) printed();
  };
  return { io: { out, err: (chunk) => (text.err += chunk) }, text, linksPrinted };
}

/** Resolves once `serve` has printed its links; rejects if it exits first. */
async function linksPrinted(capture: { text: Captured; linksPrinted: Promise<void> }, exited: Promise<number>): Promise<void> {
  const early = exited.then((code) => {
    throw new Error(`serve exited early with ${code}: ${capture.text.err}`);
  });
  await Promise.race([capture.linksPrinted, early]);
}

describe('mimbar serve', () => {
  it('prints the links, serves /, /presenter and /notes, and exits 0 on abort', async () => {
    requireBuiltRenderer();
    const captured = capture();
    const { io, text } = captured;
    const controller = new AbortController();
    const exited = runCli(['serve', ARTICLE, '--port', '0'], io, controller.signal);
    await linksPrinted(captured, exited);
    const lines = text.out.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Audience: http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(lines[1]).toMatch(/^Presenter: http:\/\/127\.0\.0\.1:\d+\/presenter$/);
    expect(lines[2]).toMatch(/^Notes editor: http:\/\/127\.0\.0\.1:\d+\/notes$/);
    expect(lines[3]).toBe('Press Ctrl+C to stop.');
    expect(text.err).toBe('');
    const audienceUrl = lines[0]?.slice('Audience: '.length) ?? '';
    const audience = await fetch(audienceUrl);
    expect(audience.status).toBe(200);
    expect(audience.url).toMatch(/\/app\/audience\.html$/);
    expect(await audience.text()).toContain('audience.js');
    const presenter = await fetch(lines[1]?.slice('Presenter: '.length) ?? '', { redirect: 'manual' });
    expect(presenter.status).toBe(302);
    expect(presenter.headers.get('location')).toBe('/app/presenter.html');
    const notes = await fetch(lines[2]?.slice('Notes editor: '.length) ?? '', { redirect: 'manual' });
    expect(notes.headers.get('location')).toBe('/app/notes-editor.html');
    controller.abort(new Error('canceled'));
    expect(await exited).toBe(0);
    await expect(fetch(audienceUrl)).rejects.toThrow();
  });

  it('prints tokened links and a warning on a network address', async () => {
    const captured = capture();
    const { io, text } = captured;
    const controller = new AbortController();
    const exited = runCli(['serve', ARTICLE, '--port', '0', '--host', '127.0.0.2'], io, controller.signal);
    await linksPrinted(captured, exited);
    expect(text.out).toMatch(/^Audience: http:\/\/127\.0\.0\.2:\d+\/\?token=[\w-]{22}\n/);
    expect(text.out).toMatch(/\nPresenter: http:\/\/127\.0\.0\.2:\d+\/presenter\?token=[\w-]{22}\n/);
    expect(text.err).toContain('anyone on the network with the link can see the deck');
    const origin = /http:\/\/[^/]+/.exec(text.out)?.[0] ?? '';
    expect((await fetch(`${origin}/`)).status).toBe(403);
    controller.abort(new Error('canceled'));
    expect(await exited).toBe(0);
  });

  it('exits 1 with one line for a busy port, a bad --host, a bad --port and a missing file', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const address = busy.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    try {
      for (const [argv, message] of [
        [['serve', ARTICLE, '--port', String(port)], `port ${port} is in use; pass --port N`],
        [['serve', ARTICLE, '--host', 'not-an-address'], '--host not-an-address is not an IP address'],
        [['serve', ARTICLE, '--port', '70000'], '--port 70000 is not a port number'],
        [['serve', '/nonexistent/deck.md', '--port', '0'], 'does not exist'],
        [['serve'], 'serve needs a Markdown file'],
      ] as const) {
        const { io, text } = capture();
        expect(await runCli([...argv], io), argv.join(' ')).toBe(1);
        expect(text.err).toContain(message);
        expect(text.err.trim().split('\n')).toHaveLength(1);
        expect(text.out).toBe('');
      }
    } finally {
      busy.close();
    }
  });

  it('has true help', async () => {
    const { io, text } = capture();
    expect(await runCli(['serve', '--help'], io)).toBe(0);
    expect(text.out).toContain('Usage: mimbar serve <file.md> [--port N] [--host ADDR]');
    expect(text.out).toContain('default: 4321');
    const main = capture();
    await runCli(['--help'], main.io);
    expect(main.text.out).toContain('serve <file.md>');
  });
});
