// The kubelet's containers: each run of a pod is a real container on the node's docker
// engine, named as the kubelet names them (`k8s_<container>_<pod>_<namespace>_<uid>_<attempt>`),
// labelled with the pod's labels, limited by the pod's limits, with the pod's IP. The
// environment is resolved when the container is created: a value from a secret is read
// from the secret store at that moment (a later change reaches only new containers).
import { createContainer, killContainer, removeContainer, startContainer } from '../containers.ts';
import type { DockerTarget } from '../machines.ts';
import type { World } from '../model.ts';
import type { K8sNode, Pod } from './model.ts';
import { machineReachability } from './nodes.ts';
import { oomScoreAdjFor, removePod } from './pods.ts';

/** The docker name of a pod's container for the given restart count. */
export function containerName(pod: Pod, attempt: number): string {
  return `k8s_${pod.spec.name}_${pod.name}_default_${pod.uid}_${attempt}`;
}

export type EnvResult = { ok: true; env: Record<string, string> } | { ok: false; message: string };

/** The container's environment, with `secretKeyRef`s read from the secret store now. */
export function resolveEnv(world: World, pod: Pod): EnvResult {
  const env: Record<string, string> = {};
  for (const e of pod.spec.env) {
    if (e.secretKeyRef) {
      const secret = world.k8s.secrets.get(e.secretKeyRef.name);
      if (!secret) return { ok: false, message: `secret "${e.secretKeyRef.name}" not found` };
      const value = secret.data[e.secretKeyRef.key];
      if (value === undefined) return { ok: false, message: `couldn't find key ${e.secretKeyRef.key} in Secret default/${secret.name}` };
      env[e.name] = value;
    } else {
      env[e.name] = e.value ?? '';
    }
  }
  return { ok: true, env };
}

/** The pod's IP, handed out from its node's /24 on its first start. */
function podIp(node: K8sNode): string {
  const n = node.nextPodIp;
  node.nextPodIp = n >= 254 ? 2 : n + 1;
  return node.podCidr.replace(/\.0\/24$/, `.${n}`);
}

/**
 * Creates and starts the pod's next container. Returns docker's error when the engine
 * refuses to start it (the container is left as it is, for `describe` to show).
 */
export function runPodContainer(world: World, pod: Pod, node: K8sNode, target: DockerTarget, imageId: string, env: Record<string, string>): string | null {
  const image = world.images.get(imageId);
  if (!image) return `No such image: ${pod.spec.image}`;
  if (pod.ip === '') pod.ip = podIp(node);
  const c = createContainer(world, target, {
    name: containerName(pod, pod.restartCount),
    imageRef: pod.spec.image,
    imageId,
    cpuLimitMillis: pod.spec.cpuLimitMillis,
    memoryLimitMiB: pod.spec.memoryLimitMiB,
    oomScoreAdj: oomScoreAdjFor(pod.spec, node.capacity.memoryMiB),
    ports: [],
    network: 'bridge',
    userns: false,
    // The kubelet, not dockerd, restarts pod containers (with its own back-off).
    restartPolicy: 'no',
    env: { ...image.env, ...env },
    labels: {
      ...pod.labels,
      'io.kubernetes.container.name': pod.spec.name,
      'io.kubernetes.pod.name': pod.name,
      'io.kubernetes.pod.namespace': 'default',
      'io.kubernetes.pod.uid': pod.uid,
    },
    mounts: [],
    profile: image.profile,
  });
  // The CNI plugin gives the pod's network namespace its address from the node's pod CIDR.
  c.ip = pod.ip;
  pod.containerId = c.id;
  return startContainer(world, c);
}

/** Deletes the pod's current and previous containers (their writable layers go too). */
export function removePodContainers(world: World, pod: Pod): void {
  for (const id of [pod.containerId, pod.previousContainerId]) {
    const c = id === null ? undefined : world.containers.get(id);
    if (c) removeContainer(world, c);
  }
  pod.containerId = null;
  pod.previousContainerId = null;
}

/**
 * `--grace-period=0 --force`: the pod leaves the API at once. A reachable kubelet kills
 * its container now; on an unreachable node the process keeps running, unknown to the
 * cluster, until that kubelet is back (why kubectl warns about immediate deletion).
 */
export function forceRemovePod(world: World, pod: Pod): void {
  const node = pod.nodeName === null ? undefined : world.k8s.nodes.get(pod.nodeName);
  const reachable = node !== undefined && machineReachability(world, node.machineId) === 'up';
  if (reachable) {
    const c = pod.containerId === null ? undefined : world.containers.get(pod.containerId);
    if (c && c.state === 'running') killContainer(world, c, 9);
    removePodContainers(world, pod);
  } else {
    for (const id of [pod.containerId, pod.previousContainerId]) if (id !== null && world.containers.has(id)) world.k8s.orphans.push(id);
  }
  removePod(world, pod);
}

/** The kubelet's housekeeping: containers of force-deleted pods die once their kubelet is reachable. */
export function reapOrphans(world: World): void {
  const k8s = world.k8s;
  if (k8s.orphans.length === 0) return;
  k8s.orphans = k8s.orphans.filter((id) => {
    const c = world.containers.get(id);
    if (!c) return false;
    if (machineReachability(world, c.targetId) !== 'up') return true;
    if (c.state === 'running') killContainer(world, c, 9);
    removeContainer(world, c);
    return false;
  });
}
