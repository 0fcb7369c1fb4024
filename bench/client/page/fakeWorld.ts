// A datacenter of a given size for the client benchmark, played through FakeConnection:
// `objects` = hosts + VMs + containers in the proportions of a mixed fleet (half the
// hosts bare metal with 10 containers, half hypervisors with 2 VMs of 4 containers:
// 1 host : 1 VM : 9 containers), 40 hosts a rack, with some containers exited,
// OOM-killed, restarting or pulling, a few hosts cordoned or down, a few alerts and
// pulls in progress. `churn` changes `count` containers as a live room would.
import { CONTAINER_STATE, HOST_STATE, NODE_STATUS, SEVERITY, VM_STATE, codeOf } from '../../../shared/schema/codes.ts';
import { fakeEntity } from '../../../client/src/net/fakeEntities.ts';
import type { FakeConnection, FakePatch } from '../../../client/src/net/FakeConnection.ts';
import type { ContainerView, HostView } from '../../../client/src/state/snapshot.ts';

export interface FakeWorldSize {
  hosts: number;
  vms: number;
  containers: number;
}

/** The world as the fake server holds it (slot = index), for churn. */
export interface FakeWorld {
  size: FakeWorldSize;
  hosts: HostView[];
  containers: ContainerView[];
}

/** Hosts, VMs and containers adding up to `objects` (1 : 1 : 9). */
export function sizeFor(objects: number): FakeWorldSize {
  if (objects <= 0) return { hosts: 0, vms: 0, containers: 0 };
  const hosts = Math.max(2, Math.round(objects / 11));
  const hypervisors = Math.floor(hosts / 2);
  const vms = hypervisors * 2;
  return { hosts, vms, containers: Math.max(0, objects - hosts - vms) };
}

const cs = (s: string) => codeOf(CONTAINER_STATE, s);
const STATES = ['running', 'running', 'running', 'running', 'running', 'running', 'running', 'exited', 'restarting', 'pulling'];

/** Fills `fake` with a world of `objects` drawn objects. */
export function fillWorld(fake: FakeConnection, objects: number): FakeWorld {
  const size = sizeFor(objects);
  const targets: string[] = [];
  const world: FakeWorld = { size, hosts: [], containers: [] };
  fake.patch((p) => {
    for (let i = 0; i < size.hosts; i++) {
      const bare = i % 2 === 0;
      const id = bare ? `ch-${i + 1}` : `hv-${i + 1}`;
      const state = i % 97 === 13 ? codeOf(HOST_STATE, 'down') : 0;
      const host = fakeEntity('hosts', { id, rack: `rack-${String(Math.floor(i / 40) + 1).padStart(2, '0')}`, role: bare ? 'container-host' : 'type1', state, cordoned: i % 53 === 7, node: bare ? codeOf(NODE_STATUS, i % 71 === 9 ? 'NotReady' : 'Ready') : 0, cores: 32, memoryMiB: 131072, cpuPermille: (i * 37) % 1000, memPermille: (i * 53) % 1000, diskPermille: (i * 11) % 1000, nicPermille: (i * 7) % 1000 });
      world.hosts.push(host);
      p.set('hosts', id, host);
      if (bare) targets.push(id);
      else
        for (let v = 0; v < 2; v++) {
          const vm = `vm-${i + 1}-${v + 1}`;
          p.set('vms', vm, fakeEntity('vms', { id: vm, name: vm, host: id, os: v === 1 && i % 5 === 0 ? 'windows' : 'linux', state: codeOf(VM_STATE, i % 31 === 3 ? 'booting' : 'running'), progressPermille: 450, cpuPermille: (i * 29) % 1000, memPermille: (i * 41) % 1000 }));
          targets.push(vm);
        }
    }
    for (let c = 0; c < size.containers; c++) {
      const state = STATES[c % STATES.length] as string;
      const oom = state === 'exited' && c % 3 === 0;
      const container = fakeEntity('containers', { uid: c + 1, name: `app-${c + 1}`, image: 'shop/web:1.1', target: targets[c % targets.length] as string, state: cs(state), oomKilled: oom, exitCode: oom ? 137 : state === 'exited' && c % 3 === 1 ? 1 : 0, cpuMillis: 200, cpuLimitMillis: 1000, memMiB: 200, memLimitMiB: 512 });
      world.containers.push(container);
      p.set('containers', String(c), container);
    }
    for (let a = 0; a < Math.max(1, Math.round(size.hosts / 50)); a++) {
      const subject = a % 2 === 0 ? (targets[a * 7 % targets.length] as string) : `ch-${(a * 10) % size.hosts + 1}`;
      p.set('alerts', `a${a}`, fakeEntity('alerts', { id: `a${a}`, rule: 'HostHighCpu', subject, severity: codeOf(SEVERITY, a % 3 === 0 ? 'critical' : 'warning'), summary: 'cpu', sinceTick: 1 }));
    }
    for (let t = 0; t < Math.max(1, Math.round(size.hosts / 40)); t++) {
      p.set('transfers', `t${t}`, fakeEntity('transfers', { kind: 'pull', target: targets[(t * 13) % targets.length] as string, image: 'postgres:16', progressPermille: (t * 170) % 1000 }));
    }
  });
  return world;
}

/** One entity write of a patch. */
export type PatchEntry = { collection: 'containers' | 'hosts' | 'transfers'; key: string; value: ContainerView | HostView | ReturnType<typeof fakeEntity<'transfers'>> };

/**
 * The writes of one live patch: `count` containers get new metrics (one in ten a new
 * state, as restarts and crashes do), a host in ten a new CPU figure, a pull advances.
 * Computed apart from applying, so a benchmark can time the applying alone.
 */
export function churnEntries(world: FakeWorld, round: number, count: number): PatchEntry[] {
  const out: PatchEntry[] = [];
  const n = world.containers.length;
  for (let k = 0; k < count && n > 0; k++) {
    const slot = (round * 7919 + k * 9973) % n;
    const c = world.containers[slot] as ContainerView;
    const state = k % 10 === 0 ? cs(STATES[(round + k) % STATES.length] as string) : c.state;
    const next = { ...c, state, cpuMillis: 100 + ((round + k) % 400), memMiB: 64 + ((round * 3 + k) % 300) };
    world.containers[slot] = next;
    out.push({ collection: 'containers', key: String(slot), value: next });
  }
  for (let i = round % 10; i < world.hosts.length; i += 10) {
    const h = { ...(world.hosts[i] as HostView), cpuPermille: (round * 97 + i * 37) % 1000 };
    world.hosts[i] = h;
    out.push({ collection: 'hosts', key: h.id, value: h });
  }
  if (world.size.hosts > 0) out.push({ collection: 'transfers', key: 't0', value: fakeEntity('transfers', { kind: 'pull', target: 'ch-1', image: 'postgres:16', progressPermille: (round * 37) % 1000 }) });
  return out;
}

export function applyEntries(p: FakePatch, entries: readonly PatchEntry[]): void {
  for (const e of entries) p.set(e.collection, e.key, e.value as never);
}

export function churn(p: FakePatch, world: FakeWorld, round: number, count: number): void {
  applyEntries(p, churnEntries(world, round, count));
}
