// The store as the views see it, driven by FakeConnection exactly as the Colyseus
// connection drives it: pooled container and pod slots, version and per-reader dirty
// sets, the kernel index, my seat, pending commands and the transcript.
import { describe, expect, it } from 'vitest';
import { FakeConnection } from '../../../client/src/net/FakeConnection.ts';
import { fakeEntity } from '../../../client/src/net/fakeEntities.ts';
import { ClientStore } from '../../../client/src/state/ClientStore.ts';

async function opened(respond?: ConstructorParameters<typeof FakeConnection>[0]) {
  const fake = new FakeConnection(respond);
  const store = new ClientStore(fake);
  await fake.create({ mode: 'solo', scenario: 'sandbox' });
  return { fake, store };
}

const web = (uid: number, target = 'host-1', extra = {}) => fakeEntity('containers', { uid, name: `web-${uid}`, image: 'nginx:1.25', target, state: 2, ...extra });

describe('ClientStore: containers in pooled slots', () => {
  it('adds, updates and frees containers by uid, whatever slot holds them', async () => {
    const { fake, store } = await opened();
    fake.patch((p) => {
      p.set('containers', '0', web(1));
      p.set('containers', '1', web(2));
    });
    expect([...store.containers.keys()]).toEqual([1, 2]);
    expect(store.containers.get(2)?.name).toBe('web-2');

    fake.patch((p) => p.set('containers', '1', web(2, 'host-1', { cpuMillis: 250 })));
    expect(store.containers.get(2)?.cpuMillis).toBe(250);

    // Slot 0 freed (uid 0 = free slot): the container is gone, not a container with uid 0.
    fake.patch((p) => p.set('containers', '0', fakeEntity('containers')));
    expect([...store.containers.keys()]).toEqual([2]);
    expect(store.containers.has(0)).toBe(false);

    // The free slot is reused by a new container: a new uid appears, nothing else changes.
    fake.patch((p) => p.set('containers', '0', web(3, 'vm-a')));
    expect([...store.containers.keys()].sort()).toEqual([2, 3]);
    expect([...store.containersOn('vm-a')]).toEqual([3]);
  });

  it('replaces the container of a slot taken over by another uid in one patch', async () => {
    const { fake, store } = await opened();
    fake.patch((p) => p.set('containers', '4', web(7)));
    fake.patch((p) => p.set('containers', '4', web(8, 'host-2')));
    expect([...store.containers.keys()]).toEqual([8]);
    expect(store.containersOn('host-1').size).toBe(0);
    expect([...store.containersOn('host-2')]).toEqual([8]);
  });

  it('keeps a container that moved to another slot when its old slot is freed', async () => {
    const { fake, store } = await opened();
    fake.patch((p) => p.set('containers', '0', web(5)));
    fake.patch((p) => {
      p.set('containers', '9', web(5));
      p.set('containers', '0', fakeEntity('containers'));
    });
    expect(store.containers.get(5)?.name).toBe('web-5');
    fake.patch((p) => p.remove('containers', '9'));
    expect(store.containers.size).toBe(0);
  });

  it('indexes containers by kernel and follows a target change', async () => {
    const { fake, store } = await opened();
    fake.patch((p) => {
      p.set('containers', '0', web(1, 'host-1'));
      p.set('containers', '1', web(2, 'host-1'));
    });
    const before = store.structureVersion;
    fake.patch((p) => p.set('containers', '1', web(2, 'vm-b')));
    expect([...store.containersOn('host-1')]).toEqual([1]);
    expect([...store.containersOn('vm-b')]).toEqual([2]);
    expect(store.structureVersion).toBeGreaterThan(before);
    // A metric change is not a layout change.
    const after = store.structureVersion;
    fake.patch((p) => p.set('containers', '0', web(1, 'host-1', { memMiB: 99 })));
    expect(store.structureVersion).toBe(after);
  });

  it('treats a pod slot with an empty name as absent and keys pods by name', async () => {
    const { fake, store } = await opened();
    fake.patch((p) => p.set('pods', '0', fakeEntity('pods', { name: 'web-abc', status: 'Pending' })));
    expect(store.pods.get('web-abc')?.status).toBe('Pending');
    fake.patch((p) => p.set('pods', '0', fakeEntity('pods')));
    expect(store.pods.size).toBe(0);
  });
});

describe('ClientStore: versions and dirty sets', () => {
  it('bumps the version once per patch and tells subscribers', async () => {
    const { fake, store } = await opened();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    const v = store.version;
    fake.patch((p) => {
      p.root({ tick: 5 });
      for (let i = 0; i < 10; i++) p.set('containers', String(i), web(i + 1));
    });
    expect(store.version).toBe(v + 1);
    expect(calls).toBe(1);
    expect(store.root.tick).toBe(5);
    stop();
    fake.patch((p) => p.root({ tick: 6 }));
    expect(calls).toBe(1);
  });

  it('gives each reader only what changed since its own last drain', async () => {
    const { fake, store } = await opened();
    const view = store.track();
    const hud = store.track();
    fake.patch((p) => {
      p.set('hosts', 'host-1', fakeEntity('hosts', { id: 'host-1', rack: 'rack-1' }));
      p.set('containers', '0', web(1));
      p.set('containers', '1', web(2));
    });
    const first = view.drain();
    expect([...first.collections.containers.upserted].sort()).toEqual([1, 2]);
    expect([...first.collections.hosts.upserted]).toEqual(['host-1']);

    fake.patch((p) => {
      p.set('containers', '1', web(2, 'host-1', { cpuMillis: 10 }));
      p.set('containers', '0', fakeEntity('containers'));
    });
    const second = view.drain();
    expect([...second.collections.containers.upserted]).toEqual([2]);
    expect([...second.collections.containers.removed]).toEqual([1]);
    expect(second.collections.hosts.upserted.size).toBe(0);
    expect(view.drain().any).toBe(false);

    // The HUD has not drained yet: it sees both patches folded together.
    const both = hud.drain();
    expect([...both.collections.containers.upserted]).toEqual([2]);
    expect([...both.collections.containers.removed]).toEqual([1]);
    hud.dispose();
    fake.patch((p) => p.set('containers', '5', web(9)));
    expect(hud.drain().any).toBe(false);
  });

  it('flags a reset when the state is sent again after a reconnection', async () => {
    const { fake, store } = await opened();
    fake.patch((p) => p.set('containers', '0', web(1)));
    const reader = store.track();
    fake.drop();
    expect(store.status).toBe('reconnecting');
    fake.restore();
    const changes = reader.drain();
    expect(changes.reset).toBe(true);
    expect(store.status).toBe('open');
    expect(store.containers.get(1)?.name).toBe('web-1');
  });
});

describe('ClientStore: session, pending commands and transcript', () => {
  it('keeps my seat from welcome', async () => {
    const { store } = await opened();
    expect(store.me?.role).toBe('player');
    expect(store.me?.mode).toBe('solo');
  });

  it('shows a command as pending until its result arrives, then records the answer', async () => {
    const { fake, store } = await opened({ respond: () => undefined });
    const running = store.run('  docker ps  ', 'gui');
    expect([...store.pending.values()]).toEqual([{ seq: 1, line: 'docker ps', source: 'gui' }]);
    const sent = fake.sent[0];
    expect(sent?.line).toBe('docker ps');
    fake.answer(sent?.id ?? '', { ok: false, output: '', error: 'docker: permission denied' });
    const result = await running;
    expect(result?.ok).toBe(false);
    expect(store.pending.size).toBe(0);
    expect(store.transcript.map((e) => [e.kind, e.text])).toEqual([
      ['input', 'docker ps'],
      ['error', 'docker: permission denied'],
    ]);
  });

  it('fails a waiting command cleanly when the connection drops', async () => {
    const { fake, store } = await opened({ respond: () => undefined });
    const running = store.run('docker -H host-1 pull nginx:1.25');
    fake.drop();
    expect(await running).toBeNull();
    expect(store.pending.size).toBe(0);
    expect(store.transcript.at(-1)).toMatchObject({ kind: 'error', key: 'conn.error.disconnected' });
    // While away nothing is sent, and the transcript says so.
    expect(await store.run('docker ps')).toBeNull();
    expect(store.transcript.at(-1)).toMatchObject({ kind: 'error', key: 'conn.error.notConnected' });
    expect(fake.sent).toHaveLength(1);
  });

  it('records room notices as keys and bounds the transcript', async () => {
    const fake = new FakeConnection();
    const store = new ClientStore(fake, { transcriptLimit: 3 });
    await fake.create({ mode: 'team', scenario: 'sandbox' });
    for (let i = 0; i < 5; i++) fake.notify({ key: 'room.lifecycle.joined', params: { name: `p${i}`, role: 'player' } });
    expect(store.transcript.map((e) => e.params?.name)).toEqual(['p2', 'p3', 'p4']);
    expect(store.transcript[0]?.key).toBe('room.lifecycle.joined');
  });
});
