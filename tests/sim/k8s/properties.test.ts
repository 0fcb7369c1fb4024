// Property test of the orchestrator: random streams of kubectl commands (valid and
// not), new pods, machine failures and waits keep the cluster consistent — every node's
// booked requests equal the sum over the pods bound to it, every running pod points at
// a container of its node — and a refused kubectl command changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventSink } from '../../../shared/sim/events.ts';
import { checkWorld } from '../../../shared/sim/invariants.ts';
import type { World } from '../../../shared/sim/model.ts';
import { CONSOLE_ACTOR } from '../../../shared/sim/session.ts';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { advance, runCommand } from '../../../shared/sim/step.ts';
import { barePod, clusterSandbox, ownedPods, replicaSet, spec } from './cluster.ts';

const nodes = fc.constantFrom('host-1', 'host-2', 'host-9');
const pods = fc.constantFrom('a', 'b', 'web-0', 'web-1', 'nope');
const kubectl = fc.oneof(
  fc.tuple(fc.constantFrom('cordon', 'uncordon', 'drain', 'drain --force', 'describe node'), nodes).map(([v, n]) => `kubectl ${v} ${n}`),
  fc.tuple(fc.constantFrom('delete pod', 'delete pod --grace-period=0 --force', 'describe pod', 'logs', 'logs --previous', 'get pods'), pods).map(([v, p]) => `kubectl ${v} ${p}`),
  fc.constantFrom('kubectl get pods -o wide', 'kubectl get nodes', 'kubectl get events', 'kubectl get podz', 'kubectl delete pod', 'kubectl frob'),
);

type Op = { line: string } | { wait: number } | { pod: string; mem: number } | { down: string } | { up: string };
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: kubectl.map((line) => ({ line })), weight: 5 },
  { arbitrary: fc.integer({ min: 1, max: 60 }).map((wait) => ({ wait })), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom(64, 4096, 40_000)).map(([pod, mem]) => ({ pod, mem })), weight: 1 },
  { arbitrary: fc.constantFrom('host-1', 'host-2').map((down) => ({ down })), weight: 1 },
  { arbitrary: fc.constantFrom('host-1', 'host-2').map((up) => ({ up })), weight: 1 },
);

function consistency(world: World): string[] {
  const problems: string[] = [];
  const sums = new Map<string, { cpu: number; mem: number; pods: number }>();
  for (const p of world.k8s.pods.values()) {
    if (p.nodeName === null) continue;
    const s = sums.get(p.nodeName) ?? { cpu: 0, mem: 0, pods: 0 };
    s.cpu += p.spec.cpuRequestMillis;
    s.mem += p.spec.memoryRequestMiB;
    s.pods++;
    sums.set(p.nodeName, s);
    const c = p.containerId === null ? undefined : world.containers.get(p.containerId);
    if (p.status === 'Running' && p.deletionTick < 0 && c && c.targetId !== world.k8s.nodes.get(p.nodeName)?.machineId) problems.push(`pod ${p.name}: container on another machine`);
  }
  for (const n of world.k8s.nodes.values()) {
    const s = sums.get(n.name) ?? { cpu: 0, mem: 0, pods: 0 };
    const r = n.requested;
    if (r.cpuMillis !== s.cpu || r.memoryMiB !== s.mem || r.pods !== s.pods) problems.push(`node ${n.name}: booked ${JSON.stringify(r)} but pods sum ${JSON.stringify(s)}`);
  }
  return problems;
}

describe('random cluster operations', () => {
  it('keep the bookings consistent, and refused kubectl commands change nothing', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), (ops) => {
        const { world } = clusterSandbox({ evictionToleration: '30s' });
        replicaSet(world, 'web', 2);
        ownedPods(world, 'lone', 1);
        let serial = 0;
        for (const o of ops) {
          if ('line' in o) {
            const before = simulationHash(world);
            const out = runCommand(world, { id: `p${serial++}`, actor: CONSOLE_ACTOR, line: o.line }, new EventSink());
            if ('ok' in out && !out.ok) expect(simulationHash(world), o.line).toBe(before);
          } else if ('wait' in o) {
            for (let i = 0; i < o.wait; i++) advance(world, new EventSink());
          } else if ('pod' in o) {
            if (!world.k8s.pods.has(o.pod)) barePod(world, o.pod, spec({ name: o.pod, memoryRequestMiB: o.mem }));
          } else {
            const host = world.hosts.get('down' in o ? o.down : o.up);
            if (host) host.state = 'down' in o ? 'down' : 'up';
          }
          expect(consistency(world)).toEqual([]);
          expect(checkWorld(world)).toEqual([]);
        }
      }),
      { numRuns: 60, seed: 42 },
    );
  });
});
