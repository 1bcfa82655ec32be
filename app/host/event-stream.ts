/** The set of open server-sent-event streams and a typed way to send contract events to all of them. */
import type { ServerResponse } from 'node:http';
import type { EventChannel, EventMap } from '../contract/channels';
import { startEventStream } from './send';

/** Broadcasts contract events to every connected renderer. */
export class EventStreams {
  readonly #clients = new Set<ServerResponse>();

  /** Keeps `res` open as an event stream until the client goes away. */
  add(res: ServerResponse): void {
    startEventStream(res);
    this.#clients.add(res);
    res.on('close', () => this.#clients.delete(res));
  }

  /** Sends one event to every client. */
  broadcast<E extends EventChannel>(event: E, payload: EventMap[E]): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of this.#clients) client.write(frame);
  }

  /** Ends every stream (before the server closes). */
  closeAll(): void {
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}
