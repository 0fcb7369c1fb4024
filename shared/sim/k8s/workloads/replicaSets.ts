// The replica-set controller: each replica set keeps exactly `replicas` active pods,
// creating the missing ones (the scheduler then places them) and deleting the surplus in
// the order kube-controller-manager picks: unscheduled, then pending, then not Ready,
// then Ready for the shortest time, most restarts, newest — the least useful pods go first.
import type { World } from '../../model.ts';
import type { Pod, ReplicaSet } from '../model.ts';
import { createPod, deletePod } from '../pods.ts';
import { recordEvent } from '../events.ts';
import { podSuffix } from './templateHash.ts';

const PHASE_RANK: Record<Pod['phase'], number> = { Pending: 0, Failed: 1, Succeeded: 1, Running: 2 };

/** Negative when `a` should be deleted before `b` (controller.ActivePodsWithRanks). */
function deleteFirst(a: Pod, b: Pod): number {
  if ((a.nodeName === null) !== (b.nodeName === null)) return a.nodeName === null ? -1 : 1;
  if (PHASE_RANK[a.phase] !== PHASE_RANK[b.phase]) return PHASE_RANK[a.phase] - PHASE_RANK[b.phase];
  if (a.ready !== b.ready) return a.ready ? 1 : -1;
  if (a.ready && a.readySinceTick !== b.readySinceTick) return b.readySinceTick - a.readySinceTick;
  if (a.restartCount !== b.restartCount) return b.restartCount - a.restartCount;
  if (a.createdTick !== b.createdTick) return b.createdTick - a.createdTick;
  return a.name < b.name ? 1 : -1;
}

/** A pod name for the replica set not used by any pod (a collision just draws again). */
function freshPodName(world: World, rs: ReplicaSet): string {
  for (;;) {
    const name = `${rs.name}-${podSuffix(world)}`;
    if (!world.k8s.pods.has(name)) return name;
  }
}

/** Creates pods from the replica set's template. */
export function createReplicaPods(world: World, rs: ReplicaSet, count: number): void {
  for (let i = 0; i < count; i++) {
    const name = freshPodName(world, rs);
    createPod(world, {
      name,
      owner: rs.name,
      labels: { ...rs.template.labels, 'pod-template-hash': rs.templateHash },
      spec: rs.template.container,
      templateHash: rs.templateHash,
    });
    recordEvent(world, { type: 'Normal', reason: 'SuccessfulCreate', object: `replicaset/${rs.name}`, message: `Created pod: ${name}`, source: 'replicaset-controller' });
  }
}

/** One pass of the replica-set controller over every replica set. */
export function syncReplicaSets(world: World, byOwner: Map<string, Pod[]>): void {
  for (const rs of world.k8s.replicaSets.values()) {
    const pods = byOwner.get(rs.name) ?? [];
    const diff = rs.replicas - pods.length;
    if (diff > 0) {
      createReplicaPods(world, rs, diff);
    } else if (diff < 0) {
      const victims = [...pods].sort(deleteFirst).slice(0, -diff);
      for (const p of victims) {
        deletePod(world, p);
        recordEvent(world, { type: 'Normal', reason: 'SuccessfulDelete', object: `replicaset/${rs.name}`, message: `Deleted pod: ${p.name}`, source: 'replicaset-controller' });
      }
    }
  }
}
