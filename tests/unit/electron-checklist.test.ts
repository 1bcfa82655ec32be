// Electron's security checklist, item by item (docs/reliability.md §1 and its extra tests). Each test names
// its item and checks it on every window main creates (through the electron mock), on the app's
// sources, or on the built bundles (run `npm run build` first). Where a test elsewhere already proves
// an item exactly, it is not repeated here: docs/security.md lists it, with item 19 (fuses, set in
// electron-builder.yml and checked by tests/unit/fuses.test.ts). Electron itself never runs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../app/contract/channels';
import type { Deck } from '../../app/contract/deck';
import { APP_BASE } from '../../app/main/app-urls';
import { linkHandlers } from '../../app/main/link-handlers';
import { windowKindOf } from '../../app/main/windows';
import { registerForTest } from '../support/main-handlers';
import { PAGE_CSP, PAGE_CSP_HEADER } from '../../app/core/served-files';
import type * as LiveDeckModule from '../../app/core/live-deck/live-deck';
import { METHOD_CHANNELS, WINDOW_ACCESS, WINDOW_KINDS } from '../../app/contract/windows';
import { bridgeFor } from '../../app/preload/expose-bridge';
import { revealOptions } from '../../renderer/audience/reveal-options';
import { app, electronMock, ipcRenderer, shell, webUtils } from '../mocks/electron';
import { builtBundles, builtPages, findAll, productionSources, rendererPages, ROOT, type SourceFile } from '../support/source-scan';
import { openEveryWindowKind, preloadOf, type WindowKind } from '../support/window-kinds';

// The single-instance test imports main.ts; its startup deck is a stand-in, as in app/main/main.test.ts.
vi.mock('../../app/core/live-deck/live-deck', async (importOriginal) => {
  const original = await importOriginal<typeof LiveDeckModule>();
  const deck = { meta: { title: 'Stand-in' }, slides: [], warnings: [] } as unknown as Deck;
  return { ...original, openLiveDeck: vi.fn(async ({ path }: { path: string }) => ({ path, deck: () => deck, notice: () => null, assetVersion: () => 0, notes: () => null, notesStatus: () => original.readOnlyNotesStatus('stand-in'), close: async () => undefined })) };
});

/** Options no source file or bundle may set; the item each breaks. */
const FORBIDDEN_OPTIONS: [string, RegExp][] = [
  ['2', /nodeIntegration(?:InWorker|InSubFrames)?\s*:\s*true/],
  ['3', /contextIsolation\s*:\s*false/],
  ['4', /sandbox\s*:\s*false/],
  ['6', /webSecurity\s*:\s*false/],
  ['8', /allowRunningInsecureContent\s*:\s*true/],
  ['9', /experimentalFeatures/],
  ['10', /enableBlinkFeatures/],
  ['11', /webviewTag\s*:\s*true/],
  ['18', /bypassCSP/],
  ['extra: DevTools', /openDevTools|devTools\s*:\s*true/],
  ['extra: remote module', /enableRemoteModule|@electron\/remote/],
  ['extra: security warnings', /ELECTRON_DISABLE_SECURITY_WARNINGS/],
];


/** URLs a page may try to leave for; none is an app page. */
const OFF_APP_URLS = ['https://example.com/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'mimbar://deck/talk.svg', 'mimbar://app.evil/x.html', 'javascript:alert(1)', 'data:text/html,x', 'about:blank', 'smb://host/share'];

function prefs(kind: WindowKind): Record<string, unknown> {
  return (kind.window.options.webPreferences ?? {}) as Record<string, unknown>;
}

function lineAt(file: SourceFile, index: number): number {
  return file.text.slice(0, index).split('\n').length;
}

describe('Electron security checklist: every window main creates', () => {
  let kinds: WindowKind[];
  let close: () => Promise<void>;

  beforeEach(() => {
    electronMock.reset();
    ({ windows: kinds, close } = openEveryWindowKind());
  });

  afterEach(async () => {
    await close();
  });

  it('opens the five kinds of window: audience, notes editor, presenter console, export dialog, print', () => {
    expect(kinds.map((kind) => kind.kind)).toEqual(['audience', 'notes editor', 'presenter console', 'export dialog', 'print']);
    expect(new Set(kinds.map((kind) => kind.window)).size).toBe(5);
    for (const kind of kinds) {
      // Each kind of window gets its own preload, and main knows which kind it is (IPC allows it only its channels).
      expect(prefs(kind).preload, kind.kind).toBe(preloadOf(kind.contractKind));
      expect(windowKindOf(kind.window as never), kind.kind).toBe(kind.contractKind);
    }
  });

  it('1. only secure content: each loads a mimbar://app page, never a remote or file:// URL', () => {
    for (const kind of kinds) {
      const urls = kind.window.loadURL.mock.calls.map(([url]) => url);
      expect(urls, kind.kind).toHaveLength(1);
      expect(urls[0]?.startsWith(APP_BASE), `${kind.kind}: ${urls[0]}`).toBe(true);
    }
  });

  it('2. no Node.js integration: nodeIntegration, nodeIntegrationInWorker and nodeIntegrationInSubFrames are false', () => {
    for (const kind of kinds) expect(prefs(kind), kind.kind).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. context isolation: contextIsolation is true', () => {
    for (const kind of kinds) expect(prefs(kind).contextIsolation, kind.kind).toBe(true);
  });

  it('4. process sandbox: sandbox is true', () => {
    for (const kind of kinds) expect(prefs(kind).sandbox, kind.kind).toBe(true);
  });

  it('5. permissions: each uses the default session, where main installs the permission handlers (no partition, no session)', () => {
    for (const kind of kinds) {
      expect(prefs(kind), kind.kind).not.toHaveProperty('partition');
      expect(prefs(kind), kind.kind).not.toHaveProperty('session');
    }
  });

  it('6, 8, 9, 10. webSecurity on; allowRunningInsecureContent, experimentalFeatures and enableBlinkFeatures off', () => {
    for (const kind of kinds) {
      expect(prefs(kind), kind.kind).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false });
      expect(prefs(kind).experimentalFeatures ?? false, kind.kind).toBe(false);
      expect(prefs(kind).enableBlinkFeatures, kind.kind).toBeUndefined();
    }
  });

  it('11, 12. no <webview>: webviewTag is false and will-attach-webview is prevented', () => {
    for (const kind of kinds) {
      expect(prefs(kind).webviewTag, kind.kind).toBe(false);
      const event = { preventDefault: vi.fn() };
      kind.window.webContents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
      expect(event.preventDefault, kind.kind).toHaveBeenCalled();
    }
  });

  it('13. navigation: will-navigate and will-redirect off mimbar://app are prevented; only http(s) goes to the system browser', () => {
    for (const kind of kinds) {
      for (const url of OFF_APP_URLS) {
        for (const name of ['will-navigate', 'will-redirect']) {
          const event = { url, preventDefault: vi.fn() };
          kind.window.webContents.emit(name, event);
          expect(event.preventDefault, `${kind.kind} ${name} ${url}`).toHaveBeenCalled();
        }
      }
      const home = { url: `${APP_BASE}audience.html`, preventDefault: vi.fn() };
      kind.window.webContents.emit('will-navigate', home);
      expect(home.preventDefault, kind.kind).not.toHaveBeenCalled();
    }
    // will-navigate hands the two web URLs to the browser, once per window; will-redirect never does.
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual(kinds.flatMap(() => ['https://example.com/', 'http://127.0.0.1:8080/']));
  });

  it('14. new windows: the window-open handler denies every URL and opens no window', () => {
    const count = electronMock.windows.length;
    for (const kind of kinds) {
      expect(kind.window.webContents.setWindowOpenHandler, kind.kind).toHaveBeenCalledOnce();
      for (const url of [...OFF_APP_URLS, `${APP_BASE}audience.html`]) {
        expect(kind.window.webContents.windowOpenHandler?.({ url }), `${kind.kind} ${url}`).toEqual({ action: 'deny' });
      }
    }
    expect(electronMock.windows).toHaveLength(count);
    expect(new Set(shell.openExternal.mock.calls.map(([url]) => url))).toEqual(new Set(['https://example.com/', 'http://127.0.0.1:8080/']));
  });
});

describe('Electron security checklist: sources and built bundles', () => {
  it('2, 3, 4, 6, 8–11, 18 and extras: no source file or bundle sets a forbidden option', async () => {
    const { main, preloads } = await builtBundles();
    const files = [...(await productionSources()), ...(await rendererPages()), main, ...preloads];
    for (const [item, pattern] of FORBIDDEN_OPTIONS) expect(findAll(files, pattern), `item ${item}: ${pattern}`).toEqual([]);
    expect(findAll(await rendererPages(), /<webview|allowpopups|disablewebsecurity/i)).toEqual([]);
  });

  it('1, 2, 4, 6, 11, 14. every new BrowserWindow takes the hardened options (windowOptions) and is registered, which installs the guards', async () => {
    const sources = await productionSources();
    const sites: string[] = [];
    for (const file of sources) {
      for (const match of file.text.matchAll(/new BrowserWindow\(([^;\n]*)\);/g)) {
        sites.push(`${file.path}: ${match[1]}`);
        const after = file.text.slice(match.index).split('\n').slice(0, 4).join('\n');
        expect(after, `${file.path}:${lineAt(file, match.index)}`).toMatch(/register(?:Deck|Helper)Window\(window, (?:'[a-z-]+'|kind)\)/);
      }
    }
    expect(sites).toEqual([
      'app/main/export/electron-printer.ts: printWindowOptions(options.preloadPath)',
      'app/main/export/export-dialog-window.ts: exportDialogOptions(preloadPath, parent)',
      'app/main/presenting/presenter-windows.ts: { ...windowOptions(options.preloadPath), title: \'Mimbar Presenter\' }',
      'app/main/windows.ts: windowOptions(preloadPath)',
    ]);
    // The two helper windows' option builders start from windowOptions (their values are checked on the windows above).
    const text = (path: string) => sources.find((file) => file.path === path)?.text ?? '';
    expect(text('app/main/export/electron-printer.ts')).toMatch(/function printWindowOptions[^]*?windowOptions\(preloadPath\)/);
    expect(text('app/main/export/export-dialog-window.ts')).toMatch(/function exportDialogOptions[^]*?webPreferences: windowOptions\(preloadPath\)\.webPreferences/);
    // registerDeckWindow and registerHelperWindow both track the window, which hardens its web contents.
    expect(text('app/main/windows.ts').match(/hardenWebContents\(window\.webContents\)/g)).toHaveLength(1);
    expect(text('app/main/windows.ts').match(/^ {2}track\(window, kind\);$/gm)).toHaveLength(2);
    const { main } = await builtBundles();
    expect(main.text.match(/new import_electron\d*\.BrowserWindow\(/g)).toHaveLength(sites.length);
  });

  it('1, 18. no window loads a file: no loadFile, and every loadURL in main loads a mimbar://app constant', async () => {
    const main = (await productionSources()).filter((file) => file.path.startsWith('app/main/'));
    expect(findAll(main, /\.loadFile\(/)).toEqual([]);
    const loads = main.flatMap((file) => [...file.text.matchAll(/\.loadURL\(([^)]*)\)/g)].map((match) => match[1]));
    // `url` is createDeckWindow's parameter: AUDIENCE_URL or NOTES_EDITOR_URL (both checked on the windows above).
    expect(loads.sort()).toEqual(['EXPORT_DIALOG_URL', 'PRESENTER_URL', 'PRINT_URL', 'url']);
  });

  it('1. pages and their policy name no remote resource', async () => {
    for (const page of [...(await rendererPages()), ...(await builtPages())]) {
      expect(page.text, page.path).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:|file:|\/\/)/i);
    }
    for (const directive of PAGE_CSP_HEADER.split('; ')) {
      const [, ...sources] = directive.split(' ');
      for (const source of sources) expect(["'self'", "'none'", 'data:', 'mimbar:'], directive).toContain(source);
    }
  });

  it('4. each built preload is one sandbox-ready file that requires only electron', async () => {
    const { preloads } = await builtBundles();
    expect(preloads).toHaveLength(WINDOW_KINDS.length);
    for (const preload of preloads) {
      expect([...preload.text.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]), preload.path).toEqual(['electron']);
      expect(preload.text, preload.path).not.toMatch(/\bimport\s*\(|\bprocess\.(?:binding|dlopen)/);
    }
  });

  it('7. CSP: every page (source and built) carries the policy the hosts send as a header, with no inline script or style', async () => {
    expect(PAGE_CSP_HEADER).toBe(`${PAGE_CSP}; frame-ancestors 'none'`);
    expect(PAGE_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    const pages = [...(await rendererPages()), ...(await builtPages())];
    expect(pages.map((page) => page.path.replace(/^renderer\/([^/]+)\/index\.html$/, 'dist/renderer/$1.html')).sort()).toEqual(
      ['audience', 'audience', 'export-dialog', 'export-dialog', 'notes-editor', 'notes-editor', 'presenter', 'presenter', 'print', 'print'].map((view) => `dist/renderer/${view}.html`),
    );
    for (const page of pages) {
      const metas = [...page.text.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/g)].map((match) => match[1]);
      expect(metas, page.path).toEqual([PAGE_CSP]);
      expect(page.text, page.path).not.toMatch(/<script>|<script\s+(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i);
    }
  });

  it('15. shell.openExternal is called only behind externalHttpUrl (http and https only)', async () => {
    const sources = await productionSources();
    const sites = findAll(sources, /shell\.openExternal\(/).map((site) => site.replace(/:\d+$/, ''));
    expect(sites).toEqual(['app/main/link-handlers.ts', 'app/main/security.ts']);
    for (const file of sources.filter((source) => sites.includes(source.path))) {
      const index = file.text.indexOf('shell.openExternal(');
      const before = file.text.slice(0, index).split('\n').slice(-4).join('\n');
      expect(before, file.path).toMatch(/const external = externalHttpUrl\(url\);\s*\n\s*if \(!?external\)/);
      expect(file.text.slice(index, index + 40), file.path).toMatch(/^shell\.openExternal\(external\)/);
    }
  });

  it('15. link:open refuses every scheme but http(s), and never calls openExternal for them', async () => {
    electronMock.reset();
    registerForTest(null, linkHandlers());
    const window = openEveryWindowKind();
    const event = electronMock.ipcEvent(window.windows[0]!.window.webContents);
    const refused = ['file:///C:/Windows/System32/calc.exe', 'smb://h/s', 'ms-msdt:/id PCWDiagnostic', 'search-ms:query=calc', 'javascript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)', '\\\\host\\share', 'mimbar://app/audience.html', 'https://', 'HTTPS:', '/etc/passwd'];
    for (const url of refused) await expect(electronMock.invoke('link:open', event, { url }), url).rejects.toThrow(/Invalid payload for link:open/);
    expect(shell.openExternal).not.toHaveBeenCalled();
    // Case and surrounding whitespace are normalized by the URL parser before the browser gets it.
    for (const url of ['HTTPS://Example.COM/a', '  https://example.com/b ']) await expect(electronMock.invoke('link:open', event, { url }), url).resolves.toEqual({ ok: true });
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/a'], ['https://example.com/b']]);
    await window.close();
  });

  it('16. Electron is pinned to one 45.x version, the same in package.json, the lockfile and node_modules', async () => {
    const readJson = async (path: string) => JSON.parse(await readFile(join(ROOT, path), 'utf8')) as Record<string, unknown>;
    const pinned = ((await readJson('package.json')).devDependencies as Record<string, string>).electron;
    const locked = ((await readJson('package-lock.json')).packages as Record<string, { version: string }>)['node_modules/electron']?.version;
    const installed = (await readJson('node_modules/electron/package.json')).version;
    expect(pinned).toMatch(/^45\.\d+\.\d+$/);
    expect([locked, installed]).toEqual([pinned, pinned]);
  });

  it('17. IPC is registered only through app/main/ipc.ts, and the renderer side lives only in the preload', async () => {
    const sources = await productionSources();
    expect(findAll(sources, /ipcMain\.(?:handle|handleOnce|on|once)\(/).map((site) => site.replace(/:\d+$/, ''))).toEqual(['app/main/ipc.ts']);
    expect(findAll(sources, /ipcRenderer\.[a-zA-Z]+\(/).map((site) => site.replace(/:\d+$/, ''))).toEqual(['app/preload/expose-bridge.ts', 'app/preload/expose-bridge.ts', 'app/preload/expose-bridge.ts']);
    const { main } = await builtBundles();
    expect(main.text.match(/ipcMain\.(?:handle|handleOnce|on|once)\(/g)).toEqual(['ipcMain.handle(']);
  });

  it('20. each preload exposes only window.mimbar, whose methods each reach their contract channels, and never the raw ipcRenderer', async () => {
    const reached = new Set<string>();
    for (const kind of WINDOW_KINDS) {
      const bridge = bridgeFor(kind) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const args: Record<string, unknown[]> = {
        openDroppedFile: [{ name: 'talk.md' }],
        openLink: ['https://example.org/'],
        reportPrintProgress: [{ done: 1, total: 2 }],
        reportPrintReady: [{ pages: 1, overflowing: [], brokenImages: 0 }],
        reportPrintFailed: ['x'],
        sendPresentationCommand: [{ type: 'timer', action: 'start' }],
        startExport: [{ layout: 'slides', fragments: 'final', paper: 'auto', orientation: 'auto' }],
        editNotes: [{ slideId: 'one', text: 'x', base: '' }],
        resolveNotesConflict: ['one', 'mine'],
        recoverNotes: [true],
      };
      for (const name of WINDOW_ACCESS[kind].methods) {
        ipcRenderer.invoke.mockClear();
        webUtils.getPathForFile.mockReturnValueOnce('/decks/talk.md');
        await bridge[name]?.(...(args[name] ?? []));
        const channels = ipcRenderer.invoke.mock.calls.map(([channel]) => channel);
        // notes:get-source is the browser host's download of "Save notes as…"; Electron's bridge saves through notes:save-as.
        const expected: readonly string[] = METHOD_CHANNELS[name];
        expect(channels, `${kind}.${name}`).toEqual(expected.filter((channel) => channel !== 'notes:get-source'));
        for (const channel of channels) reached.add(channel);
      }
    }
    expect([...reached].sort()).toEqual(invokeChannels.filter((channel) => channel !== 'notes:get-source').sort());
    const { preloads } = await builtBundles();
    for (const preload of preloads) {
      expect(preload.text.match(/exposeInMainWorld\(/g), preload.path).toHaveLength(1);
      expect(preload.text, preload.path).not.toMatch(/ipcRenderer\.(?:send|sendSync|sendTo|sendToHost|postMessage)\(|exposeInMainWorld\([^)]*ipcRenderer/);
    }
  });
});

describe('Electron security checklist: extras', () => {
  it('single instance: a second launch takes no lock, quits, and opens no window, protocol or IPC', async () => {
    electronMock.reset();
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    Object.defineProperty(process, 'resourcesPath', { value: '/resources', configurable: true });
    await import('../../app/main/main');
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(electronMock.windows).toEqual([]);
    expect(electronMock.ipcHandlers.size).toBe(0);
    expect(electronMock.protocolHandlers.size).toBe(0);
  });

  it('reveal.js: postMessage and postMessageEvents off, no plugins, dependencies or preview iframes, and the app builds the only Reveal', async () => {
    const meta = { slideNumber: true } as unknown as Deck['meta'];
    expect(revealOptions(meta, false, () => true, () => [1, '/', 1])).toMatchObject({ postMessage: false, postMessageEvents: false, previewLinks: false, preloadIframes: false, plugins: [], dependencies: [], hash: false, history: false });
    const sources = (await productionSources()).filter((file) => file.path.startsWith('renderer/'));
    // (Not inside backticks: reveal-options.ts names `new Reveal(element, options)` in its documentation.)
    expect(findAll(sources, /(?<!`)new Reveal\(/).map((site) => site.replace(/:\d+$/, ''))).toEqual(['renderer/audience/audience-view.ts']);
    expect(findAll(sources, /new Reveal\([^,]+, revealOptions\(/)).toHaveLength(1);
    // After the start, only the slide-number switch is ever reconfigured: deck data never reaches other options.
    expect(findAll(sources, /\.configure\(/).map((site) => site.replace(/:\d+$/, ''))).toEqual(['renderer/audience/audience-view.ts']);
    expect(findAll(sources, /\.configure\(\{ slideNumber: slideNumberOption\(deck\.meta, numberOf\) \}\)/)).toHaveLength(1);
  });
});
