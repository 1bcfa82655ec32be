// IPC and preload abuse (docs/reliability.md §5 H1, H2): every contract channel, on both hosts, called
// with generated abusive payloads (tests/support/abusive-payloads.ts). Electron main is the real
// app/main/main.ts over the electron mock, with a real deck opened as a live deck whose notes can be
// saved; the browser host is the real server over HTTP. Each payload is refused (or, when it fits the
// contract, answered harmlessly), nothing is written, opened or shown, and the host keeps answering.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../app/contract/channels';
import type { InvokeChannel } from '../../app/contract/channels';
import type { NotesStatus } from '../../app/contract/notes';
import { startBrowserHost, type BrowserHost } from '../../app/host/start-browser-host';
import { abusivePayloads, CHANNEL_SAMPLES, deepObjectJson, HUGE, type AbusivePayload } from '../support/abusive-payloads';
import { invokeOverHttp, mainEffects, postRaw, snapshotTree } from '../support/host-probes';
import { windowChannels, WINDOW_KINDS, type WindowKind } from '../../app/contract/windows';
import { registerDeckWindow, registerHelperWindow } from '../../app/main/windows';
import { app, createFrame, electronMock, FakeBrowserWindow, FakeWebContents } from '../mocks/electron';

const SOURCE = '# Talk\n\n## One\n\nText.\n\n## Two\n\nNote: Old words.\n';

/** The payloads each sweep sends to `channel`. */
function sweep(channel: InvokeChannel): AbusivePayload[] {
  return abusivePayloads(channel);
}

function validRequest(channel: InvokeChannel): unknown {
  return CHANNEL_SAMPLES[channel][0]?.valid;
}

describe('Electron main: every channel refuses abusive payloads', () => {
  let root: string;
  let deckPath: string;
  let window: FakeBrowserWindow;
  let tree: Record<string, string>;
  // One window of each kind, each sending only the channels its kind uses (main refuses the others).
  const windows = new Map<WindowKind, FakeBrowserWindow>();
  const windowFor = (channel: string): FakeBrowserWindow => {
    const kind = WINDOW_KINDS.find((candidate) => windowChannels(candidate).has(channel as InvokeChannel));
    return (kind && windows.get(kind)) ?? window;
  };
  const invoke = (channel: string, payload: unknown, event: unknown = electronMock.ipcEvent(windowFor(channel).webContents)): Promise<unknown> => electronMock.invoke(channel, event, payload);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'mimbar-ipc-abuse-'));
    await mkdir(join(root, 'deck'));
    deckPath = join(root, 'deck', 'talk.md');
    await writeFile(deckPath, SOURCE);
    electronMock.reset();
    // The data folders main asks Electron for live in the temp folder: notes journals go to userData/notes-journal.
    app.getPath.mockImplementation((name: string) => join(root, name));
    Object.defineProperty(process, 'resourcesPath', { value: join(root, 'resources'), configurable: true });
    // Main opens the deck named on its command line (a packaged app's argv: [executable, deck]).
    const argv = process.argv;
    process.argv = [argv[0] ?? 'mimbar', deckPath];
    try {
      await import('../../app/main/main');
    } finally {
      process.argv = argv;
    }
    // Wait on the app's own milestone: the startup deck titled the window.
    await vi.waitFor(() => expect(electronMock.windows[0]?.title).toBe('Talk — Mimbar'));
    window = electronMock.windows[0] as FakeBrowserWindow;
    windows.set('audience', window);
    for (const kind of ['presenter', 'notes-editor', 'print', 'export-dialog'] as const) {
      const other = new FakeBrowserWindow();
      other.webContents.mainFrame.url = `mimbar://app/${kind}.html`;
      if (kind === 'print' || kind === 'export-dialog') registerHelperWindow(other as never, kind);
      else registerDeckWindow(other as never, kind);
      windows.set(kind, other);
    }
    expect(((await invoke('notes:get-status', {})) as NotesStatus).state).toBe('saved');
    tree = await snapshotTree(root);
  });

  afterAll(async () => {
    // Quitting saves pending notes and stops watching the deck (main's before-quit handler).
    const beforeQuit = app.on.mock.calls.find(([event]) => event === 'before-quit')?.[1];
    beforeQuit?.({ preventDefault: () => undefined });
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    await rm(root, { recursive: true, force: true });
  });

  it('registers a handler for every channel of the contract, and the deck is editable', async () => {
    expect([...electronMock.ipcHandlers.keys()].sort()).toEqual([...invokeChannels].sort());
    expect(((await invoke('deck:get', {})) as { fileName: string }).fileName).toBe('talk.md');
  });

  it.each(invokeChannels)('%s: refuses every abusive payload, writing, opening and showing nothing', async (channel) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const payloads = sweep(channel);
    expect(payloads.length).toBeGreaterThan(30);
    for (const { label, payload, expect: outcome } of payloads) {
      const before = mainEffects();
      const result = await invoke(channel, payload).then(
        (value) => ({ value, error: null }),
        (error: unknown) => ({ value: undefined, error: error instanceof Error ? error.message : String(error) }),
      );
      if (outcome === 'invalid') expect(result.error, label).toMatch(new RegExp(`^Invalid payload for ${channel}`));
      else expect(result.error ?? '', label).not.toMatch(/Invalid payload/);
      expect(mainEffects(), label).toEqual(before);
      if (outcome === 'harmless' && channel.startsWith('notes:')) {
        const status = (await invoke('notes:get-status', {})) as NotesStatus;
        expect({ unsaved: status.unsaved, conflicts: status.conflicts }, label).toEqual({ unsaved: [], conflicts: [] });
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // A save now writes whatever slipped through: nothing must have.
    expect(((await invoke('notes:save-now', {})) as NotesStatus).state).toBe('saved');
    expect(await snapshotTree(root)).toEqual(tree);
    warn.mockRestore();
  });

  it.each(invokeChannels)('%s: refuses a valid request from a subframe, another page or a window main did not create', async (channel) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const contents = windowFor(channel).webContents;
    const before = mainEffects();
    const senders = [
      electronMock.ipcEvent(contents, createFrame('mimbar://app/audience.html', contents.mainFrame)),
      electronMock.ipcEvent(contents, createFrame('mimbar://app/audience.html')),
      electronMock.ipcEvent(contents, null),
      electronMock.ipcEvent(new FakeWebContents()),
    ];
    for (const event of senders) await expect(invoke(channel, validRequest(channel), event)).rejects.toThrow(`${channel}: sender not allowed`);
    const appPage = contents.mainFrame.url;
    try {
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'mimbar://deck/talk.svg', 'mimbar://app.evil/audience.html', 'about:blank', 'devtools://devtools/bundled/x.html']) {
        contents.mainFrame.url = url;
        await expect(invoke(channel, validRequest(channel)), url).rejects.toThrow(`${channel}: sender not allowed`);
      }
    } finally {
      contents.mainFrame.url = appPage;
    }
    expect(mainEffects()).toEqual(before);
    expect(warn).toHaveBeenCalledTimes(senders.length + 6);
    warn.mockRestore();
  });

  it.each(invokeChannels)('%s: refuses a valid request from every kind of window that has no use for it', async (channel) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const before = mainEffects();
    const strangers = WINDOW_KINDS.filter((kind) => !windowChannels(kind).has(channel));
    for (const kind of strangers) {
      const sender = windows.get(kind) as FakeBrowserWindow;
      await expect(invoke(channel, validRequest(channel), electronMock.ipcEvent(sender.webContents)), kind).rejects.toThrow(`${channel}: sender not allowed`);
    }
    // No channel is used by more than three kinds of window.
    expect(strangers.length).toBeGreaterThanOrEqual(2);
    expect(mainEffects()).toEqual(before);
    warn.mockRestore();
  });

  it('keeps working afterwards: the deck, the presentation and a notes save answer valid calls', async () => {
    expect(await snapshotTree(root)).toEqual(tree);
    expect(((await invoke('deck:get', {})) as { deck: { meta: { title: string } } }).deck.meta.title).toBe('Talk');
    expect(await invoke('presentation:command', { type: 'goto', h: 1, v: 0, fragment: -1 })).toMatchObject({ slideId: 'one' });
    await invoke('notes:edit', { slideId: 'one', text: 'Spoken words.', base: 'Text.' });
    expect(((await invoke('notes:save-now', {})) as NotesStatus).state).toBe('saved');
    expect(await readFile(deckPath, 'utf8')).toBe(SOURCE.replace('Text.\n', 'Text.\n\n<!-- notes: Spoken words. -->\n'));
  });
});

describe('browser host: every channel refuses abusive payloads over HTTP', () => {
  let root: string;
  let deckPath: string;
  let host: BrowserHost;
  let tree: Record<string, string>;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'mimbar-http-abuse-'));
    await mkdir(join(root, 'deck'));
    deckPath = join(root, 'deck', 'talk.md');
    await writeFile(deckPath, SOURCE);
    host = await startBrowserHost({ deckPath, distDir: root, journalDir: join(root, 'journal'), watch: false });
    tree = await snapshotTree(root);
  });

  afterAll(async () => {
    await host?.close();
    await rm(root, { recursive: true, force: true });
  });

  async function notesStatus(): Promise<NotesStatus> {
    return (await invokeOverHttp(host.origin, 'notes:get-status', {})).body as NotesStatus;
  }

  it.each(invokeChannels)('%s: answers 400 or 413 to every abusive payload and writes nothing', async (channel) => {
    const payloads = sweep(channel).filter((payload) => payload.jsonSafe);
    for (const { label, payload, expect: outcome } of payloads) {
      const { status, body } = await invokeOverHttp(host.origin, channel, payload);
      const error = (body as { error?: string } | null)?.error ?? '';
      if (outcome === 'invalid') {
        expect(status, label).toBeOneOf([400, 413]);
        if (status === 400) expect(error, label).toMatch(new RegExp(`^Invalid payload for ${channel}`));
      } else {
        expect(error, label).not.toMatch(/Invalid payload/);
        if (channel.startsWith('notes:')) expect((await notesStatus()).unsaved, label).toEqual([]);
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((await invokeOverHttp(host.origin, 'notes:save-now', {})).body).toMatchObject({ state: 'saved', unsaved: [] });
    expect(await snapshotTree(root)).toEqual(tree);
  });

  it('refuses malformed JSON with 400', async () => {
    const bodies: (string | Buffer)[] = ['{', '{"slideId":', "{'slideId':'one'}", 'undefined', 'NaN', '\uFEFF{}', '{}garbage', '{"a":1,}', Buffer.from([0xff, 0xfe, 0x7b, 0x7d]), '['.repeat(60_000)];
    for (const body of bodies) {
      for (const channel of ['deck:get', 'notes:edit', 'presentation:command']) {
        const answer = await postRaw(host.origin, `/api/invoke/${channel}`, body);
        expect(answer, `${channel} ${String(body).slice(0, 20)}`).toEqual({ status: 400, body: { error: 'Request body is not JSON' } });
      }
    }
  });

  it('refuses bodies over the cap with 413, whether announced or streamed', async () => {
    const huge = JSON.stringify({ slideId: 'one', text: HUGE, base: '' });
    for (const channel of ['deck:get', 'notes:edit', 'deck:open-path']) {
      expect((await postRaw(host.origin, `/api/invoke/${channel}`, huge)).status, channel).toBe(413);
      expect((await postRaw(host.origin, `/api/invoke/${channel}`, huge, {}, true)).status, `${channel} chunked`).toBe(413);
    }
    // Just over the 64 KiB cap of every channel but notes:edit, and a deep body under it.
    expect((await postRaw(host.origin, '/api/invoke/deck:get', JSON.stringify({ pad: 'x'.repeat(64 * 1024) }))).status).toBe(413);
    // JSON.parse is not recursive: 10,000 levels (60 KB) parse, and the validator refuses them.
    expect((await postRaw(host.origin, '/api/invoke/deck:get', deepObjectJson(10_000))).status).toBe(400);
  });

  it('refuses other content types, other origins and other methods with 403 or 405, and unknown channels with 404', async () => {
    const call = (channel: string, headers: Record<string, string | undefined>) => postRaw(host.origin, `/api/invoke/${channel}`, '{}', headers);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/json', 'application/jsonp', undefined]) {
      expect((await call('deck:get', { 'Content-Type': type })).status, String(type)).toBe(403);
    }
    for (const origin of [undefined, 'null', 'http://evil.example', `${host.origin}.evil.example`, host.origin.replace('127.0.0.1', 'localhost')]) {
      expect((await call('notes:save-now', { Origin: origin })).status, String(origin)).toBe(403);
    }
    for (const method of ['GET', 'PUT', 'DELETE']) {
      expect((await fetch(`${host.origin}/api/invoke/deck:get`, { method, headers: { Origin: host.origin } })).status, method).toBe(405);
    }
    for (const channel of ['fs:read', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'deck%3Aget', 'DECK:GET', '', 'deck:get%00']) {
      expect((await call(channel, {})).status, channel).toBe(404);
    }
  });

  it('keeps answering and has written nothing', async () => {
    expect(await snapshotTree(root)).toEqual(tree);
    expect((await invokeOverHttp(host.origin, 'deck:get', {})).status).toBe(200);
    expect((await invokeOverHttp(host.origin, 'presentation:command', { type: 'timer', action: 'start' })).body).toMatchObject({ timer: expect.anything() });
  });
});
