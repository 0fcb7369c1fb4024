// FakeConnection keeps the GameConnection contract the real one keeps (welcome, profile
// and reconnection tokens, results by id, drops and refusals), so tests and the
// offline demo built on it behave like the game.
import { describe, expect, it } from 'vitest';
import { FakeConnection } from '../../../client/src/net/FakeConnection.ts';
import type { ConnectionStatus } from '../../../client/src/net/GameConnection.ts';
import { memoryStorage, STORAGE_KEYS } from '../../../client/src/net/storage.ts';

describe('FakeConnection', () => {
  it('creates a team game as its facilitator and keeps the profile and reconnection tokens', async () => {
    const session = memoryStorage();
    const local = memoryStorage();
    const fake = new FakeConnection({ session, local });
    const statuses: ConnectionStatus[] = [];
    fake.on('status', (s) => statuses.push(s));
    const welcome = await fake.create({ mode: 'team', scenario: 'sandbox', name: 'Ann' });
    expect(welcome).toMatchObject({ role: 'facilitator', mode: 'team', name: 'Ann' });
    expect(welcome.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(local.getItem(STORAGE_KEYS.profile)).toBe(welcome.profile);
    expect(session.getItem(STORAGE_KEYS.reconnect)).not.toBeNull();
    expect(statuses).toEqual(['connecting', 'open']);
  });

  it('joins with a team role or as a spectator', async () => {
    const fake = new FakeConnection();
    expect(await fake.join({ code: 'ABC234', role: 'platform' })).toMatchObject({ role: 'player', teamRole: 'platform', code: 'ABC234' });
    expect(await fake.join({ code: 'ABC234', role: 'spectator' })).toMatchObject({ role: 'spectator', teamRole: '' });
  });

  it('refuses like a server that says no, and resumes only a seat it gave', async () => {
    const refusing = new FakeConnection({ refuse: 'no rooms found with provided criteria' });
    await expect(refusing.join({ code: 'NOPE22' })).rejects.toMatchObject({ reason: 'refused', message: 'no rooms found with provided criteria' });
    expect(refusing.status).toBe('closed');
    expect(await refusing.resume()).toBeNull();

    const session = memoryStorage();
    const fake = new FakeConnection({ session });
    const first = await fake.create({ mode: 'solo', scenario: 'sandbox' });
    const back = await fake.resume();
    expect(back).toMatchObject({ seat: first.seat, profile: '' });
    await fake.leave();
    expect(session.getItem(STORAGE_KEYS.reconnect)).toBeNull();
    expect(await fake.resume()).toBeNull();
  });

  it('answers commands by id, now or later, and fails them on a drop', async () => {
    const fake = new FakeConnection({ respond: (line) => (line === 'later' ? undefined : { ok: true, output: line.toUpperCase() }) });
    await fake.create({ mode: 'solo', scenario: 'sandbox' });
    expect(await fake.send('docker ps')).toMatchObject({ ok: true, output: 'DOCKER PS', id: fake.sent[0]?.id });
    const later = fake.send('later');
    expect(fake.answer(fake.sent[1]?.id ?? '', { ok: true, output: 'done' })).toBe(true);
    expect(await later).toMatchObject({ output: 'done' });
    expect(fake.answer('unknown', { ok: true, output: '' })).toBe(false);
    const lost = fake.send('later');
    fake.drop();
    await expect(lost).rejects.toMatchObject({ reason: 'disconnected' });
    await expect(fake.send('docker ps')).rejects.toMatchObject({ reason: 'notConnected' });
  });
});
