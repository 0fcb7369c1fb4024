// The behaviour every store backend must show (PGlite and PostgreSQL run the same cases):
// profiles by hashed token, sessions and ordered command logs, checkpoints, results and progress.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import type { GameStore } from '../../../server/storage/GameStore.ts';
import { InvalidRecordError, UnknownSessionError, type GameResult } from '../../../server/storage/records.ts';
import { aCommand, newSessionId } from './storeFixtures.ts';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function aResult(over: Partial<GameResult> = {}): GameResult {
  return {
    tick: 600,
    won: true,
    stars: 2,
    score: 500,
    finalHash: 'a1b2c3d4e5f60718',
    breakdown: { availability: 300, cost: 200, parts: [1, 2] },
    incidents: [{ id: 'inc-1', kind: 'disk-full', target: 'host-3', openedTick: 100, detectedTick: 130, resolvedTick: 220 }],
    players: [],
    ...over,
  };
}

async function newSession(store: GameStore, scenario = 'tutorial-1', seed = 42): Promise<string> {
  const id = newSessionId();
  await store.createSession({ id, mode: 'solo', scenario, seed, code: 'ABCDEF' });
  return id;
}

export function defineStoreBehaviour(getStore: () => GameStore): void {
  it('creates a profile with a random token and stores only its hash', async () => {
    const store = getStore();
    const p = await store.ensureProfile(undefined, 'Blue Otter');
    expect(p.created).toBe(true);
    expect(p.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await store.db.query<Record<string, unknown>>('SELECT * FROM profiles WHERE id = $1', [p.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(sha256(p.token));
    expect(JSON.stringify(rows[0])).not.toContain(p.token);
    const other = await store.ensureProfile(undefined, 'Blue Otter');
    expect(other.token).not.toBe(p.token);
    expect(other.id).not.toBe(p.id);
  });

  it('finds a profile by its token and keeps its nickname', async () => {
    const store = getStore();
    const p = await store.ensureProfile(undefined, '파란 수달');
    expect(await store.getProfile(p.token)).toEqual({ id: p.id, nickname: '파란 수달' });
    const again = await store.ensureProfile(p.token, 'Someone Else');
    expect(again).toEqual({ id: p.id, token: p.token, nickname: '파란 수달', created: false });
    expect(await store.getProfile(`${p.token}x`)).toBeNull();
    expect(await store.getProgress(`${p.token}x`)).toEqual([]);
  });

  it('gives an unknown token a new profile and a new token', async () => {
    const store = getStore();
    const p = await store.ensureProfile('not-a-token-we-issued', 'Red Fox');
    expect(p.created).toBe(true);
    expect(p.token).not.toBe('not-a-token-we-issued');
    expect(await store.getProfile('not-a-token-we-issued')).toBeNull();
  });

  it('refuses an empty nickname and creates nothing', async () => {
    const store = getStore();
    const count = async () => (await store.db.query<{ n: unknown }>('SELECT count(*) AS n FROM profiles'))[0]?.n;
    const before = await count();
    await expect(store.ensureProfile(undefined, '   ')).rejects.toThrow(InvalidRecordError);
    expect(await count()).toEqual(before);
  });

  it('round-trips a session and its commands in seq order', async () => {
    const store = getStore();
    const id = newSessionId();
    await store.createSession({ id, mode: 'team', scenario: 'outage-2', seed: 4_294_967_295, code: 'K7Q2MX', createdAt: new Date('2026-01-02T03:04:05Z') });
    const [c1, c2, c3] = [aCommand(1), aCommand(2, { kind: 'annotation', role: 'facilitator', line: '여기서 멈춤' }), aCommand(3)];
    await store.appendCommands(id, [c3!, c1!]);
    await store.appendCommands(id, [c2!]);
    const s = await store.loadSession(id);
    expect(s).toEqual({
      id, mode: 'team', scenario: 'outage-2', seed: 4_294_967_295, code: 'K7Q2MX',
      status: 'running', lastTick: 0, lastHash: null, commands: [c1, c2, c3],
    });
    expect(await store.loadSession('no-such-session')).toBeNull();
  });

  it('treats re-appending a stored seq as a no-op', async () => {
    const store = getStore();
    const id = await newSession(store);
    await store.appendCommands(id, [aCommand(1), aCommand(2)]);
    await store.appendCommands(id, [aCommand(2, { line: 'something else' }), aCommand(3)]);
    await store.appendCommands(id, [aCommand(1), aCommand(1, { line: 'dup in one batch' })]);
    const s = await store.loadSession(id);
    expect(s?.commands).toEqual([aCommand(1), aCommand(2), aCommand(3)]);
  });

  it('refuses commands for an unknown session or with bad fields, storing none of the batch', async () => {
    const store = getStore();
    await expect(store.appendCommands('no-such-session', [aCommand(1)])).rejects.toThrow(UnknownSessionError);
    const id = await newSession(store);
    const bad = { ...aCommand(2), lang: 'fr' } as unknown as ReturnType<typeof aCommand>;
    await expect(store.appendCommands(id, [aCommand(1), bad])).rejects.toThrow(InvalidRecordError);
    expect((await store.loadSession(id))?.commands).toEqual([]);
  });

  it('refuses a second session with the same id', async () => {
    const store = getStore();
    const id = await newSession(store, 'tutorial-1', 1);
    await expect(store.createSession({ id, mode: 'solo', scenario: 'other', seed: 2, code: '' })).rejects.toThrow(/already exists/);
    expect((await store.loadSession(id))?.scenario).toBe('tutorial-1');
  });

  it('moves the checkpoint forward only', async () => {
    const store = getStore();
    const id = await newSession(store);
    await store.checkpoint(id, 50, 'hash-50');
    await store.checkpoint(id, 40, 'hash-40');
    expect(await store.loadSession(id)).toMatchObject({ lastTick: 50, lastHash: 'hash-50' });
    await store.checkpoint(id, 70, 'hash-70');
    expect(await store.loadSession(id)).toMatchObject({ lastTick: 70, lastHash: 'hash-70' });
    await expect(store.checkpoint('no-such-session', 1, 'h')).rejects.toThrow(UnknownSessionError);
  });

  it('records a result once, ends the session and updates progress', async () => {
    const store = getStore();
    const alice = await store.ensureProfile(undefined, 'Alice');
    const bob = await store.ensureProfile(undefined, 'Bob');
    const scenario = `level-${newSessionId()}`;
    const id = await newSession(store, scenario);
    const players = [
      { profileId: alice.id, seat: 'seat-1', name: 'Alice', role: 'player' },
      { profileId: bob.id, seat: 'seat-2', name: 'Bob', role: 'facilitator' },
      { profileId: null, seat: 'seat-3', name: 'Guest', role: 'spectator' },
      { profileId: 'deleted-profile', seat: 'seat-4', name: 'Gone', role: 'player' },
    ];
    expect(await store.recordResult(id, aResult({ players }))).toBe(true);
    const s = await store.loadSession(id);
    expect(s?.status).toBe('ended');
    expect(s?.lastTick).toBe(600);
    expect(s?.lastHash).toBe('a1b2c3d4e5f60718');
    expect(s?.result).toMatchObject({
      tick: 600, won: true, stars: 2, score: 500, finalHash: 'a1b2c3d4e5f60718',
      breakdown: { availability: 300, cost: 200, parts: [1, 2] },
      incidents: aResult().incidents,
      players: [...players.slice(0, 3), { ...players[3], profileId: null }],
    });
    expect(s?.result?.recordedAt).toBeInstanceOf(Date);
    const once = [{ scenario, bestStars: 2, bestScore: 500, wins: 1, plays: 1 }];
    expect(await store.getProgress(alice.token)).toEqual(once);
    expect(await store.getProgress(bob.token)).toEqual(once);

    // The same session again (a retry) changes nothing.
    expect(await store.recordResult(id, aResult({ players, stars: 3, score: 900 }))).toBe(false);
    expect(await store.getProgress(alice.token)).toEqual(once);
    expect((await store.loadSession(id))?.result?.stars).toBe(2);
  });

  it('keeps the best stars and score when a worse result comes, and counts plays and wins', async () => {
    const store = getStore();
    const p = await store.ensureProfile(undefined, 'Carol');
    const scenario = `level-${newSessionId()}`;
    const play = async (r: Partial<GameResult>) => {
      const id = await newSession(store, scenario);
      await store.recordResult(id, aResult({ ...r, players: [{ profileId: p.id, seat: 's', name: 'Carol', role: 'player' }] }));
    };
    await play({ stars: 2, score: 500, won: true });
    await play({ stars: 1, score: 100, won: false });
    expect(await store.getProgress(p.token)).toEqual([{ scenario, bestStars: 2, bestScore: 500, wins: 1, plays: 2 }]);
    await play({ stars: 3, score: 450, won: true });
    expect(await store.getProgress(p.token)).toEqual([{ scenario, bestStars: 3, bestScore: 500, wins: 2, plays: 3 }]);
  });

  it('refuses a result for an unknown session or with bad fields, changing nothing', async () => {
    const store = getStore();
    await expect(store.recordResult('no-such-session', aResult())).rejects.toThrow(UnknownSessionError);
    const id = await newSession(store);
    await expect(store.recordResult(id, aResult({ stars: 7 }))).rejects.toThrow(InvalidRecordError);
    expect(await store.loadSession(id)).toMatchObject({ status: 'running' });
    expect((await store.loadSession(id))?.result).toBeUndefined();
  });

  it('lists running sessions as resumable, not ended or abandoned ones', async () => {
    const store = getStore();
    const running = await newSession(store, 'tutorial-1', 7);
    await store.checkpoint(running, 123, 'h');
    const ended = await newSession(store);
    await store.recordResult(ended, aResult());
    const abandoned = await newSession(store);
    expect(await store.markAbandoned(abandoned)).toBe(true);
    expect(await store.markAbandoned(abandoned)).toBe(false);
    expect(await store.markAbandoned(ended)).toBe(false);
    const list = await store.listResumable();
    const ids = list.map((s) => s.id);
    expect(list.find((s) => s.id === running)).toEqual({ id: running, mode: 'solo', scenario: 'tutorial-1', seed: 7, code: 'ABCDEF', lastTick: 123 });
    expect(ids).not.toContain(ended);
    expect(ids).not.toContain(abandoned);
    expect((await store.loadSession(abandoned))?.status).toBe('abandoned');
  });
}
