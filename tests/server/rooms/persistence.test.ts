// Games are stored as they are played (issue 4 §3): the command log behind the game, the
// result before the game shows as over, progress per profile, and replays and resumes
// that rebuild the same world. Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { Room } from 'colyseus.js';
import { MSG, type DebriefMessage, type WelcomeMessage } from '../../../shared/protocol/messages.ts';
import { stateHash } from '../../../shared/sim/stateHash.ts';
import { loadScenario } from '../../../server/scenarios/loadScenario.ts';
import { replayCommands, type LoggedCommand } from '../../../server/rooms/replayCommands.ts';
import { openStore } from '../../../server/storage/openStore.ts';
import type { GameStore } from '../../../server/storage/GameStore.ts';
import { matchMaker } from '@colyseus/core';
import { nextMessage, run, startHarness, until, waitFor, type Harness } from '../helpers/roomHarness.ts';

const backends: { name: string; open: () => Promise<{ store: GameStore; cleanup: () => Promise<void> }> }[] = [
  {
    name: 'PGlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'nines-room-'));
      const store = await openStore({ dataDir: dir, logger: pino({ level: 'silent' }) });
      return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
if (process.env.DATABASE_URL) {
  backends.push({
    name: 'PostgreSQL',
    open: async () => {
      const schema = `nines_room_${process.pid}_${Date.now()}`;
      const store = await openStore({ databaseUrl: process.env.DATABASE_URL, schema, logger: pino({ level: 'silent' }) });
      return {
        store,
        cleanup: async () => {
          const { openPostgresClient } = await import('../../../server/storage/postgresClient.ts');
          const db = await openPostgresClient({ url: process.env.DATABASE_URL as string });
          await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await db.close();
        },
      };
    },
  });
}

const levelScript = [
  'host list',
  'docker -H host-2 run -d --name analytics shop/analytics:1.0',
  'docker run -d --name web-1 -l app=shop-web shop/web:1.0',
  'docker run -d --name web-2 -l app=shop-web shop/web:1.0',
];

describe.each(backends)('persistence on $name', ({ open }) => {
  let h: Harness;
  let store: GameStore;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, cleanup } = await open());
    h = await startHarness({ store });
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await store.close();
    await cleanup();
  });

  async function solo(scenario: string, seed: number, profile?: string): Promise<{ room: Room; welcome: WelcomeMessage }> {
    const room = await h.colyseus.sdk.create('datacenter', { mode: 'solo', scenario, seed, manualTicks: true, ...(profile ? { profile } : {}) });
    return { room, welcome: await nextMessage<WelcomeMessage>(room, MSG.WELCOME) };
  }

  it('stores a won level before showing it as over, and the stored log replays to the stored hash', async () => {
    const { room, welcome } = await solo('level-01-bare-metal', 11);
    expect(welcome.profile).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    for (const line of levelScript) expect((await run(room, line)).ok, line).toBe(true);
    const server = h.room(room.roomId);
    const debrief = nextMessage<DebriefMessage>(room, MSG.DEBRIEF, 20_000);
    server.advanceTicks(20 * 60 + 5);
    const d = await debrief;
    expect(d.won).toBe(true);
    expect(d.stars).toBeGreaterThan(0);
    await until(room, () => (room.state as { phase: string }).phase === 'ended');

    const saved = await store.loadSession(welcome.session);
    expect(saved?.status).toBe('ended');
    expect(saved?.result?.finalHash).toBe(d.finalHash);
    expect(saved?.commands.map((c) => c.line).filter((l) => levelScript.includes(l))).toEqual(levelScript);
    const replayed = replayCommands(loadScenario('level-01-bare-metal'), saved!.seed, saved!.commands as LoggedCommand[], saved!.result!.tick);
    expect(stateHash(replayed)).toBe(saved?.result?.finalHash);

    const progress = await store.getProgress(welcome.profile);
    expect(progress).toEqual([expect.objectContaining({ scenario: 'level-01-bare-metal', bestStars: d.stars, wins: 1, plays: 1 })]);
    // A command after the end changes nothing and says why.
    const late = await run(room, 'docker -H host-1 stop web-1');
    expect(late.ok).toBe(false);
  }, 60_000);

  it('keeps the profile a player comes back with', async () => {
    const { welcome: first } = await solo('sandbox', 1);
    const { welcome: again } = await solo('sandbox', 1, first.profile);
    expect(again.profile).toBe(first.profile);
    expect(again.name).not.toBe('');
  });

  it('resumes a running game from its checkpoint to the same state', async () => {
    const { room, welcome } = await solo('sandbox', 5);
    const server = h.room(room.roomId);
    // The run answers once its image is pulled, in game time.
    const started = run(room, 'docker -H host-1 run -d --name web nginx:1.25');
    await until(room, () => (room.state as { log: { length: number } }).log.length > 1);
    server.advanceTicks(40);
    expect((await started).ok).toBe(true);
    expect((await run(room, 'docker -H host-1 stop web')).ok).toBe(true);
    server.advanceTicks(20);
    await server.flush();
    const tick = server.simulation.tick;
    const hash = stateHash(server.simulation);
    const resumeOptions = { mode: 'solo', scenario: 'sandbox', resume: welcome.session, manualTicks: true, profile: welcome.profile };
    await expect(h.colyseus.sdk.create('datacenter', resumeOptions)).rejects.toThrow(/still running/);
    await expect(h.colyseus.sdk.create('datacenter', { ...resumeOptions, profile: 'someone-else' })).rejects.toThrow(/cannot be resumed/);
    await room.leave(true);
    await waitFor(async () => (await matchMaker.query({ roomId: room.roomId })).length === 0);

    const resumed = await h.colyseus.sdk.create('datacenter', resumeOptions);
    const rw = await nextMessage<WelcomeMessage>(resumed, MSG.WELCOME);
    expect(rw.session).toBe(welcome.session);
    const again = h.room(resumed.roomId);
    expect(again.simulation.tick).toBe(tick);
    expect(stateHash(again.simulation)).toBe(hash);
    const ps = await run(resumed, 'docker -H host-1 ps -a');
    expect(ps.output).toContain('web');
  });

  it('refuses to resume a game that is not there', async () => {
    await expect(h.colyseus.sdk.create('datacenter', { mode: 'solo', scenario: 'sandbox', resume: 'no-such-session' })).rejects.toThrow(/saved game/);
  });
});
