// One scheduling pass per tick: every unbound pod whose turn has come (new ones at
// once, unschedulable ones after the back-off or as soon as the cluster changed) gets
// a decision against a snapshot taken once for the pass; a placed pod is bound and
// its requests booked, an unplaceable one stays Pending with kube-scheduler's
// FailedScheduling message.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';
import { K8S_SCHEDULER_RETRY_TICKS } from '../../realism.ts';
import { recordEvent } from '../events.ts';
import type { K8sNode, Pod } from '../model.ts';
import { bindPod } from '../pods.ts';
import { schedulePod } from './framework.ts';
import { DEFAULT_PROFILE } from './profile.ts';
import { assume, buildSnapshot, podInfo, type Snapshot } from './snapshot.ts';

/** Whether an unbound pod is tried this tick. */
function due(world: World, pod: Pod): boolean {
  if (world.tick >= pod.nextScheduleTick) return true;
  const attempted = pod.nextScheduleTick - K8S_SCHEDULER_RETRY_TICKS;
  return world.k8s.wakeTick >= attempted && world.tick > attempted;
}

export function advanceScheduler(world: World, _sink: EventSink): void {
  const k8s = world.k8s;
  let snap: Snapshot | null = null;
  for (const pod of k8s.pods.values()) {
    if (pod.nodeName !== null || pod.deletionTick >= 0 || !due(world, pod)) continue;
    snap ??= buildSnapshot(world);
    const info = podInfo(snap, pod);
    const d = schedulePod(snap, info, DEFAULT_PROFILE, k8s.schedulerNextStart, true);
    k8s.schedulerNextStart = d.nextStart;
    if (d.node < 0) {
      pod.unschedulableReason = d.message;
      pod.nextScheduleTick = world.tick + K8S_SCHEDULER_RETRY_TICKS;
      recordEvent(world, { type: 'Warning', reason: 'FailedScheduling', object: `pod/${pod.name}`, message: d.message, source: 'default-scheduler' });
      continue;
    }
    const node = snap.nodes[d.node] as K8sNode;
    assume(snap, info, d.node);
    bindPod(pod, node);
    pod.placement = d.placement;
    recordEvent(world, { type: 'Normal', reason: 'Scheduled', object: `pod/${pod.name}`, message: `Successfully assigned default/${pod.name} to ${node.name}`, source: 'default-scheduler' });
  }
}
