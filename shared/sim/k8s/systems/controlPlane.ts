// The orchestrator per tick, in the order the components' effects chain: the node
// controller (heartbeats, NotReady, taints), taint-based eviction, the replica-set and
// deployment controllers (which create and delete pods), the scheduler (which places
// the new ones), the kubelets (which run them: pulls, starts, crash-loop back-off,
// readiness, graceful termination) and the horizontal autoscalers. A scenario without
// a cluster costs nothing here.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';
import { advanceEviction } from '../eviction.ts';
import { advanceKubelets } from '../kubelet.ts';
import { advanceNodeLifecycle } from '../nodes.ts';
import { advanceScheduler } from '../scheduler/cycle.ts';
import { advanceAutoscalers, advanceWorkloads } from '../workloads/controllers.ts';

export function advanceControlPlane(world: World, sink: EventSink): void {
  if (!world.k8s.enabled) return;
  advanceNodeLifecycle(world, sink);
  advanceEviction(world, sink);
  advanceWorkloads(world, sink);
  advanceScheduler(world, sink);
  advanceKubelets(world, sink);
  advanceAutoscalers(world, sink);
}
