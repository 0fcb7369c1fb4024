// The workload controllers run by the control plane each tick: the deployment controller
// (rolling updates) sizes replica sets, the replica-set controller then creates or
// deletes pods to match, and waiting `kubectl rollout status` commands are answered when
// their rollout ends. The autoscalers run separately (controlPlane.ts calls both).
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';
import type { Pod } from '../model.ts';
import { isActive } from '../pods.ts';
import { syncDeployments } from './deployments.ts';
import { syncAutoscalers } from './hpa.ts';
import { syncReplicaSets } from './replicaSets.ts';
import { advanceRolloutWatches } from './rolloutStatus.ts';

interface Owned {
  pods: Pod[];
  count: number;
}

const owned = new WeakMap<World, { byOwner: Map<string, Pod[]>; lists: Map<string, Owned> }>();

/**
 * podsByOwner(world) for the controllers' pass, refilled in place: the same lists in the
 * same order, but the Map and its arrays are kept from tick to tick instead of being
 * built anew (a thousand-pod array regrown every tick). Owners left without pods are
 * dropped, so the controllers see exactly what podsByOwner returns.
 */
function podsByOwnerNow(world: World): Map<string, Pod[]> {
  let kept = owned.get(world);
  if (!kept) owned.set(world, (kept = { byOwner: new Map(), lists: new Map() }));
  const { byOwner, lists } = kept;
  for (const p of world.k8s.pods.values()) {
    if (p.owner === null || !isActive(p)) continue;
    let o = lists.get(p.owner);
    if (!o) lists.set(p.owner, (o = { pods: [], count: 0 }));
    o.pods[o.count++] = p;
  }
  for (const [owner, o] of lists) {
    if (o.count === 0) {
      lists.delete(owner);
      byOwner.delete(owner);
      continue;
    }
    o.pods.length = o.count;
    o.count = 0;
    byOwner.set(owner, o.pods);
  }
  return byOwner;
}

/** Replica-set and deployment controllers, one tick. */
export function advanceWorkloads(world: World, sink: EventSink): void {
  const k8s = world.k8s;
  if (!k8s.enabled) return;
  if (k8s.deployments.size > 0 || k8s.replicaSets.size > 0) {
    const byOwner = podsByOwnerNow(world);
    syncDeployments(world, byOwner);
    syncReplicaSets(world, byOwner);
  }
  advanceRolloutWatches(world, sink);
}

/** Horizontal pod autoscalers (each acts every 15 s), one tick. */
export function advanceAutoscalers(world: World, _sink: EventSink): void {
  if (!world.k8s.enabled || world.k8s.hpas.size === 0) return;
  syncAutoscalers(world);
}
