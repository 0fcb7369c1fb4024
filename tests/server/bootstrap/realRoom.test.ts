// createGameServer with the real `datacenter` room and a PGlite store: a team session is
// created (its creator cannot pick the code), joined by its code, and matchmaking refuses
// joinOrCreate and wrong codes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, type Room } from 'colyseus.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { createGameServer, type GameServer } from '../../../server/http/createGameServer.ts';
import type { GameStore } from '../../../server/storage/GameStore.ts';
import { openStore } from '../../../server/storage/openStore.ts';

let server: GameServer;
let store: GameStore;
let dataDir: string;
let base: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'nines-room-'));
  const logger = pino({ level: 'silent' });
  store = await openStore({ dataDir, logger });
  server = await createGameServer(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), { store, logger });
  base = `http://127.0.0.1:${await server.listen()}`;
}, 60_000);

afterAll(async () => {
  await server?.shutdown();
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The session's join code once the room's state has reached the client. */
function codeOf(room: Room): Promise<string> {
  const now = (room.state as { code?: string } | undefined)?.code;
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    room.onStateChange((state: { code?: string }) => {
      if (state.code) resolve(state.code);
    });
  });
}

describe('the datacenter room behind the matchmaking guard', () => {
  it('creates a team session under a drawn code and lets a second player join with it', async () => {
    const client = new Client(base);
    const host = await client.create('datacenter', { mode: 'team', scenario: 'sandbox', code: 'AAAAAA' });
    const code = await codeOf(host);
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6,8}$/);
    expect(code).not.toBe('AAAAAA');

    const guest = await client.join('datacenter', { code: ` ${code.toLowerCase()} ` });
    expect(guest.roomId).toBe(host.roomId);

    await expect(client.join('datacenter', { code: 'AAAAAA' })).rejects.toThrow();
    await expect(client.joinOrCreate('datacenter', { mode: 'team', scenario: 'sandbox' })).rejects.toThrow(/not offered/);

    await guest.leave();
    await host.leave();
  });

  it('never lists a solo game for joining', async () => {
    const client = new Client(base);
    const solo = await client.create('datacenter', { mode: 'solo', scenario: 'sandbox' });
    await expect(client.join('datacenter', {})).rejects.toThrow();
    await expect(client.join('datacenter', { code: '' })).rejects.toThrow();
    await solo.leave();
  });
});
