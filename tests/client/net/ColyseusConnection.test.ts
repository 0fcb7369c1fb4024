// ColyseusConnection against a real Colyseus 0.16 server on loopback. The room here is a
// stand-in with the real wire contract (DatacenterState, welcome/result/notice/debrief),
// so these tests pin the client side: state by reflection into the store (pooled
// slots included), the welcome and profile token, command ids and results, the
// reconnection token, a dropped socket coming back, and a refused resume.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Room, Server, type Client } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ColyseusConnection } from '../../../client/src/net/ColyseusConnection.ts';
import type { ConnectionStatus } from '../../../client/src/net/GameConnection.ts';
import { fakeDebrief } from '../../../client/src/net/fakeEntities.ts';
import { memoryStorage, STORAGE_KEYS } from '../../../client/src/net/storage.ts';
import { ClientStore } from '../../../client/src/state/ClientStore.ts';
import { MSG, ROOM_NAME, parseCommandMessage, type WelcomeMessage } from '../../../shared/protocol/messages.ts';
import { ContainerState, DatacenterState, HostState } from '../../../shared/schema/DatacenterState.ts';
import { ObjectiveState } from '../../../shared/schema/ObjectiveState.ts';

class StandInRoom extends Room<DatacenterState> {
  static last: StandInRoom | null = null;
  override state = new DatacenterState();
  joinOptions: Record<string, unknown>[] = [];
  held: { client: Client; id: string }[] = [];

  override onCreate(options: { scenario?: string }): void {
    StandInRoom.last = this;
    this.state.scenario = options.scenario ?? '';
    this.state.unlocked.push('*');
    const host = new HostState();
    host.id = 'host-1';
    host.rack = 'rack-1';
    host.role = 'container-host';
    this.state.hosts.set('host-1', host);
    for (let slot = 0; slot < 3; slot++) {
      const c = new ContainerState();
      if (slot < 2) Object.assign(c, { uid: slot + 1, name: `web-${slot + 1}`, image: 'nginx:1.25', target: 'host-1', state: 2 });
      this.state.containers.set(String(slot), c);
    }
    const objective = new ObjectiveState();
    Object.assign(objective, { id: 'up', en: 'Keep it up', ko: '유지' });
    this.state.game.objectives.push(objective);
    this.onMessage(MSG.COMMAND, (client, payload: unknown) => {
      const msg = parseCommandMessage(payload);
      if (!msg) return;
      if (msg.line === 'hold') this.held.push({ client, id: msg.id });
      else client.send(MSG.RESULT, { id: msg.id, ok: !msg.line.startsWith('bad'), output: `ran: ${msg.line}`, ...(msg.line.startsWith('bad') ? { error: 'refused' } : {}) });
    });
  }

  override onJoin(client: Client, options: Record<string, unknown>): void {
    this.joinOptions.push(options);
    if (this.state.scenario === 'silent') return;
    const welcome: WelcomeMessage = { seat: `seat-${client.sessionId}`, name: 'Otter', role: 'player', teamRole: '', mode: 'solo', code: '', session: 'sess-1', profile: 'profile-new' };
    client.send(MSG.WELCOME, welcome);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    if (consented) return;
    const back = await this.allowReconnection(client, 10);
    back.send(MSG.WELCOME, { seat: `seat-${client.sessionId}`, name: 'Otter', role: 'player', teamRole: '', mode: 'solo', code: '', session: 'sess-1', profile: '' } satisfies WelcomeMessage);
  }
}

let server: Server;
let httpServer: http.Server;
let endpoint = '';

beforeAll(async () => {
  httpServer = http.createServer();
  server = new Server({ transport: new WebSocketTransport({ server: httpServer }), greet: false, gracefullyShutdown: false });
  server.define(ROOM_NAME, StandInRoom);
  await server.listen(0);
  endpoint = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await server.gracefullyShutdown(false);
  httpServer.close();
});

/** Resolves when `check` holds after some store change (fails after 5 s). */
function until(store: ClientStore, check: () => boolean, what: string): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (stop(), reject(new Error(`timed out waiting for ${what}`))), 5000);
    const stop = store.subscribe(() => {
      if (!check()) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

function connect(window = 5000, welcomeTimeoutMs = 3000) {
  const session = memoryStorage();
  const local = memoryStorage();
  const conn = new ColyseusConnection({ endpoint, session, local, reconnectDelaysMs: [20], reconnectWindowMs: window, welcomeTimeoutMs });
  const store = new ClientStore(conn);
  const statuses: ConnectionStatus[] = [];
  conn.on('status', (s) => statuses.push(s));
  return { conn, store, session, local, statuses };
}

describe('ColyseusConnection', () => {
  it('creates a game: welcome, profile token, reconnection token and the state in the store', async () => {
    const { conn, store, session, local, statuses } = connect();
    local.setItem(STORAGE_KEYS.profile, 'profile-old');
    const welcome = await conn.create({ mode: 'solo', scenario: 'sandbox', lang: 'ko' });
    expect(welcome.name).toBe('Otter');
    expect(StandInRoom.last?.joinOptions[0]).toMatchObject({ mode: 'solo', scenario: 'sandbox', lang: 'ko', profile: 'profile-old' });
    expect(local.getItem(STORAGE_KEYS.profile)).toBe('profile-new');
    expect(session.getItem(STORAGE_KEYS.reconnect)).toMatch(/^[^:]+:.+/);
    expect(statuses).toEqual(['connecting', 'open']);
    expect(store.me?.seat).toBe(welcome.seat);

    await until(store, () => store.containers.size === 2, 'two containers');
    expect(store.root).toMatchObject({ scenario: 'sandbox', phase: 'running', speed: 1, unlocked: ['*'] });
    expect(store.hosts.get('host-1')).toMatchObject({ id: 'host-1', role: 'container-host', cordoned: false, cpuPermille: 0 });
    expect(store.containers.get(1)).toMatchObject({ name: 'web-1', target: 'host-1', oomKilled: false, pod: '' });
    expect(store.containers.has(0)).toBe(false);
    expect(store.game.objectives).toEqual([{ id: 'up', en: 'Keep it up', ko: '유지', met: false, failed: false, progress: '' }]);
    // No Schema instance leaks into the store: plain objects only.
    expect(Object.getPrototypeOf(store.containers.get(1))).toBe(Object.prototype);
    await conn.leave();
    expect(session.getItem(STORAGE_KEYS.reconnect)).toBeNull();
  });

  it('matches results to commands by id and follows pooled slots being freed and reused', async () => {
    const { conn, store } = connect();
    await conn.create({ mode: 'solo', scenario: 'sandbox' });
    const [a, b] = await Promise.all([conn.send('docker ps'), conn.send('bad line')]);
    expect(a).toMatchObject({ ok: true, output: 'ran: docker ps' });
    expect(b).toMatchObject({ ok: false, error: 'refused' });
    expect(a.id).not.toBe(b.id);

    await until(store, () => store.containers.size === 2, 'initial state');
    const room = StandInRoom.last as StandInRoom;
    const slot0 = room.state.containers.get('0') as ContainerState;
    const slot2 = room.state.containers.get('2') as ContainerState;
    slot0.uid = 0; // freed
    slot0.name = '';
    Object.assign(slot2, { uid: 7, name: 'api', image: 'shop/api:2', target: 'host-1', cpuMillis: 120 });
    await until(store, () => store.containers.has(7) && !store.containers.has(1), 'slot changes');
    expect([...store.containers.keys()].sort()).toEqual([2, 7]);
    expect([...store.containersOn('host-1')].sort()).toEqual([2, 7]);
    await conn.leave();
  });

  it('fails waiting commands on a drop, reconnects to the same seat, and refills the store', async () => {
    const { conn, store, statuses } = connect();
    const first = await conn.create({ mode: 'solo', scenario: 'sandbox' });
    await until(store, () => store.containers.size === 2, 'initial state');
    const held = conn.send('hold');
    const room = StandInRoom.last as StandInRoom;
    (room.clients[0] as unknown as { ref: { terminate(): void } }).ref.terminate();
    await expect(held).rejects.toMatchObject({ reason: 'disconnected' });
    await until(store, () => store.status === 'open' && statuses.includes('reconnecting'), 'reconnection');
    expect(store.me?.seat).toBe(first.seat);
    await until(store, () => store.containers.size === 2, 'state after reconnection');
    expect(await conn.send('docker ps')).toMatchObject({ ok: true });
    await conn.leave();
  });

  it('resumes a seat from the stored token once, and forgets a refused one', async () => {
    const a = connect(0);
    const first = await a.conn.create({ mode: 'solo', scenario: 'sandbox' });
    const token = a.session.getItem(STORAGE_KEYS.reconnect) ?? '';
    const room = StandInRoom.last as StandInRoom;
    (room.clients[0] as unknown as { ref: { terminate(): void } }).ref.terminate();
    await until(a.store, () => a.store.status === 'closed', 'first tab gives up');

    // A reloaded page: same token in sessionStorage, a new connection.
    const b = connect();
    b.session.setItem(STORAGE_KEYS.reconnect, token);
    const back = await b.conn.resume();
    expect(back?.seat).toBe(first.seat);
    expect(b.conn.status).toBe('open');
    await until(b.store, () => b.store.containers.size === 2, 'state after resume');

    // The room is alive, but this token is no seat of it.
    const c = connect();
    c.session.setItem(STORAGE_KEYS.reconnect, `${room.roomId}:not-a-token`);
    expect(await c.conn.resume()).toBeNull();
    expect(c.session.getItem(STORAGE_KEYS.reconnect)).toBeNull();
    expect(c.conn.status).toBe('closed');
    expect(await c.conn.resume()).toBeNull();
    await b.conn.leave();
  });

  it('forgets the token once the debrief arrives, and refuses to send when not connected', async () => {
    const { conn, store, session } = connect();
    await expect(conn.send('docker ps')).rejects.toMatchObject({ reason: 'notConnected' });
    await conn.create({ mode: 'solo', scenario: 'sandbox' });
    const room = StandInRoom.last as StandInRoom;
    room.broadcast(MSG.NOTICE, { key: 'room.lifecycle.saved' });
    room.broadcast(MSG.DEBRIEF, fakeDebrief({ stars: 2, score: 700, text: 'well done' }));
    await until(store, () => store.debrief !== null, 'debrief');
    expect(store.debrief?.stars).toBe(2);
    expect(session.getItem(STORAGE_KEYS.reconnect)).toBeNull();
    expect(store.transcript.some((e) => e.key === 'room.lifecycle.saved')).toBe(true);
    await conn.leave();
  });

  it('gives up on a room that never confirms the seat, and does not come back after a final close', async () => {
    const silent = connect(5000, 200);
    await expect(silent.conn.create({ mode: 'solo', scenario: 'silent' })).rejects.toMatchObject({ reason: 'noWelcome' });
    expect(silent.conn.status).toBe('closed');
    expect(silent.session.getItem(STORAGE_KEYS.reconnect)).toBeNull();

    const { conn, store, session, statuses } = connect();
    await conn.create({ mode: 'solo', scenario: 'sandbox' });
    const room = StandInRoom.last as StandInRoom;
    room.clients[0]?.leave(1000);
    await until(store, () => store.status === 'closed', 'closed by the server');
    expect(statuses).not.toContain('reconnecting');
    expect(session.getItem(STORAGE_KEYS.reconnect)).toBeNull();
  });
});
