// The CORS allow-list: own origins, configured origins, same host, and nothing else.
import { describe, expect, it } from 'vitest';
import { createOriginPolicy } from '../../../server/security/originPolicy.ts';

const port = 4321;
const strict = createOriginPolicy({ corsOrigins: ['https://game.example.org'], corsAllowSameHost: false, production: true }, () => port);
const lan = createOriginPolicy({ corsOrigins: [], corsAllowSameHost: true, production: true }, () => port);
const dev = createOriginPolicy({ corsOrigins: [], corsAllowSameHost: false, production: false }, () => port);

describe('createOriginPolicy', () => {
  it.each<[string, ReturnType<typeof createOriginPolicy>, Record<string, string>, boolean]>([
    ['no Origin (same-origin GET, CLI, Node client)', strict, {}, true],
    ['own localhost origin on the real port', strict, { origin: `http://localhost:${port}` }, true],
    ['own 127.0.0.1 origin', strict, { origin: `http://127.0.0.1:${port}` }, true],
    ['localhost on another port', strict, { origin: 'http://localhost:9999' }, false],
    ['a configured origin', strict, { origin: 'https://game.example.org' }, true],
    ['a look-alike of a configured origin', strict, { origin: 'https://game.example.org.evil.net' }, false],
    ['an unknown site', strict, { origin: 'https://evil.example' }, false],
    ['the literal null origin', strict, { origin: 'null' }, false],
    ['same host allowed when enabled (LAN play)', lan, { origin: 'http://192.168.1.10:4321', host: '192.168.1.10:4321' }, true],
    ['same host refused when disabled', strict, { origin: 'http://192.168.1.10:4321', host: '192.168.1.10:4321' }, false],
    ['another host than the one addressed', lan, { origin: 'http://evil.example', host: '192.168.1.10:4321' }, false],
    ['Vite dev server outside production', dev, { origin: 'http://localhost:5173' }, true],
    ['Vite dev server in production', strict, { origin: 'http://localhost:5173' }, false],
  ])('%s', (_name, policy, headers, allowed) => {
    expect(policy.allows(headers)).toBe(allowed);
    expect(policy.allowOriginHeader(headers)).toBe(allowed && headers.origin ? headers.origin : null);
  });

  it('follows the port known after listen', () => {
    let current = 0;
    const policy = createOriginPolicy({ corsOrigins: [], corsAllowSameHost: false, production: true }, () => current);
    expect(policy.allows({ origin: 'http://localhost:5555' })).toBe(false);
    current = 5555;
    expect(policy.allows({ origin: 'http://localhost:5555' })).toBe(true);
  });
});
