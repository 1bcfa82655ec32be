/**
 * `MimbarBridge` over the browser host's HTTP routes: invoke channels are `POST /api/invoke/<channel>`,
 * events arrive as server-sent events from `/api/events`. Same contract as Electron's preload.
 */
import { createBridge } from '../../../app/contract/bridge';
import type {
  DroppedFile,
  EventChannel,
  EventMap,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  MimbarBridge,
  OpenResult,
} from '../../../app/contract/channels';

const EVENTS_URL = '/api/events';

async function invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>> {
  const response = await fetch(`/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  const body = (await response.json()) as unknown;
  if (!response.ok) {
    const message = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : response.statusText;
    throw new Error(message);
  }
  return body as InvokeResponse<C>;
}

/** Offers `text` to the user as a download named `fileName`, through a Blob object URL revoked afterwards. */
function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Clicked without joining the document: the pages' link guards (which refuse every link in deck
  // content) never see this click, and a detached link still starts a download.
  link.click();
  // The download holds its own reference once started; the URL is revoked on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Creates a bridge that talks to the browser host the page was served from. */
export function createHttpBridge(): MimbarBridge {
  let source: EventSource | null = null;
  const stream = (): EventSource => (source ??= new EventSource(EVENTS_URL));

  return createBridge(invoke, {
    // The page cannot learn a dropped file's path, and the browser host opens only the deck it started with.
    openDroppedFile: async (_file: DroppedFile): Promise<OpenResult> => ({ ok: false, message: 'Not available in the browser host' }),
    // In a browser the system browser is right here: a new tab that cannot reach back to this page.
    openLink: async (url: string): Promise<OpenResult> => {
      window.open(url, '_blank', 'noopener,noreferrer');
      return { ok: true };
    },
    // "Save notes as…": the deck with every edit, downloaded as a file (a server cannot ask where to save).
    saveNotesAs: async (): Promise<OpenResult> => {
      const source = await invoke('notes:get-source', {});
      downloadText(source.fileName, source.text);
      return { ok: true };
    },
    on<E extends EventChannel>(event: E, listener: (payload: EventMap[E]) => void): () => void {
      const handler = (message: MessageEvent<string>): void => listener(JSON.parse(message.data) as EventMap[E]);
      const events = stream();
      events.addEventListener(event, handler);
      return () => events.removeEventListener(event, handler);
    },
  });
}
