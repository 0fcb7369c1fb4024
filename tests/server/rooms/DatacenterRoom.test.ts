// The datacenter room end to end over real WebSockets (issue 4 §5): joining, commands
// and results, refusals that change nothing, team play, roles, reconnection, abuse.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Room } from 'colyseus.js';
import { MSG, type WelcomeMessage } from '../../../shared/protocol/messages.ts';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { nextMessage, run, startHarness, until, type Harness } from '../helpers/roomHarness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ settings: { reconnectSeconds: 1, messageRate: 5, messageBurst: 10 } });
});
afterEach(async () => {
  await h.colyseus.cleanup();
});
afterAll(async () => {
  await h.close();
});

async function createWithWelcome(options: Record<string, unknown>): Promise<{ room: Room; welcome: WelcomeMessage }> {
  const room = await h.colyseus.sdk.create('datacenter', { manualTicks: true, ...options });
  const welcome = await nextMessage<WelcomeMessage>(room, MSG.WELCOME);
  return { room, welcome };
}

async function joinWithWelcome(options: Record<string, unknown>): Promise<{ room: Room; welcome: WelcomeMessage }> {
  const room = await h.colyseus.sdk.join('datacenter', options);
  const welcome = await nextMessage<WelcomeMessage>(room, MSG.WELCOME);
  return { room, welcome };
}

interface ClientState {
  code: string;
  phase: string;
  tick: number;
  speed: number;
  players: { get(k: string): { name: string; role: number; connected: boolean } | undefined; size: number };
  containers: { forEach(cb: (c: { name: string; uid: number; target: string }) => void): void };
  log: { length: number; at(i: number): { actor: string; line: string; seat: string; kind: string; ok: boolean } | undefined };
}

const stateOf = (room: Room): ClientState => room.state as ClientState;
const containerNames = (room: Room): string[] => {
  const names: string[] = [];
  stateOf(room).containers.forEach((c) => {
    if (c.uid !== 0) names.push(c.name);
  });
  return names;
};
const logLines = (room: Room): string[] => Array.from({ length: stateOf(room).log.length }, (_, i) => stateOf(room).log.at(i)?.line ?? '');

describe('solo game', () => {
  it('seats the creator as the player and answers a command with its output', async () => {
    const { room, welcome } = await createWithWelcome({ mode: 'solo', scenario: 'sandbox', seed: 7, name: 'Ada' });
    expect(welcome).toMatchObject({ name: 'Ada', role: 'player', mode: 'solo', code: '' });
    const r = await run(room, 'host list');
    expect(r.ok).toBe(true);
    expect(r.output).toContain('host-1');
    await until(room, () => logLines(room).includes('host list'));
  });

  it('answers a mistake with a reason, keeps the player connected and changes nothing', async () => {
    const { room } = await createWithWelcome({ mode: 'solo', scenario: 'sandbox', seed: 7 });
    const server = h.room(room.roomId);
    const before = simulationHash(server.simulation);
    const bad = await run(room, 'docker -H host-1 run -d --memory lots nginx:1.25');
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/memory/i);
    const unknown = await run(room, 'frobnicate the cluster');
    expect(unknown.ok).toBe(false);
    expect(simulationHash(server.simulation)).toBe(before);
    expect((await run(room, 'host list')).ok).toBe(true);
  });

  it('drops malformed payloads without answering or disconnecting', async () => {
    const { room } = await createWithWelcome({ mode: 'solo', scenario: 'sandbox' });
    room.send(MSG.COMMAND, { id: 42, line: 'host list' });
    room.send(MSG.COMMAND, 'host list');
    room.send('shutdown', { please: true });
    room.send(MSG.COMMAND, { id: 'x', line: 'y'.repeat(5000) });
    const r = await run(room, 'host list');
    expect(r.ok).toBe(true);
  });

  it('lets the solo player control time; ticks only move the world when asked in manual mode', async () => {
    const { room } = await createWithWelcome({ mode: 'solo', scenario: 'sandbox' });
    expect((await run(room, 'speed 4')).ok).toBe(true);
    expect((await run(room, 'speed 3')).ok).toBe(false);
    await until(room, () => stateOf(room).speed === 4);
    h.room(room.roomId).advanceTicks(30);
    await until(room, () => stateOf(room).tick === 30);
    expect((await run(room, 'pause')).ok).toBe(true);
    await until(room, () => stateOf(room).phase === 'paused');
  });

  it('refuses a second person in a solo game', async () => {
    const { room } = await createWithWelcome({ mode: 'solo', scenario: 'sandbox' });
    await expect(h.colyseus.sdk.joinById(room.roomId, {})).rejects.toThrow();
  });

  it('refuses bad create options with a message naming the field', async () => {
    await expect(h.colyseus.sdk.create('datacenter', { mode: 'duo', scenario: 'sandbox' })).rejects.toThrow(/mode/);
    await expect(h.colyseus.sdk.create('datacenter', { mode: 'solo', scenario: '../etc/passwd' })).rejects.toThrow(/scenario/);
    await expect(h.colyseus.sdk.create('datacenter', { mode: 'solo', scenario: 'no-such-level' })).rejects.toThrow(/no-such-level/);
  });
});

describe('team session', () => {
  it('makes the creator facilitator, gives a join code, and shows each player the other’s actions', async () => {
    const { room: fac, welcome: fw } = await createWithWelcome({ mode: 'team', scenario: 'sandbox', seed: 3, name: 'Facil' });
    expect(fw.role).toBe('facilitator');
    expect(fw.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    await until(fac, () => stateOf(fac).code === fw.code);
    const { room: ply, welcome: pw } = await joinWithWelcome({ code: fw.code.toLowerCase(), name: '용감한 수달' });
    expect(pw.role).toBe('player');
    expect(pw.name).toBe('용감한 수달');
    // The image is not on host-1 yet: the answer comes once the pull is done, in game time.
    const answer = run(ply, 'docker -H host-1 run -d --name web nginx:1.25');
    await until(fac, () => logLines(fac).includes('docker -H host-1 run -d --name web nginx:1.25'));
    await until(fac, () => containerNames(fac).includes('web'));
    h.room(fac.roomId).advanceTicks(120);
    expect((await answer).ok).toBe(true);
    const entry = Array.from({ length: stateOf(fac).log.length }, (_, i) => stateOf(fac).log.at(i)).find((e) => e?.line.startsWith('docker -H host-1 run'));
    expect(entry).toMatchObject({ actor: '용감한 수달', seat: pw.seat, kind: 'command', ok: true });
    expect((await run(fac, 'docker -H host-1 stop web')).ok).toBe(true);
    await until(ply, () => logLines(ply).includes('docker -H host-1 stop web'));
    await until(ply, () => stateOf(ply).players.size === 2);
  });

  it('keeps facilitator commands from players, whatever they send', async () => {
    const { room: fac, welcome: fw } = await createWithWelcome({ mode: 'team', scenario: 'sandbox' });
    const { room: ply } = await joinWithWelcome({ code: fw.code, role: 'player' });
    for (const line of ['pause', 'speed 8', 'end', 'annotate hello']) {
      const r = await run(ply, line);
      expect(r.ok, line).toBe(false);
      expect(r.error, line).toMatch(/facilitator/);
    }
    const inject = await run(ply, 'inject crash host-1');
    expect(inject.ok).toBe(false);
    expect(inject.error).toMatch(/facilitator/);
    expect((await run(fac, 'pause')).ok).toBe(true);
    expect((await run(fac, 'annotate "watch host-1"')).ok).toBe(true);
    await until(ply, () => logLines(ply).includes('"watch host-1"'));
  });

  it('never makes a joiner facilitator, refuses unknown roles and wrong codes', async () => {
    const { welcome: fw } = await createWithWelcome({ mode: 'team', scenario: 'sandbox' });
    await expect(h.colyseus.sdk.join('datacenter', { code: fw.code, role: 'facilitator' })).rejects.toThrow(/facilitator/);
    await expect(h.colyseus.sdk.join('datacenter', { code: fw.code, role: 'admin' })).rejects.toThrow(/admin/);
    const other = fw.code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    await expect(h.colyseus.sdk.join('datacenter', { code: other })).rejects.toThrow();
    await expect(h.colyseus.sdk.join('datacenter', { mode: 'team' })).rejects.toThrow();
  });

  it('lets spectators watch but not act, and team roles act only on their part', async () => {
    const { room: fac, welcome: fw } = await createWithWelcome({ mode: 'team', scenario: 'sandbox' });
    const { room: spec } = await joinWithWelcome({ code: fw.code, role: 'spectator' });
    expect((await run(spec, 'host list')).ok).toBe(false);
    expect((await run(spec, 'explain container')).ok).toBe(true);
    const { room: compute, welcome: cw } = await joinWithWelcome({ code: fw.code, role: 'compute' });
    expect(cw.teamRole).toBe('compute');
    expect((await run(compute, 'docker ps')).ok).toBe(true);
    const denied = await run(compute, 'docker -H host-1 run -d nginx:1.25');
    expect(denied.ok).toBe(false);
    expect(denied.error).toMatch(/compute/);
    expect((await run(compute, 'host cordon host-2')).ok).toBe(true);
    await until(fac, () => stateOf(fac).players.size === 3);
  });

  it('returns a dropped player to the same seat and role within the window, and refuses after it', async () => {
    const { room: fac, welcome: fw } = await createWithWelcome({ mode: 'team', scenario: 'sandbox' });
    const { room: ply, welcome: pw } = await joinWithWelcome({ code: fw.code, role: 'platform', name: 'Rin' });
    const token = ply.reconnectionToken;
    await ply.leave(false);
    await until(fac, () => stateOf(fac).players.get(pw.seat)?.connected === false);
    const back = await h.colyseus.sdk.reconnect(token);
    const again = await nextMessage<WelcomeMessage>(back, MSG.WELCOME);
    expect(again).toMatchObject({ seat: pw.seat, role: 'player', teamRole: 'platform', name: 'Rin' });
    await until(fac, () => stateOf(fac).players.get(pw.seat)?.connected === true);
    expect((await run(back, 'docker ps')).ok).toBe(true);

    const token2 = back.reconnectionToken;
    await back.leave(false);
    await until(fac, () => stateOf(fac).players.get(pw.seat) === undefined, 5000);
    await expect(h.colyseus.sdk.reconnect(token2)).rejects.toThrow();
  });
});

describe('abuse from one client', () => {
  it('rate-limits a flood and closes an oversized frame without disturbing anyone else', async () => {
    const { room: fac, welcome: fw } = await createWithWelcome({ mode: 'team', scenario: 'sandbox' });
    const { room: flooder } = await joinWithWelcome({ code: fw.code });
    const limited = new Promise<string>((resolve) => {
      flooder.onMessage(MSG.RESULT, (r: { ok: boolean; error?: string }) => {
        if (!r.ok && r.error?.includes('too many')) resolve(r.error);
      });
    });
    for (let i = 0; i < 200; i++) flooder.send(MSG.COMMAND, { id: `f${i}`, line: 'host list' });
    expect(await limited).toMatch(/too many commands/);
    expect((await run(fac, 'host list')).ok).toBe(true);

    const closed = new Promise<number>((resolve) => flooder.onLeave((code) => resolve(code)));
    flooder.connection.send(new Uint8Array(64 * 1024).fill(7));
    expect(await closed).toBeGreaterThan(1000);
    expect((await run(fac, 'docker ps')).ok).toBe(true);
  });
});

describe('a failing room', () => {
  it('keeps its own players answered and other rooms running when its code throws', async () => {
    const { room: broken } = await createWithWelcome({ mode: 'solo', scenario: 'sandbox' });
    const { room: healthy } = await createWithWelcome({ mode: 'solo', scenario: 'sandbox' });
    const server = h.room(broken.roomId) as unknown as { projector: { project(): void }; advanceTicks(n: number): void };
    server.projector.project = () => {
      throw new Error('projection bug');
    };
    const sim = h.room(broken.roomId) as unknown as { simulation: { tick: number } };
    expect((await run(broken, 'host list')).ok).toBe(true);
    server.advanceTicks(5);
    expect(sim.simulation.tick).toBe(5);
    expect((await run(healthy, 'host list')).ok).toBe(true);
    h.room(healthy.roomId).advanceTicks(3);
    await until(healthy, () => stateOf(healthy).tick === 3);
  });
});

