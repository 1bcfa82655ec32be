/**
 * Keeps the browser host to its own page: requests must name the host's own address (no DNS
 * rebinding) and, when a browser says where they come from, come from the host's own origin.
 */
import type { IncomingMessage } from 'node:http';

/** Why a request is refused, or null when it may proceed. */
export function refuseForeignRequest(req: IncomingMessage, origin: string): string | null {
  const host = new URL(origin).host;
  if (req.headers.host !== host) return 'Unknown host';
  const from = req.headers.origin;
  if (from !== undefined && from !== origin) return 'Cross-origin request refused';
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Cross-site request refused';
  return null;
}

/** True when a state-changing request proves it comes from the host's page (browsers always send Origin on POST). */
export function isOwnPageCall(req: IncomingMessage, origin: string): boolean {
  const type = req.headers['content-type'] ?? '';
  return req.headers.origin === origin && /^application\/json\s*(?:;|$)/i.test(type);
}
