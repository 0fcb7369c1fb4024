// The server bench's bare client speaks Colyseus 0.16's room protocol: its frames decode
// the way @colyseus/core reads them, it reads the server's frames, and against a real
// room it joins a team session by code, gets the full state, counts patches and results.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getMessageBytes, Protocol } from '@colyseus/core';
import { unpack } from '@colyseus/msgpackr';
import { decode } from '@colyseus/schema';
import type { Room } from 'colyseus.js';
import { MSG, type WelcomeMessage } from '../../../shared/protocol/messages.ts';
import { decodeRoomData, encodeRoomData, PROTOCOL, RawBot } from '../../../bench/server/rawClient.ts';
import { nextMessage, run, startHarness, until, type Harness } from '../../server/helpers/roomHarness.ts';

/** Resolves once `check()` holds, re-checked after each frame the bot receives. */
function untilBot(bot: RawBot, check: () => boolean, ms = 5000): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot condition not met within ${ms} ms`)), ms);
    bot.onFrame = () => {
      if (!check()) return;
      clearTimeout(timer);
      bot.onFrame = null;
      resolve();
    };
  });
}

describe('raw room protocol frames', () => {
  it('encodes a command as colyseus.js does, so the server reads type and payload', () => {
    const frame = encodeRoomData('command', { id: 'b1-1', line: 'docker -H ch-7 stop web-25 shop-31' });
    expect(frame[0]).toBe(Protocol.ROOM_DATA);
    const it = { offset: 1 };
    expect(decode.stringCheck(frame, it)).toBe(true);
    expect(decode.string(frame, it)).toBe('command');
    expect(unpack(frame.subarray(it.offset))).toEqual({ id: 'b1-1', line: 'docker -H ch-7 stop web-25 shop-31' });
  });

  it('decodes a message frame the server builds', () => {
    const msg = { id: 'x', ok: false, output: '', error: 'Error: No such container: nope' };
    const frame = getMessageBytes.raw(Protocol.ROOM_DATA, 'result', msg);
    expect(decodeRoomData(frame)).toEqual({ type: 'result', message: msg });
    expect(PROTOCOL.ROOM_STATE_PATCH).toBe(Protocol.ROOM_STATE_PATCH);
    expect(PROTOCOL.JOIN_ROOM).toBe(Protocol.JOIN_ROOM);
  });
});

describe('RawBot against a real room', () => {
  let h: Harness;
  const bots: RawBot[] = [];

  beforeAll(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    for (const b of bots.splice(0)) b.close();
    await h.colyseus.cleanup();
  });
  afterAll(async () => {
    await h.close();
  });

  async function teamRoom(): Promise<{ room: Room; code: string }> {
    const room = await h.colyseus.sdk.create('datacenter', { mode: 'team', scenario: 'sandbox', seed: 3, manualTicks: true });
    const welcome = await nextMessage<WelcomeMessage>(room, MSG.WELCOME);
    return { room, code: welcome.code };
  }

  it('joins by code, receives the full state, and counts patches and results', async () => {
    const { room, code } = await teamRoom();
    const bot = new RawBot('t');
    bots.push(bot);
    await bot.join(`http://127.0.0.1:${h.port}`, { code });
    expect(bot.fullStateBytes).toBeGreaterThan(100);
    expect(bot.joinMs).toBeGreaterThan(0);
    expect(bot.snapshot().socketBytes).toBeGreaterThanOrEqual(bot.fullStateBytes);
    await until(room, () => (room.state as { players: { size: number } }).players.size === 2);

    bot.command('help');
    bot.command('docker frobnicate');
    await untilBot(bot, () => bot.counters.resultsOk + bot.counters.resultsFailed === 2);
    expect(bot.counters).toMatchObject({ resultsOk: 1, resultsFailed: 1 });
    expect(bot.failures[0]).toMatch(/frobnicate/);

    // The facilitator's command goes into the shared log: a patch every client receives.
    const patchesBefore = bot.counters.patches;
    expect((await run(room, 'docker ps')).ok).toBe(true);
    await untilBot(bot, () => bot.counters.patches > patchesBefore);
    expect(bot.counters.patchBytes).toBeGreaterThan(0);
  });

  it('refuses a wrong code with the server message', async () => {
    await teamRoom();
    const bot = new RawBot('w');
    bots.push(bot);
    await expect(bot.join(`http://127.0.0.1:${h.port}`, { code: 'ZZZZZZ' })).rejects.toThrow(/join refused/);
  });
});
