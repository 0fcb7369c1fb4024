// The STATUS and RESTARTS columns of `kubectl get pods`, as kubectl derives them.
import type { Pod } from '../../k8s/model.ts';
import { humanAge } from './format.ts';

/** STATUS column: the waiting/terminated reason, or `Terminating` once a deletion started. */
export function podStatusText(pod: Pod): string {
  return pod.deletionTick >= 0 ? 'Terminating' : pod.status;
}

/** RESTARTS column: `3 (45s ago)` since kubectl 1.22. */
export function restartsText(pod: Pod, tick: number): string {
  const last = pod.lastTermination;
  return pod.restartCount > 0 && last ? `${pod.restartCount} (${humanAge(tick - last.tick)} ago)` : String(pod.restartCount);
}
