// The address used for per-IP limits: the socket's, or the trusted proxy's last hop.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../../server/security/clientAddress.ts';

const req = (xff?: string) => ({ headers: xff === undefined ? {} : { 'x-forwarded-for': xff }, socket: { remoteAddress: '10.0.0.1' } }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted (clients can send anything)', () => {
    expect(clientAddress(req('1.2.3.4'), false)).toBe('10.0.0.1');
  });
  it('takes the entry the trusted proxy appended, not the one the client wrote', () => {
    expect(clientAddress(req('6.6.6.6, 203.0.113.9'), true)).toBe('203.0.113.9');
  });
  it('falls back to the socket without the header', () => {
    expect(clientAddress(req(), true)).toBe('10.0.0.1');
  });
});
