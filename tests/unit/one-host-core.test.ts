// Both hosts are served by the same core module: Electron's main and the browser host each create one
// host session (`app/core/session/host-session.ts`) and answer every shared channel with its handlers,
// and each answers every channel of the contract (the typecheck of `completeHandlers` makes that a
// compile-time fact; this test is the run-time one). Electron itself never runs: main runs over the mock.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannels, type InvokeChannel } from '../../app/contract/channels';
import { windowChannels, WINDOW_KINDS } from '../../app/contract/windows';
import { SHARED_CHANNELS } from '../../app/core/session/handler-map';
import type * as HostSessionModule from '../../app/core/session/host-session';
import type { HostSession } from '../../app/core/session/host-session';
import { startBrowserHost, type BrowserHost } from '../../app/host/start-browser-host';
import { registerDeckWindow } from '../../app/main/windows';
import { CHANNEL_SAMPLES } from '../support/abusive-payloads';
import { invokeOverHttp } from '../support/host-probes';
import { app, electronMock, FakeBrowserWindow } from '../mocks/electron';

/** Every host session created, and the shared handler calls each answered. */
const sessions: { session: HostSession; calls: string[] }[] = [];

vi.mock('../../app/core/session/host-session', async (importOriginal) => {
  const original = await importOriginal<typeof HostSessionModule>();
  return {
    ...original,
    createHostSession(options: Parameters<typeof original.createHostSession>[0]) {
      const session = original.createHostSession(options);
      const calls: string[] = [];
      // Each shared handler, counted as it answers: the hosts must serve these very functions.
      for (const channel of Object.keys(session.handlers) as (keyof HostSession['handlers'])[]) {
        const handler = session.handlers[channel] as (...args: unknown[]) => Promise<unknown>;
        (session.handlers as Record<string, unknown>)[channel] = (...args: unknown[]) => {
          calls.push(channel);
          return handler(...args);
        };
      }
      sessions.push({ session, calls });
      return session;
    },
  };
});

const SOURCE = '# Talk\n\n## One\n\nText.\n\n## Two\n\nMore.\n';
let root: string;
let browser: BrowserHost;
let editor: FakeBrowserWindow;

const valid = (channel: InvokeChannel): unknown => CHANNEL_SAMPLES[channel][0]?.valid ?? {};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mimbar-one-core-'));
  await writeFile(join(root, 'talk.md'), SOURCE);
  await mkdir(join(root, 'copy'));
  electronMock.reset();
  app.getPath.mockImplementation((name: string) => join(root, name));
  Object.defineProperty(process, 'resourcesPath', { value: join(root, 'resources'), configurable: true });
  const argv = process.argv;
  process.argv = [argv[0] ?? 'mimbar', join(root, 'talk.md')];
  try {
    await import('../../app/main/main');
  } finally {
    process.argv = argv;
  }
  await vi.waitFor(() => expect(electronMock.windows[0]?.title).toBe('Talk — Mimbar'));
  editor = new FakeBrowserWindow();
  registerDeckWindow(editor as never, 'notes-editor');
  // The same text in a file of its own, so the two hosts' notes stores never race for one file.
  await writeFile(join(root, 'copy', 'talk.md'), SOURCE);
  browser = await startBrowserHost({ deckPath: join(root, 'copy', 'talk.md'), distDir: root, journalDir: join(root, 'browser-journal'), watch: false });
});

afterAll(async () => {
  await browser.close();
  const beforeQuit = app.on.mock.calls.find(([event]) => event === 'before-quit')?.[1];
  beforeQuit?.({ preventDefault: () => undefined });
  await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
  await rm(root, { recursive: true, force: true });
});

const overIpc = (channel: InvokeChannel, payload: unknown) => electronMock.invoke(channel, electronMock.ipcEvent(editor.webContents), payload);

describe('one host core, two transports', () => {
  it('each host made exactly one host session', () => {
    expect(sessions).toHaveLength(2);
  });

  it('every shared channel is answered by the core session\'s own handler in both hosts, with the same answer', async () => {
    const [electron, http] = sessions as [(typeof sessions)[number], (typeof sessions)[number]];
    for (const channel of SHARED_CHANNELS) {
      // Only the deck-following windows use the shared channels; the notes editor uses them all.
      expect(WINDOW_KINDS.some((kind) => windowChannels(kind).has(channel)), channel).toBe(true);
      const before = [electron.calls.length, http.calls.length];
      const request = channel === 'presentation:command' ? { type: 'goto', h: 1, v: 0, fragment: -1 } : valid(channel);
      const fromIpc = await overIpc(channel, request).then((value) => ({ value }), (error: Error) => ({ error: error.message }));
      const fromHttp = await invokeOverHttp(browser.origin, channel, request);
      expect(electron.calls.slice(before[0]), channel).toEqual([channel]);
      expect(http.calls.slice(before[1]), channel).toEqual([channel]);
      if (channel === 'deck:get') {
        // The same deck; only where its images are served differs.
        const ipcPayload = (fromIpc as { value: { assetBase: string; deck: unknown } }).value;
        const httpPayload = fromHttp.body as { assetBase: string; deck: unknown };
        expect([ipcPayload.assetBase, httpPayload.assetBase]).toEqual(['mimbar://deck/', '/deck/']);
        expect(ipcPayload.deck).toEqual(httpPayload.deck);
      } else if (channel === 'presentation:command' || channel === 'presentation:get') {
        const { timer: _a, ...ipcState } = (fromIpc as { value: { timer: unknown } }).value;
        const { timer: _b, ...httpState } = fromHttp.body as { timer: unknown };
        expect(ipcState, channel).toEqual(httpState);
      } else if ('value' in fromIpc) {
        // The same notes status, but for the moment of the save.
        const { savedAt: _c, ...ipcStatus } = fromIpc.value as { savedAt?: unknown };
        const { savedAt: _d, ...httpStatus } = fromHttp.body as { savedAt?: unknown };
        expect(ipcStatus, channel).toEqual(httpStatus);
      }
    }
  });
  // Last: its valid samples edit and save notes in the browser host only.
  it('Electron registers every channel of the contract; the browser host answers every one', async () => {
    expect([...electronMock.ipcHandlers.keys()].sort()).toEqual([...invokeChannels].sort());
    for (const channel of invokeChannels) {
      const answer = await invokeOverHttp(browser.origin, channel, valid(channel));
      expect(answer.body, channel).not.toEqual({ error: 'Unknown channel' });
      expect(answer.status, channel).not.toBe(404);
    }
  });
});
