// Who may talk to the browser-mode host: only a page that came through the printed
// address (token), addressed to the loopback host name (no DNS rebinding), from the
// app's own origin (no other site's page posting to 127.0.0.1).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_COOKIE = 'dangwu_token';
export const TOKEN_HEADER = 'x-ledger-token';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === TOKEN_COOKIE) return v.join('=');
  }
  return undefined;
}

export type Verdict = 'ok' | 'bad-host' | 'bad-origin' | 'no-token';

/** `urlToken` is the ?token= of the printed address, accepted on the first page load only. */
export function judgeRequest(headers: IncomingHttpHeaders, port: number, token: string, urlToken?: string | null): Verdict {
  const host = headers.host ?? '';
  if (!allowedHosts(port).has(host)) return 'bad-host';
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return 'bad-origin';
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite === 'cross-site') return 'bad-origin';
  const given = urlToken ?? (headers[TOKEN_HEADER] as string | undefined) ?? cookieToken(headers.cookie);
  if (!given || !sameSecret(given, token)) return 'no-token';
  return 'ok';
}
