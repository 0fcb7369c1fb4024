// The workload controllers run by the control plane each tick: the deployment controller
// (rolling updates) sizes replica sets, the replica-set controller then creates or
// deletes pods to match, and waiting `kubectl rollout status` commands are answered when
// their rollout ends. The autoscalers run separately (controlPlane.ts calls both).
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';
import { syncDeployments } from './deployments.ts';
import { syncAutoscalers } from './hpa.ts';
import { syncReplicaSets } from './replicaSets.ts';
import { advanceRolloutWatches } from './rolloutStatus.ts';
import { podsByOwner } from './status.ts';

/** Replica-set and deployment controllers, one tick. */
export function advanceWorkloads(world: World, sink: EventSink): void {
  const k8s = world.k8s;
  if (!k8s.enabled) return;
  if (k8s.deployments.size > 0 || k8s.replicaSets.size > 0) {
    const byOwner = podsByOwner(world);
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
