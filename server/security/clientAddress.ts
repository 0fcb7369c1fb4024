// The address a request came from, for per-IP limits. X-Forwarded-For is read only when
// the operator says a reverse proxy of theirs is in front (TRUST_PROXY), and then only
// its last entry, the one that proxy appended; earlier entries are whatever the client sent.
import type { IncomingMessage } from 'node:http';

export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const list = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const last = list[list.length - 1];
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
