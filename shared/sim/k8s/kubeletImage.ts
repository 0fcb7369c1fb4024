// The kubelet's image pulls (imagePullPolicy IfNotPresent): an image already in the
// node's engine is used at once; a missing one is pulled by the engine as a job with
// no command waiting for it (pulls of the same image on one node are shared, as the
// kubelet serialises them). A failed pull shows `ErrImagePull`, then `ImagePullBackOff`
// while the kubelet waits 10 s, 20 s, … 300 s before the next try.
import type { EventSink } from '../events.ts';
import { addLayerToStore, parseImageRef, refKey, setTag } from '../images.ts';
import { startJob } from '../jobs.ts';
import type { DockerTarget } from '../machines.ts';
import type { World } from '../model.ts';
import { K8S_BACKOFF_INITIAL_SECONDS, K8S_BACKOFF_MAX_SECONDS } from '../realism.ts';
import { planPull } from '../registries.ts';
import { recordEvent } from './events.ts';
import type { Pod } from './model.ts';

/** A Go-style duration for whole seconds: `7s`, `1m5s`. */
export function goDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m}m${s}s` : `${s}s`;
}

function event(world: World, pod: Pod, type: 'Normal' | 'Warning', reason: string, message: string): void {
  recordEvent(world, { type, reason, object: `pod/${pod.name}`, message, source: 'kubelet' });
}

/** The error of a pull job that ended this tick on `targetId`, as the transfers system reported it. */
function pullError(sink: EventSink, targetId: string): string {
  for (let i = sink.events.length - 1; i >= 0; i--) {
    const e = sink.events[i];
    if (e && e.kind === 'happening' && e.type === 'pull-failed' && e.subject === targetId) return e.detail;
  }
  return 'context canceled';
}

function pullFailed(world: World, pod: Pod, error: string): null {
  const message = `Failed to pull image "${pod.spec.image}": rpc error: code = Unknown desc = ${error}`;
  event(world, pod, 'Warning', 'Failed', message);
  event(world, pod, 'Warning', 'Failed', 'Error: ErrImagePull');
  pod.status = 'ErrImagePull';
  pod.statusMessage = message;
  pod.pullBackoffSeconds = pod.pullBackoffSeconds === 0 ? K8S_BACKOFF_INITIAL_SECONDS : Math.min(K8S_BACKOFF_MAX_SECONDS, pod.pullBackoffSeconds * 2);
  pod.backoffUntilTick = world.tick + pod.pullBackoffSeconds;
  return null;
}

/** Shown while the kubelet waits to pull again. */
export function enterPullBackOff(world: World, pod: Pod): void {
  if (pod.status !== 'ErrImagePull') return;
  pod.status = 'ImagePullBackOff';
  pod.statusMessage = `Back-off pulling image "${pod.spec.image}"`;
  event(world, pod, 'Normal', 'BackOff', pod.statusMessage);
  event(world, pod, 'Warning', 'Failed', 'Error: ImagePullBackOff');
}

/**
 * The image id to run the pod's container from, or null while a pull runs or after it
 * failed (the pod's status says which).
 */
export function ensureImage(world: World, pod: Pod, target: DockerTarget, sink: EventSink): string | null {
  const image = pod.spec.image;
  const ref = parseImageRef(image);
  if (!ref) return pullFailed(world, pod, `invalid reference format: "${image}"`);
  const key = refKey(ref);
  const have = target.store.tags[key];
  if (pod.pullJobId !== null) {
    if (world.jobs.has(pod.pullJobId)) return null;
    pod.pullJobId = null;
    if (!have) return pullFailed(world, pod, pullError(sink, target.id));
    const took = goDuration(world.tick - pod.pullStartedTick);
    event(world, pod, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${took} (${took} including waiting)`);
    pod.pullBackoffSeconds = 0;
    return have;
  }
  if (have) {
    event(world, pod, 'Normal', 'Pulled', `Container image "${image}" already present on machine`);
    return have;
  }
  const plan = planPull(world, target, image);
  if (!plan.ok) {
    event(world, pod, 'Normal', 'Pulling', `Pulling image "${image}"`);
    return pullFailed(world, pod, plan.error);
  }
  event(world, pod, 'Normal', 'Pulling', `Pulling image "${image}"`);
  if (plan.missing.length === 0) {
    // Every layer is here already (shared with other images): only the tag is new.
    const img = world.images.get(plan.imageId);
    for (const d of img?.layers ?? []) addLayerToStore(world, target.store, d);
    setTag(target.store, plan.key, plan.imageId);
    event(world, pod, 'Normal', 'Pulled', `Successfully pulled image "${image}" in 0s (0s including waiting)`);
    return plan.imageId;
  }
  let job = null;
  for (const j of world.jobs.values()) if (j.kind === 'pull' && j.targetId === target.id && j.imageRef === plan.key) job = j;
  job ??= startJob(world, {
    kind: 'pull', targetId: target.id, registry: plan.registry, imageRef: plan.key, imageId: plan.imageId,
    missing: plan.missing, allLayers: plan.allLayers, commandId: null, actor: 'kubelet', line: `kubelet: pull ${image}`,
  });
  pod.pullJobId = job.id;
  pod.pullStartedTick = world.tick;
  pod.status = 'ContainerCreating';
  pod.statusMessage = '';
  return null;
}
