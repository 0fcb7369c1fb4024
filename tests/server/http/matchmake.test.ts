// The matchmaking guard in front of Colyseus' routes: body limit, methods, origins, the
// offered calls (no joinOrCreate), join codes and the per-address limits; and the Origin
// check of WebSocket upgrades.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { matchMaker } from '@colyseus/core';
import { Client } from 'colyseus.js';
import WebSocket from 'ws';
import { fakeStore } from './fakeStore.ts';
import { bootTestServer, postChunked, type TestServer } from './bootServer.ts';
import { StandInRoom } from './standInRoom.ts';

let t: TestServer;
let clock = 1_000_000;
const LIMIT = 4096;

beforeAll(async () => {
  t = await bootTestServer(
    { HTTP_BODY_LIMIT: String(LIMIT), JOIN_ATTEMPTS_PER_MINUTE: '3', ROOM_CREATES_PER_MINUTE: '5', CORS_ORIGINS: 'https://game.example.org' },
    { store: fakeStore(), roomClass: StandInRoom, now: () => clock },
  );
});
afterAll(async () => {
  await t?.server.shutdown();
});
beforeEach(() => {
  // A fresh minute for every test: the limits of one test do not leak into the next.
  clock += 120_000;
});

function post(path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${t.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('matchmaking guard', () => {
  it('serves create and join-by-code for the room (and the code lookup is case-insensitive)', async () => {
    const client = new Client(t.base);
    const host = await client.create('datacenter', { mode: 'team' });
    const created = StandInRoom.created.at(-1)!;
    const guest = await client.join('datacenter', { code: created.code.toLowerCase() });
    expect(guest.roomId).toBe(host.roomId);
    await guest.leave();
    await host.leave();
  });

  it('does not let a creator choose the join code', async () => {
    const client = new Client(t.base);
    const room = await client.create('datacenter', { code: 'AAAAAA' });
    const created = StandInRoom.created.at(-1)!;
    expect(created.options.code).toBeUndefined();
    await expect(client.join('datacenter', { code: 'AAAAAA' })).rejects.toThrow(/code/);
    await room.leave();
  });

  it('refuses joinOrCreate and creates no room', async () => {
    const before = matchMaker.stats.local.roomCount;
    const client = new Client(t.base);
    await expect(client.joinOrCreate('datacenter', {})).rejects.toThrow(/not offered/);
    expect(matchMaker.stats.local.roomCount).toBe(before);
  });

  it('refuses a join without a code instead of picking any open room', async () => {
    const client = new Client(t.base);
    const host = await client.create('datacenter', {});
    await expect(client.join('datacenter', {})).rejects.toThrow(/code/);
    await expect(client.join('datacenter', { code: 12345 })).rejects.toThrow(/code/);
    await host.leave();
  });

  it('limits failed joins per address, then lets the address try again after the window', async () => {
    const wrong = () => post('/matchmake/join/datacenter', JSON.stringify({ code: 'ZZZZZZ' }));
    for (let i = 0; i < 3; i++) expect(((await (await wrong()).json()) as { code: number }).code).not.toBe(429);
    const blocked = await wrong();
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { key: string }).key).toBe('server.matchmake.tooManyJoins');
    clock += 60_001;
    expect((await wrong()).status).toBe(200);
  });

  it('limits room creation per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await post('/matchmake/create/datacenter', '{}');
      statuses.push(res.status);
      const body = (await res.json()) as { room?: { roomId: string } };
      if (body.room) await matchMaker.remoteRoomCall(body.room.roomId, 'disconnect');
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('refuses a body over the limit by Content-Length with 413', async () => {
    const before = matchMaker.stats.local.roomCount;
    const res = await post('/matchmake/create/datacenter', JSON.stringify({ pad: 'x'.repeat(LIMIT) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { key: string }).key).toBe('server.http.bodyTooLarge');
    expect(matchMaker.stats.local.roomCount).toBe(before);
  });

  it('refuses a chunked body once it passes the limit with 413', async () => {
    const res = await postChunked(t.port, '/matchmake/create/datacenter', 400, 1024);
    expect(res.status).toBe(413);
    // Just under the limit is read and answered by Colyseus (here: not JSON).
    const small = await postChunked(t.port, '/matchmake/create/datacenter', 3, 1024);
    expect(small.status).toBe(200);
  });

  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])('answers %s with 405', async (method) => {
    const res = await fetch(`${t.base}/matchmake/create/datacenter`, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('sends no Allow-Origin to a site not on the list, and refuses its POST with 403', async () => {
    const evil = { origin: 'https://evil.example' };
    const preflight = await fetch(`${t.base}/matchmake/create/datacenter`, { method: 'OPTIONS', headers: evil });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const before = matchMaker.stats.local.roomCount;
    const res = await post('/matchmake/create/datacenter', '{}', evil);
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(matchMaker.stats.local.roomCount).toBe(before);
  });

  it('allows the configured origin and the server’s own', async () => {
    for (const origin of ['https://game.example.org', `http://localhost:${t.port}`]) {
      const preflight = await fetch(`${t.base}/matchmake/create/datacenter`, { method: 'OPTIONS', headers: { origin } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('does not treat other URLs containing /matchmake as matchmaking', async () => {
    const res = await fetch(`${t.base}/api/nothing?next=/matchmake/create/datacenter`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('server.http.notFound');
  });
});

describe('WebSocket upgrades', () => {
  function handshake(origin: string): Promise<string> {
    return new Promise((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${t.port}/process/room?sessionId=x`, { origin });
      ws.on('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
      ws.on('open', () => {
        ws.terminate();
        resolve('open');
      });
      ws.on('error', () => resolve('error'));
    });
  }

  it('refuses a handshake from a site not on the list', async () => {
    expect(await handshake('https://evil.example')).toBe('refused 401');
  });

  it('accepts one from an allowed origin', async () => {
    expect(await handshake('https://game.example.org')).toBe('open');
  });
});

describe('addresses seen by rooms', () => {
  it('gives onAuth the socket address, not a client-written X-Forwarded-For', async () => {
    const before = StandInRoom.authIps.length;
    const res = await fetch(`${t.base}/matchmake/create/datacenter`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '6.6.6.6' },
      body: '{}',
    });
    const body = (await res.json()) as { room?: { roomId: string } };
    expect(body.room).toBeDefined();
    expect(StandInRoom.authIps.slice(before)).toEqual(['127.0.0.1']);
    await matchMaker.remoteRoomCall(body.room!.roomId, 'disconnect');
  });
});
