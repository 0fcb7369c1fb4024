// A real game server on a random loopback port for room tests: the datacenter room as
// production defines it, a ColyseusTestServer for clients, and helpers that wait on
// messages and state instead of sleeping.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { ColyseusTestServer } from '@colyseus/testing';
import type { Room } from 'colyseus.js';
import { pino } from 'pino';
import { MAX_MESSAGE_BYTES, MSG, ROOM_NAME, type ResultMessage } from '../../../shared/protocol/messages.ts';
import { DatacenterRoom } from '../../../server/rooms/DatacenterRoom.ts';
import { setRoomServices, type RoomSettings } from '../../../server/rooms/roomServices.ts';
import type { GameStore } from '../../../server/storage/GameStore.ts';

export interface Harness {
  colyseus: ColyseusTestServer;
  port: number;
  room(roomId: string): DatacenterRoom;
  close(): Promise<void>;
}

export async function startHarness(opts: { store?: GameStore | null; settings?: Partial<RoomSettings> } = {}): Promise<Harness> {
  setRoomServices({ store: opts.store ?? null, settings: { allowManualTicks: true, ...opts.settings }, logger: pino({ level: 'silent' }) });
  const httpServer = http.createServer();
  const gameServer = new Server({ transport: new WebSocketTransport({ server: httpServer, maxPayload: MAX_MESSAGE_BYTES }), greet: false, gracefullyShutdown: false });
  gameServer.define(ROOM_NAME, DatacenterRoom).filterBy(['code']);
  matchMaker.controller.exposedMethods = ['create', 'join', 'joinById', 'reconnect'];
  await gameServer.listen(0);
  const port = (httpServer.address() as AddressInfo).port;
  (gameServer as unknown as { port: number }).port = port;
  const colyseus = new ColyseusTestServer(gameServer);
  return {
    colyseus,
    port,
    room: (roomId) => colyseus.getRoomById(roomId) as unknown as DatacenterRoom,
    close: async () => {
      await colyseus.shutdown();
      httpServer.close();
    },
  };
}

let nextId = 0;

/** Sends a command line and resolves with its result (fails the test after `ms`). */
export function run(room: Room, line: string, ms = 5000): Promise<ResultMessage> {
  const id = `t${++nextId}`;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no result for "${line}" within ${ms} ms`)), ms);
    const off = room.onMessage(MSG.RESULT, (r: ResultMessage) => {
      if (r.id !== id) return;
      clearTimeout(timer);
      off();
      resolve(r);
    });
    room.send(MSG.COMMAND, { id, line });
  });
}

/** Resolves with the next message of `type` on `room`. */
export function nextMessage<T>(room: Room, type: string, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${type}" message within ${ms} ms`)), ms);
    const off = room.onMessage(type, (m: T) => {
      clearTimeout(timer);
      off();
      resolve(m);
    });
  });
}

/** Waits until `check()` holds on the client's state, re-checking on each state change. */
export function until(room: Room, check: () => boolean, ms = 5000): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const listener = (): void => {
      if (!check()) return;
      clearTimeout(timer);
      room.onStateChange.remove(listener);
      resolve();
    };
    const timer = setTimeout(() => {
      room.onStateChange.remove(listener);
      reject(new Error(`condition not met within ${ms} ms`));
    }, ms);
    room.onStateChange(listener);
  });
}

/** Re-checks an asynchronous condition (every 20 ms) until it holds, for things no event announces (a room's disposal). */
export async function waitFor(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
