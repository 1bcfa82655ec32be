/**
 * The one fake of the `electron` module (vitest aliases `electron` here for the unit project). It
 * implements only what app/main and app/preload use, records what they register, and lets tests
 * drive it. Electron never runs in tests: this is a stand-in, not an emulation.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** A fake `Rectangle`. */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The fields of a fake `Display` main reads. */
export interface FakeDisplay {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
  internal: boolean;
}

/** A display of `width`×`height` at `x` (work area: 25 px menu bar on top); `internal` for a laptop screen. */
export function fakeDisplay(id: number, x: number, width: number, height: number, internal = false): FakeDisplay {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 25, width, height: height - 25 }, internal };
}

/** A fake `WebFrameMain`. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

let nextFrameId = 1;

/** Creates a frame with a fresh id; pass `parent` for a subframe. */
export function createFrame(url: string, parent: FakeFrame | null = null): FakeFrame {
  nextFrameId += 1;
  return { url, parent, processId: 1, routingId: nextFrameId };
}

/** A fake `WebContents`: an event emitter that records sends and its window-open handler. */
export class FakeWebContents extends EventEmitter {
  mainFrame: FakeFrame = createFrame('mimbar://app/audience.html');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  readonly loadURL = vi.fn<(url: string) => Promise<void>>(async (url) => {
    this.mainFrame.url = url;
  });
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  /** Resolves to a few PDF bytes; tests override it to hang or fail. */
  readonly printToPDF = vi.fn<(options: Record<string, unknown>) => Promise<Uint8Array>>(async () => new TextEncoder().encode('%PDF-1.7 fake'));
  isDestroyed(): boolean {
    return false;
  }
  isLoading(): boolean {
    return false;
  }
}

const windows: FakeBrowserWindow[] = [];

/** A fake `BrowserWindow` that remembers its constructor options. */
export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly options: Record<string, unknown>;
  title = '';
  isShown = false;
  readonly loadURL = vi.fn<(url: string) => Promise<void>>((url) => this.webContents.loadURL(url));
  readonly setTitle = vi.fn<(title: string) => void>((title) => {
    this.title = title;
  });
  readonly show = vi.fn(() => {
    this.isShown = true;
  });
  readonly focus = vi.fn<() => void>();
  minimized = false;
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly hide = vi.fn(() => {
    this.isShown = false;
  });
  bounds: Rectangle = { x: 0, y: 0, width: 1280, height: 800 };
  fullScreen = false;
  maximized = false;
  readonly getBounds = vi.fn((): Rectangle => ({ ...this.bounds }));
  readonly setBounds = vi.fn((bounds: Partial<Rectangle>) => {
    this.bounds = { ...this.bounds, ...bounds };
  });
  /** Enters or leaves fullscreen at once and emits the event Electron emits when the transition ends. */
  readonly setFullScreen = vi.fn((flag: boolean) => {
    if (flag === this.fullScreen) return;
    this.fullScreen = flag;
    this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });
  readonly unmaximize = vi.fn(() => {
    this.maximized = false;
  });
  readonly removeMenu = vi.fn<() => void>();
  readonly setProgressBar = vi.fn<(progress: number) => void>();
  /** Like Electron's: no `close` event, but `closed` is guaranteed. */
  readonly destroy = vi.fn(() => this.markClosed());
  readonly close = vi.fn(() => this.markClosed());
  private destroyed = false;

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    const at = (key: string, fallback: number) => (typeof options[key] === 'number' ? options[key] : fallback);
    this.bounds = { x: at('x', 0), y: at('y', 0), width: at('width', 1280), height: at('height', 800) };
    windows.push(this);
  }

  private markClosed(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isVisible(): boolean {
    return this.isShown;
  }

  isFullScreen(): boolean {
    return this.fullScreen;
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  getParentWindow(): FakeBrowserWindow | null {
    return (this.options.parent as FakeBrowserWindow | undefined) ?? null;
  }

  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return windows.find((window) => window.webContents === contents) ?? null;
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return [...windows];
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    return windows.at(-1) ?? null;
  }
}
export { FakeBrowserWindow as BrowserWindow };

/** A fake `Session` recording its permission handlers and web-request listener. */
export class FakeSession extends EventEmitter {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  beforeRequest: Listener | null = null;
  readonly setPermissionRequestHandler = vi.fn((handler: Listener | null) => {
    this.permissionRequestHandler = handler;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: Listener | null) => {
    this.permissionCheckHandler = handler;
  });
  readonly webRequest = {
    onBeforeRequest: vi.fn((listener: Listener | null) => {
      this.beforeRequest = listener;
    }),
  };
}

const ipcHandlers = new Map<string, InvokeListener>();
const protocolHandlers = new Map<string, ProtocolHandler>();
const exposed = new Map<string, unknown>();
const rendererEvents = new EventEmitter();

export const app = {
  isPackaged: false,
  name: 'Mimbar',
  getAppPath: vi.fn(() => '/mimbar'),
  getPath: vi.fn((name: string) => `/mimbar-home/${name}`),
  whenReady: vi.fn(() => Promise.resolve()),
  on: vi.fn<(event: string, listener: Listener) => void>(),
  quit: vi.fn<() => void>(),
  enableSandbox: vi.fn<() => void>(),
  requestSingleInstanceLock: vi.fn<() => boolean>(() => true),
  addRecentDocument: vi.fn<(path: string) => void>(),
  clearRecentDocuments: vi.fn<() => void>(),
};

export const ipcMain = {
  handle: vi.fn((channel: string, listener: InvokeListener) => {
    ipcHandlers.set(channel, listener);
  }),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn<(schemes: unknown[]) => void>(),
  handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
    protocolHandlers.set(scheme, handler);
  }),
};

export const session = { defaultSession: new FakeSession() };

export const dialog = {
  showOpenDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>(async () => ({
    canceled: true,
    filePaths: [],
  })),
  showErrorBox: vi.fn<(title: string, content: string) => void>(),
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath: string }>>(async () => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn<(...args: unknown[]) => Promise<{ response: number; checkboxChecked: boolean }>>(async () => ({ response: 1, checkboxChecked: false })),
};

export const shell = {
  openExternal: vi.fn<(url: string) => Promise<void>>(async () => undefined),
  openPath: vi.fn<(path: string) => Promise<string>>(async () => ''),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn<(menu: unknown) => void>(),
};

export const contextBridge = {
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    exposed.set(key, api);
  }),
};

export const ipcRenderer = {
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(async () => undefined),
  on: vi.fn((channel: string, listener: Listener) => {
    rendererEvents.on(channel, listener);
  }),
  removeListener: vi.fn((channel: string, listener: Listener) => {
    rendererEvents.removeListener(channel, listener);
  }),
};

/** The fake `screen`: tests set the displays with `electronMock.setDisplays` and emit its events. */
class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [];
  primaryId = 0;
  readonly getAllDisplays = vi.fn((): FakeDisplay[] => this.displays.map((display) => ({ ...display })));
  readonly getPrimaryDisplay = vi.fn((): FakeDisplay => {
    const primary = this.displays.find((display) => display.id === this.primaryId) ?? this.displays[0];
    if (!primary) throw new Error('fake screen: no display');
    return { ...primary };
  });
}

const defaultDisplays = (): FakeDisplay[] => [fakeDisplay(1, 0, 1440, 900, true)];

export const screen = new FakeScreen();
screen.displays = defaultDisplays();
screen.primaryId = 1;

export const powerMonitor = { on: vi.fn<(event: string, listener: Listener) => void>() };

export const webUtils = { getPathForFile: vi.fn<(file: unknown) => string>(() => '') };

/** Test-side access to what the code under test registered, and a way to start clean. */
export const electronMock = {
  ipcHandlers,
  protocolHandlers,
  exposed,
  windows,
  /** Calls the handler main registered for `channel` as if a renderer invoked it. */
  invoke(channel: string, event: unknown, payload?: unknown): Promise<unknown> {
    const handler = ipcHandlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler for ${channel}`));
    return Promise.resolve().then(() => handler(event, payload));
  },
  /** Emits an event to the preload's `ipcRenderer.on` listeners as main's `webContents.send` would. */
  emitToRenderer(channel: string, payload: unknown): void {
    rendererEvents.emit(channel, { sender: null }, payload);
  },
  /** The event an `ipcMain.handle` listener gets for a message from `frame` (default: the main frame) of `contents`. */
  ipcEvent(contents: FakeWebContents, frame: FakeFrame | null = contents.mainFrame): { sender: FakeWebContents; senderFrame: FakeFrame | null } {
    return { sender: contents, senderFrame: frame };
  },
  /** Replaces the connected displays (default: one built-in 1440×900 display, id 1); `primaryId` defaults to the first. */
  setDisplays(displays: FakeDisplay[], primaryId: number = displays[0]?.id ?? 0): void {
    screen.displays = displays;
    screen.primaryId = primaryId;
  },
  /** Changes the displays as `setDisplays` does, then emits `event` on `screen` like Electron. */
  changeDisplays(event: 'display-added' | 'display-removed' | 'display-metrics-changed', displays: FakeDisplay[], primaryId?: number): void {
    const before = screen.displays;
    this.setDisplays(displays, primaryId);
    const changed = event === 'display-removed' ? before.find((display) => !displays.some((kept) => kept.id === display.id)) : displays.at(-1);
    screen.emit(event, { preventDefault: () => undefined }, changed, ...(event === 'display-metrics-changed' ? [['bounds']] : []));
  },
  rendererListenerCount(channel: string): number {
    return rendererEvents.listenerCount(channel);
  },
  /** Forgets registrations and windows and clears every spy's calls. */
  reset(): void {
    ipcHandlers.clear();
    protocolHandlers.clear();
    exposed.clear();
    for (const window of windows.splice(0)) window.emit('closed');
    rendererEvents.removeAllListeners();
    session.defaultSession = new FakeSession();
    screen.removeAllListeners();
    screen.displays = defaultDisplays();
    screen.primaryId = 1;
    app.isPackaged = false;
    vi.clearAllMocks();
  },
};

export default { app, BrowserWindow: FakeBrowserWindow, ipcMain, protocol, session, dialog, shell, Menu, contextBridge, ipcRenderer, screen, webUtils };
