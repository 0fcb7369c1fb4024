// `kubectl delete pod <name>`: a graceful deletion by default (the pod shows
// `Terminating` while its container gets SIGTERM and up to 30 s to exit), or with
// `--grace-period=0 --force` an immediate removal from the API that does not wait for
// the kubelet — kubectl warns that the process may go on running.
import { forceRemovePod } from '../../k8s/kubeletContainer.ts';
import type { Pod } from '../../k8s/model.ts';
import { deletePod } from '../../k8s/pods.ts';
import type { World } from '../../model.ts';
import { K8S_TERMINATION_GRACE_TICKS } from '../../realism.ts';
import type { DeleteOptions } from './resources.ts';

export const FORCE_WARNING = 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.';

/** Deletes a pod known to exist; returns kubectl's line. */
export function deletePodObject(world: World, name: string, opts: DeleteOptions): string {
  const pod = world.k8s.pods.get(name) as Pod;
  if (opts.force && opts.gracePeriod === 0) {
    forceRemovePod(world, pod);
    return `${FORCE_WARNING}\npod "${name}" force deleted`;
  }
  // kubectl turns --grace-period=0 without --force into 1 s, to avoid data loss by accident.
  const grace = opts.gracePeriod < 0 ? K8S_TERMINATION_GRACE_TICKS : Math.max(1, opts.gracePeriod);
  deletePod(world, pod, grace);
  return `pod "${name}" deleted`;
}
