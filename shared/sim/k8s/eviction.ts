// Taint-based eviction (the NoExecute taint manager): every pod carries the default
// tolerations for `node.kubernetes.io/unreachable` and `not-ready` with
// tolerationSeconds 300 (DefaultTolerationSeconds), so a pod stays on a NotReady node
// for that long, then is marked for deletion. Its replica set replaces it at once; the
// old pod shows `Terminating` until the node's kubelet can confirm it stopped, which
// never happens while the node is unreachable.
import type { EventSink } from '../events.ts';
import type { World } from '../model.ts';
import { recordEvent } from './events.ts';
import type { K8sNode, Pod } from './model.ts';
import { deletePod } from './pods.ts';

/** Tick the NoExecute taint that evicts pods was put on the node (-1: none). */
function noExecuteSince(node: K8sNode): number {
  let since = -1;
  for (const t of node.taints) if (t.effect === 'NoExecute' && (since < 0 || t.sinceTick < since)) since = t.sinceTick;
  return since;
}

/** Marks a pod for deletion by an eviction (drain, taint manager); the kubelet stops it gracefully. */
export function evictPod(world: World, pod: Pod, source: string, reason: string): void {
  if (pod.deletionTick >= 0) return;
  recordEvent(world, { type: 'Normal', reason, object: `pod/${pod.name}`, message: `Marking for deletion Pod default/${pod.name}`, source });
  deletePod(world, pod);
}

/** Evicts the pods of nodes tainted NoExecute for longer than the pods tolerate. */
export function advanceEviction(world: World, _sink: EventSink): void {
  const k8s = world.k8s;
  let due: Set<string> | null = null;
  for (const node of k8s.nodes.values()) {
    const since = noExecuteSince(node);
    if (since >= 0 && world.tick - since >= k8s.evictionTolerationTicks) (due ??= new Set()).add(node.name);
  }
  if (!due) return;
  // deletePod of a bound pod only marks it, so the map can be walked as it is.
  for (const pod of k8s.pods.values()) {
    if (pod.nodeName !== null && pod.deletionTick < 0 && due.has(pod.nodeName)) {
      evictPod(world, pod, 'taint-eviction-controller', 'TaintManagerEviction');
    }
  }
}
