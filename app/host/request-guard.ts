/**
 * Keeps the browser host to its own page: requests must name one of the host's own addresses (no DNS
 * rebinding) and, when a browser says where they come from, come from that same origin.
 */
import type { IncomingMessage } from 'node:http';

/** The origin a request names through its (already accepted) Host header. */
function ownOrigin(req: IncomingMessage): string {
  return `http://${req.headers.host ?? ''}`;
}

/** Why a request is refused, or null when it may proceed; `hosts` are the accepted `host:port` values, lower case. */
export function refuseForeignRequest(req: IncomingMessage, hosts: ReadonlySet<string>): string | null {
  const host = req.headers.host?.toLowerCase();
  if (host === undefined || !hosts.has(host)) return 'Unknown host';
  const from = req.headers.origin;
  if (from !== undefined && from.toLowerCase() !== ownOrigin(req).toLowerCase()) return 'Cross-origin request refused';
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Cross-site request refused';
  return null;
}

/** True when a state-changing request proves it comes from the host's page (browsers always send Origin on POST). */
export function isOwnPageCall(req: IncomingMessage): boolean {
  const type = req.headers['content-type'] ?? '';
  return req.headers.origin?.toLowerCase() === ownOrigin(req).toLowerCase() && /^application\/json\s*(?:;|$)/i.test(type);
}
