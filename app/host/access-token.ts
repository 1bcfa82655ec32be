/**
 * The access token a browser host bound to a network address requires: a page URL carries it once
 * (`?token=`), the host answers with an HttpOnly, SameSite=Strict cookie, and every later request (the
 * page's fetch and EventSource calls) carries the cookie.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh random 128-bit token, URL-safe. */
export function generateToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Name of the cookie; includes the port, since cookies are shared by every port of an address. */
export function tokenCookieName(port: number): string {
  return `mimbar_token_${port}`;
}

function matches(candidate: string | null | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

/** How a request proved it knows the token: by its URL (set the cookie), by the cookie, or not at all. */
export function tokenProof(req: IncomingMessage, url: URL, token: string, port: number): 'query' | 'cookie' | null {
  if (matches(url.searchParams.get('token'), token)) return 'query';
  if (matches(cookieValue(req, tokenCookieName(port)), token)) return 'cookie';
  return null;
}

/** The `Set-Cookie` header value that lets the page's later requests carry the token. */
export function tokenCookie(token: string, port: number): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}
