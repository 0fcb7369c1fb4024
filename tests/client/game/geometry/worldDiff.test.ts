// Which pictures a patch dirties: a drawn change (a state, a name, a bar moving a 2 %
// step, a pull) dirties the host holding it, VM changes dirty their hypervisor host,
// metric noise below what a picture shows dirties nothing, and a geometry rebuild
// reports exactly the hosts that moved or changed contents.
import { describe, expect, it } from 'vitest';
import { WorldDiff, diffGeometry } from '../../../../client/src/game/geometry/worldDiff.ts';
import { buildWorldGeometry } from '../../../../client/src/game/geometry/worldLayout.ts';
import { fakeEntity } from '../../../../client/src/net/fakeEntities.ts';
import { selectLayout } from '../../../../client/src/state/selectors/layout.ts';
import { CONTAINER_STATE, codeOf } from '../../../../shared/schema/codes.ts';
import { SMALL, worldStore } from './worldFixture.ts';

async function setup() {
  const { fake, store } = await worldStore(SMALL);
  const tracker = store.track();
  const diff = new WorldDiff(store);
  const geometry = buildWorldGeometry(selectLayout(store));
  // Everything is drawn now.
  diff.seed();
  tracker.drain();
  const next = () => diff.collect(tracker.drain(), geometry, false);
  return { fake, store, geometry, next };
}

describe('world diff', () => {
  it('dirties the host of a container whose state changed, not for metric noise', async () => {
    const { fake, store, next } = await setup();
    const c = store.containers.get(1);
    if (!c) throw new Error('no container 1');
    fake.patch((p) => p.set('containers', '1', { ...c, cpuMillis: c.cpuMillis + 5, memMiB: c.memMiB + 1 }));
    expect([...next().hosts]).toEqual([]);
    fake.patch((p) => p.set('containers', '1', { ...c, state: codeOf(CONTAINER_STATE, 'exited'), exitCode: 137, oomKilled: true }));
    const d = next();
    expect([...d.hosts]).toEqual([c.target]);
    expect([...d.farHosts]).toEqual([c.target]);
    // A rename shows near (the name is written) but not far (cells have no text).
    fake.patch((p) => p.set('containers', '1', { ...c, state: codeOf(CONTAINER_STATE, 'exited'), exitCode: 137, oomKilled: true, name: 'renamed' }));
    const r = next();
    expect([...r.hosts]).toEqual([c.target]);
    expect(r.farHosts.size).toBe(0);
  });

  it('dirties a hypervisor host when one of its VMs or their containers change', async () => {
    const { fake, store, next } = await setup();
    const vm = store.vms.get('host-2-1-vm2');
    if (!vm) throw new Error('no vm');
    fake.patch((p) => p.set('vms', vm.id, { ...vm, cpuPermille: vm.cpuPermille + 5 }));
    expect(next().hosts.size).toBe(0);
    fake.patch((p) => p.set('vms', vm.id, { ...vm, cpuPermille: vm.cpuPermille + 300 }));
    expect([...next().hosts]).toEqual(['host-2-1']);
  });

  it('dirties the target host when a pull starts and when it is gone', async () => {
    const { fake, next } = await setup();
    fake.patch((p) => p.set('transfers', 'x1', fakeEntity('transfers', { kind: 'pull', target: 'host-2-1-vm1', image: 'nginx:1.25', progressPermille: 100 })));
    const started = next();
    expect([...started.hosts]).toEqual(['host-2-1']);
    expect([...started.farHosts]).toEqual(['host-2-1']);
    fake.patch((p) => p.set('transfers', 'x1', fakeEntity('transfers', { kind: 'pull', target: 'host-2-1-vm1', image: 'nginx:1.25', progressPermille: 600 })));
    const progressed = next();
    expect([...progressed.hosts]).toEqual(['host-2-1']);
    expect(progressed.farHosts.size).toBe(0);
    fake.patch((p) => p.remove('transfers', 'x1'));
    expect([...next().hosts]).toEqual(['host-2-1']);
  });

  it('reports alerts, host bar steps and structure changes', async () => {
    const { fake, store, next } = await setup();
    const h = store.hosts.get('host-1-2');
    if (!h) throw new Error('no host');
    fake.patch((p) => p.set('hosts', h.id, { ...h, memPermille: h.memPermille + 40 }));
    const bars = next();
    expect([...bars.hosts]).toEqual(['host-1-2']);
    expect(bars.farHosts.size).toBe(0);
    fake.patch((p) => p.set('hosts', h.id, { ...h, memPermille: h.memPermille + 40, cordoned: true }));
    expect([...next().farHosts]).toEqual(['host-1-2']);
    fake.patch((p) => p.set('alerts', 'a1', fakeEntity('alerts', { id: 'a1', subject: 'host-1-2' })));
    expect(next().alerts).toBe(true);
    fake.patch((p) => p.set('containers', '99', fakeEntity('containers', { uid: 99, name: 'new', target: 'host-1-2' })));
    expect(store.structureVersion).toBeGreaterThan(0);
  });

  it('finds the hosts a rebuild moved or refilled', async () => {
    const { fake, store, geometry } = await setup();
    fake.patch((p) => {
      for (let i = 0; i < 4; i++) p.set('containers', String(100 + i), fakeEntity('containers', { uid: 100 + i, name: `n${i}`, target: 'host-1-1' }));
    });
    const next = buildWorldGeometry(selectLayout(store));
    // host-1-1 gained rows; host-1-2 below it moved down; rack-2 may move with the arrangement.
    const moved = diffGeometry(geometry, next);
    expect(moved.has('host-1-1')).toBe(true);
    expect(moved.has('host-1-2')).toBe(true);
    expect(diffGeometry(next, buildWorldGeometry(selectLayout(store))).size).toBe(0);
    expect(diffGeometry(null, next).size).toBe(next.hosts.size);
  });
});
