// Settings from the environment: defaults, parsing, and refusals that name the variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config.ts';
import { MAX_MESSAGE_BYTES } from '../../../shared/protocol/messages.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected loadConfig to refuse the environment');
}

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c.port).toBe(2567);
    expect(c.host).toBe('0.0.0.0');
    expect(c.dataDir).toBe('./data');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
    expect(c.corsOrigins).toEqual([]);
    expect(c.monitor).toBeUndefined();
    expect(c.reconnectSeconds).toBe(60);
    expect(c.messageRate).toEqual({ perSecond: 20, burst: 40 });
    expect(c.maxMessageBytes).toBe(MAX_MESSAGE_BYTES);
    expect(c.httpBodyLimitBytes).toBe(16 * 1024);
    expect(c.joinAttempts).toEqual({ max: 10, windowMs: 60_000 });
    expect(c.production).toBe(false);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '  ', CORS_ORIGINS: '' }).port).toBe(2567);
  });

  it('reads every setting it is given', () => {
    const c = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: '/tmp/x',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6379',
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://game.example.org, http://localhost:5173/',
      MONITOR_USER: 'ops',
      MONITOR_PASSWORD: 'secret',
      RECONNECT_SECONDS: '90',
      MESSAGE_RATE: '5',
      MESSAGE_BURST: '8',
      HTTP_BODY_LIMIT: '8kb',
      JOIN_ATTEMPTS_PER_MINUTE: '3',
      TRUST_PROXY: 'true',
    });
    expect(c).toMatchObject({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/tmp/x',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      redisUrl: 'redis://127.0.0.1:6379',
      production: true,
      corsOrigins: ['https://game.example.org', 'http://localhost:5173'],
      monitor: { user: 'ops', password: 'secret' },
      reconnectSeconds: 90,
      messageRate: { perSecond: 5, burst: 8 },
      httpBodyLimitBytes: 8192,
      joinAttempts: { max: 3, windowMs: 60_000 },
      trustProxy: true,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '25.5'],
    ['RECONNECT_SECONDS', 'soon'],
    ['DATABASE_URL', 'mysql://x@y/z'],
    ['REDIS_URL', 'not a url'],
    ['DATABASE_SCHEMA', 'Bad-Name'],
    ['NODE_ENV', 'staging'],
    ['HTTP_BODY_LIMIT', '16gb'],
    ['MESSAGE_RATE', '0'],
    ['TRUST_PROXY', 'maybe'],
    ['CORS_ORIGINS', '*'],
    ['CORS_ORIGINS', 'https://ok.example, https://bad.example/path'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name}: `));
  });

  it('names each bad variable when several are wrong', () => {
    const problems = problemsOf({ PORT: 'x', RECONNECT_SECONDS: 'y' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['PORT', 'RECONNECT_SECONDS']);
  });

  it('needs MONITOR_USER and MONITOR_PASSWORD together', () => {
    expect(problemsOf({ MONITOR_USER: 'ops' })[0]).toMatch(/^MONITOR_PASSWORD: /);
    expect(problemsOf({ MONITOR_PASSWORD: 'pw' })[0]).toMatch(/^MONITOR_USER: /);
  });

  it('refuses a burst smaller than the rate', () => {
    expect(problemsOf({ MESSAGE_RATE: '30', MESSAGE_BURST: '10' })[0]).toMatch(/^MESSAGE_BURST: /);
  });

  it('puts the problems in the error message', () => {
    expect(() => loadConfig({ PORT: 'nope' })).toThrow(/PORT: expected a whole number from 0 to 65535, got "nope"/);
  });
});
