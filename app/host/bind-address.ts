/**
 * Which address the browser host listens on, and what follows from it: whether it is loopback (only
 * 127.0.0.1, ::1 and localhost count; other 127.x addresses are treated as network addresses, so a test
 * can exercise the token rule on 127.0.0.2), the address printed in URLs, and the Host headers accepted.
 */
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/** The default bind address. */
export const LOOPBACK_HOST = '127.0.0.1';

const LOOPBACK_NAMES = new Set(['127.0.0.1', '::1', 'localhost']);
const WILDCARDS = new Set(['0.0.0.0', '::']);

/** True when `host` is one of the loopback names the host serves without a token. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase());
}

/** True when `host` can be listened on: an IP address or `localhost` (names that resolve elsewhere are refused). */
export function isBindableHost(host: string): boolean {
  return isIP(host) !== 0 || host.toLowerCase() === 'localhost';
}

/** `host:port` as it appears in a URL and a Host header (IPv6 in brackets). */
export function hostPort(host: string, port: number): string {
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The machine's own non-internal addresses (for a host listening on every interface). */
function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .map((entry) => entry.address);
}

/** The address to print in URLs: the bound one, or for 0.0.0.0 / :: the first external IPv4 address (else 127.0.0.1). */
export function displayHost(host: string): string {
  if (!WILDCARDS.has(host)) return host;
  const external = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .find((entry) => entry.family === 'IPv4' && !entry.internal);
  return external?.address ?? LOOPBACK_HOST;
}

/** Host headers the host answers: the bound address, and for 0.0.0.0 / :: every address of this machine; never a DNS name but localhost (no DNS rebinding). */
export function allowedHostHeaders(host: string, port: number): Set<string> {
  const names = WILDCARDS.has(host) ? [...interfaceAddresses(), 'localhost'] : [host];
  if (host.toLowerCase() === 'localhost') names.push(LOOPBACK_HOST);
  return new Set(names.map((name) => hostPort(name, port).toLowerCase()));
}
