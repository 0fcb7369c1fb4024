// The HTTP side of the server on a real store (PGlite in a temporary directory): health,
// the scenario menu, profiles, the body limit, CORS, and the built client with its page
// fallback.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listScenarioIds, readScenario } from '../../../server/scenarios/catalog.ts';
import type { GameStore } from '../../../server/storage/GameStore.ts';
import { openStore } from '../../../server/storage/openStore.ts';
import { bootTestServer, postChunked, type TestServer } from './bootServer.ts';
import { StandInRoom } from './standInRoom.ts';

let t: TestServer;
let store: GameStore;
let dataDir: string;
let clientDir: string;
const LIMIT = 2048;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'nines-api-'));
  clientDir = mkdtempSync(join(tmpdir(), 'nines-client-'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Nines test page</title>');
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'assets', 'app.js'), 'console.log(1)');
  store = await openStore({ dataDir, logger: pino({ level: 'silent' }) });
  t = await bootTestServer({ HTTP_BODY_LIMIT: String(LIMIT), PROFILE_CREATES_PER_MINUTE: '1000' }, { store, roomClass: StandInRoom, clientDir });
}, 60_000);

afterAll(async () => {
  await t?.server.shutdown();
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(clientDir, { recursive: true, force: true });
});

type ErrorBody = { error: { code: string; message: string } };

function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${t.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('/health', () => {
  it('says the server is up, with its room count and storage kind', async () => {
    const res = await fetch(`${t.base}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: true, rooms: 0, storage: store.kind });
    expect(typeof body.uptime).toBe('number');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('GET /api/scenarios', () => {
  it('lists every shipped scenario with its titles and level facts', async () => {
    const res = await fetch(`${t.base}/api/scenarios`);
    expect(res.status).toBe(200);
    const { scenarios } = (await res.json()) as { scenarios: Array<Record<string, unknown>> };
    expect(scenarios.map((s) => s.id)).toEqual(listScenarioIds());
    for (const s of scenarios) {
      const loaded = readScenario(String(s.id));
      if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
      const level = loaded.scenario.level;
      expect(s).toMatchObject({
        title: loaded.scenario.title,
        isLevel: level !== undefined,
        level: level?.number ?? null,
        concepts: level?.concepts ?? [],
      });
    }
    expect(scenarios.some((s) => s.isLevel)).toBe(true);
    expect(scenarios.find((s) => s.id === 'sandbox')).toMatchObject({ isLevel: false, level: null });
  });

  it('answers other methods with 405', async () => {
    const res = await fetch(`${t.base}/api/scenarios`, { method: 'DELETE' });
    expect(res.status).toBe(405);
  });
});

describe('profiles', () => {
  it('creates a profile with a chosen nickname and reads it back with its token', async () => {
    const created = await postJson('/api/profile', { nickname: '  용감한   수달 ' });
    expect(created.status).toBe(201);
    const { token, nickname } = (await created.json()) as { token: string; nickname: string };
    expect(nickname).toBe('용감한 수달');
    expect(token.length).toBeGreaterThanOrEqual(16);
    const read = await fetch(`${t.base}/api/profile`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({ nickname: '용감한 수달', progress: [] });
  });

  it('generates a nickname in the asked language when none is given', async () => {
    const ko = (await (await postJson('/api/profile', { lang: 'ko' })).json()) as { nickname: string };
    expect(ko.nickname).toMatch(/^\p{Script=Hangul}+ \p{Script=Hangul}+$/u);
    const en = (await (await postJson('/api/profile', {})).json()) as { nickname: string };
    expect(en.nickname).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    const bare = await fetch(`${t.base}/api/profile`, { method: 'POST' });
    expect(bare.status).toBe(201);
  });

  it.each<[string, unknown, number, string]>([
    ['a too long nickname', { nickname: 'x'.repeat(25) }, 400, 'server.nickname.tooLong'],
    ['a nickname with a control character', { nickname: 'Ada\u0007' }, 400, 'server.nickname.badCharacters'],
    ['a nickname that is not text', { nickname: 7 }, 400, 'server.nickname.notText'],
    ['an unknown field', { nickname: 'Ada', admin: true }, 400, 'server.http.badRequest'],
    ['an unknown language', { lang: 'fr' }, 400, 'server.http.badRequest'],
    ['a JSON array', [], 400, 'server.http.badRequest'],
    ['broken JSON', '{"nickname": ', 400, 'server.http.badJson'],
  ])('refuses %s with a JSON error', async (_name, body, status, code) => {
    const res = await postJson('/api/profile', body);
    expect(res.status).toBe(status);
    const err = (await res.json()) as ErrorBody;
    expect(err.error.code).toBe(code);
    expect(err.error.message.length).toBeGreaterThan(0);
  });

  it('gives error messages in Korean when the request prefers Korean', async () => {
    const res = await postJson('/api/profile', { nickname: '' }, { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' });
    expect(((await res.json()) as ErrorBody).error.message).toBe('닉네임이 비어 있습니다.');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await fetch(`${t.base}/api/profile`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'nickname=Ada' });
    expect(res.status).toBe(415);
  });

  it('answers 401 without a token and 404 for an unknown one', async () => {
    const none = await fetch(`${t.base}/api/profile`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as ErrorBody).error.code).toBe('server.profile.needToken');
    const malformed = await fetch(`${t.base}/api/profile`, { headers: { authorization: 'Bearer !!' } });
    expect(malformed.status).toBe(401);
    const unknown = await fetch(`${t.base}/api/profile`, { headers: { authorization: `Bearer ${'A'.repeat(43)}` } });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error.code).toBe('server.profile.notFound');
  });
});

describe('body limit', () => {
  it('refuses an oversized JSON body with 413 (Content-Length)', async () => {
    const res = await postJson('/api/profile', { nickname: 'x'.repeat(LIMIT) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('server.http.bodyTooLarge');
  });

  it('refuses an oversized chunked body with 413', async () => {
    const res = await postChunked(t.port, '/api/profile', 64, 1024);
    expect(res.status).toBe(413);
  });
});

describe('CORS', () => {
  it('sends Allow-Origin only to allowed origins', async () => {
    const own = `http://127.0.0.1:${t.port}`;
    const allowed = await fetch(`${t.base}/api/scenarios`, { headers: { origin: own } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(own);
    const evil = await fetch(`${t.base}/api/scenarios`, { headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a write from another site with 403 and writes nothing', async () => {
    const res = await postJson('/api/profile', { nickname: 'Mallory' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.code).toBe('server.http.originNotAllowed');
  });
});

describe('the built client', () => {
  it('serves index.html at / and for page addresses, assets as files', async () => {
    const root = await fetch(`${t.base}/`);
    expect(root.status).toBe(200);
    expect(await root.text()).toContain('Nines test page');
    const page = await fetch(`${t.base}/play/solo`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('Nines test page');
    const asset = await fetch(`${t.base}/assets/app.js`);
    expect(await asset.text()).toBe('console.log(1)');
    expect((await fetch(`${t.base}/assets/missing.js`)).status).toBe(404);
  });

  it('never answers API addresses with the page', async () => {
    const res = await fetch(`${t.base}/api/unknown`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe('server.http.notFound');
  });
});
