// The HTTP API as the screens use it, against a fake fetch: the menu, a profile made on
// the first visit and kept, the stored one read with its token, a forgotten token
// replaced, and failures reported with their status and the server's message.
import { describe, expect, it } from 'vitest';
import { ApiClient, ApiRequestError } from '../../../client/src/app/ApiClient.ts';
import { memoryStorage, STORAGE_KEYS } from '../../../client/src/net/storage.ts';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

function fakeFetch(answer: (call: Call) => { status: number; body: unknown } | Error) {
  const calls: Call[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const call = { url: String(input), method: init?.method ?? 'GET', headers: (init?.headers ?? {}) as Record<string, string>, body: init?.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    const a = answer(call);
    if (a instanceof Error) throw a;
    return new Response(JSON.stringify(a.body), { status: a.status, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

describe('ApiClient', () => {
  it('reads the scenario menu', async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 200, body: { scenarios: [{ id: 'sandbox', title: { en: 'S', ko: '샌' }, isLevel: false, level: null, concepts: [] }] } }));
    const api = new ApiClient({ fetch, storage: memoryStorage() });
    expect((await api.scenarios()).map((s) => s.id)).toEqual(['sandbox']);
    expect(calls[0]?.url).toBe('/api/scenarios');
  });

  it('creates a profile on the first visit and keeps its token', async () => {
    const storage = memoryStorage();
    const { fetch, calls } = fakeFetch(() => ({ status: 201, body: { token: 'tok-123', nickname: '용감한 수달' } }));
    const profile = await new ApiClient({ fetch, storage }).profile('ko');
    expect(profile).toEqual({ nickname: '용감한 수달', progress: [] });
    expect(storage.getItem(STORAGE_KEYS.profile)).toBe('tok-123');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['POST /api/profile']);
    expect(calls[0]?.body).toEqual({ lang: 'ko' });
  });

  it('reads the stored profile with its token', async () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEYS.profile, 'tok-1');
    const { fetch, calls } = fakeFetch(() => ({ status: 200, body: { nickname: 'Ann', progress: [{ scenario: 'level-01', bestStars: 2, bestScore: 80, wins: 1, plays: 3 }] } }));
    const profile = await new ApiClient({ fetch, storage }).profile('en');
    expect(profile.progress).toEqual([{ scenario: 'level-01', bestStars: 2, bestScore: 80, wins: 1, plays: 3 }]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.headers.Authorization).toBe('Bearer tok-1');
  });

  it('replaces a token the server does not know', async () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEYS.profile, 'old-token');
    const { fetch, calls } = fakeFetch((c) => (c.method === 'GET' ? { status: 404, body: { error: { code: 'server.profile.notFound', message: 'no such profile' } } } : { status: 201, body: { token: 'new-token', nickname: 'Bo' } }));
    expect((await new ApiClient({ fetch, storage }).profile('en')).nickname).toBe('Bo');
    expect(storage.getItem(STORAGE_KEYS.profile)).toBe('new-token');
    expect(calls.map((c) => c.method)).toEqual(['GET', 'POST']);
  });

  it('reports server errors with the server\'s message and keeps the token', async () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEYS.profile, 'tok');
    const { fetch } = fakeFetch(() => ({ status: 500, body: { error: { code: 'server.http.internal', message: 'Something broke' } } }));
    const failure = await new ApiClient({ fetch, storage }).profile('en').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure).toMatchObject({ status: 500, message: 'Something broke' });
    expect(storage.getItem(STORAGE_KEYS.profile)).toBe('tok');
  });

  it('reports an unreachable server as status 0', async () => {
    const { fetch } = fakeFetch(() => new TypeError('Failed to fetch'));
    await expect(new ApiClient({ fetch, storage: memoryStorage() }).scenarios()).rejects.toMatchObject({ status: 0, message: 'Failed to fetch' });
  });
});
