// With REDIS_URL set, the server runs matchmaking through Redis (presence and room
// listings): a room created there is found by its join code. Skipped without REDIS_URL.
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeStore } from './fakeStore.ts';
import { bootTestServer, type TestServer } from './bootServer.ts';
import { StandInRoom } from './standInRoom.ts';

const redisUrl = process.env.REDIS_URL;

describe.skipIf(!redisUrl)('matchmaking over Redis', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await bootTestServer({ REDIS_URL: redisUrl! }, { store: fakeStore(), roomClass: StandInRoom });
  });
  afterAll(async () => {
    await t?.server.shutdown();
  });

  it('finds a team room by its code through the Redis driver', async () => {
    const client = new Client(t.base);
    const host = await client.create('datacenter', {});
    const { code } = StandInRoom.created.at(-1)!;
    const guest = await client.join('datacenter', { code });
    expect(guest.roomId).toBe(host.roomId);
    await guest.leave();
    await host.leave();
  });
});
