// Pods as the API server holds them: creation (with the API server's defaulting of
// requests from limits), binding to a node (which books the pod's requests on it),
// graceful and forced deletion, and the final removal. Controllers (replica sets,
// drain, eviction) and kubectl create and delete pods only through these functions,
// so a node's booked requests always equal the sum over its pods.
import type { World } from '../model.ts';
import { nextInt } from '../rng.ts';
import { K8S_DEFAULT_CPU_REQUEST_MILLIS, K8S_DEFAULT_MEMORY_REQUEST_MIB, K8S_TERMINATION_GRACE_TICKS } from '../realism.ts';
import type { ContainerSpec, K8sNode, Pod } from './model.ts';

export interface NewPod {
  name: string;
  /** Owning replica set (null: a bare pod, which nothing recreates). */
  owner: string | null;
  labels: Record<string, string>;
  spec: ContainerSpec;
  templateHash?: string;
}

const HEX = '0123456789abcdef';

/** A uid in the API server's UUID layout, from the world's generator. */
export function newUid(world: World): string {
  let s = '';
  for (let i = 0; i < 32; i++) s += HEX[nextInt(world, 16)];
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * The spec as the API server stores it: a limit without a request makes the request
 * equal to the limit (so the scheduler books what the cgroup allows).
 */
export function defaultedSpec(spec: ContainerSpec): ContainerSpec {
  return {
    ...spec,
    cpuRequestMillis: spec.cpuRequestMillis > 0 ? spec.cpuRequestMillis : spec.cpuLimitMillis,
    memoryRequestMiB: spec.memoryRequestMiB > 0 ? spec.memoryRequestMiB : spec.memoryLimitMiB,
    env: spec.env.map((e) => ({ ...e, ...(e.secretKeyRef ? { secretKeyRef: { ...e.secretKeyRef } } : {}) })),
  };
}

/** Creates a Pending pod (unbound: the scheduler places it on its next pass). */
export function createPod(world: World, p: NewPod): Pod {
  const pod: Pod = {
    name: p.name,
    uid: newUid(world),
    owner: p.owner,
    labels: { ...p.labels },
    spec: defaultedSpec(p.spec),
    templateHash: p.templateHash ?? '',
    nodeName: null,
    phase: 'Pending',
    status: 'Pending',
    containerId: null,
    restartCount: 0,
    backoffUntilTick: -1,
    backoffSeconds: 0,
    ready: false,
    readySinceTick: -1,
    createdTick: world.tick,
    deletionTick: -1,
    lastTermination: null,
    unschedulableReason: '',
    ip: '',
    startTick: -1,
    previousContainerId: null,
    backoffUpdatedTick: -1,
    pullJobId: null,
    pullStartedTick: -1,
    pullBackoffSeconds: 0,
    statusMessage: '',
    deletionGraceTicks: 0,
    nextScheduleTick: world.tick,
    placement: null,
  };
  world.k8s.pods.set(pod.name, pod);
  return pod;
}

/** True once a deletion has started (the pod shows `Terminating`). */
export function isTerminating(pod: Pod): boolean {
  return pod.deletionTick >= 0;
}

/** A pod that counts for its owner: not being deleted and not finished. */
export function isActive(pod: Pod): boolean {
  return pod.deletionTick < 0 && pod.phase !== 'Succeeded' && pod.phase !== 'Failed';
}

/** Active pods owned by a replica set, in creation order. */
export function activePodsOf(world: World, owner: string): Pod[] {
  const out: Pod[] = [];
  for (const p of world.k8s.pods.values()) if (p.owner === owner && isActive(p)) out.push(p);
  return out;
}

/** What a pod asks the scheduler for; the non-zero pair is what scoring counts. */
export function podRequests(spec: ContainerSpec): { cpuMillis: number; memoryMiB: number; nonZeroCpuMillis: number; nonZeroMemoryMiB: number } {
  return {
    cpuMillis: spec.cpuRequestMillis,
    memoryMiB: spec.memoryRequestMiB,
    nonZeroCpuMillis: spec.cpuRequestMillis > 0 ? spec.cpuRequestMillis : K8S_DEFAULT_CPU_REQUEST_MILLIS,
    nonZeroMemoryMiB: spec.memoryRequestMiB > 0 ? spec.memoryRequestMiB : K8S_DEFAULT_MEMORY_REQUEST_MIB,
  };
}

function book(node: K8sNode, spec: ContainerSpec, sign: 1 | -1): void {
  const r = podRequests(spec);
  const q = node.requested;
  q.cpuMillis += sign * r.cpuMillis;
  q.memoryMiB += sign * r.memoryMiB;
  q.nonZeroCpuMillis += sign * r.nonZeroCpuMillis;
  q.nonZeroMemoryMiB += sign * r.nonZeroMemoryMiB;
  q.pods += sign;
}

/** The binding: the pod belongs to `node` from now on and its requests are booked there. */
export function bindPod(pod: Pod, node: K8sNode): void {
  pod.nodeName = node.name;
  pod.unschedulableReason = '';
  book(node, pod.spec, 1);
}

/**
 * Starts a graceful deletion (`kubectl delete pod`, an eviction, a scale-down): the pod
 * shows `Terminating` until the kubelet has stopped its container. A pod that never
 * reached a node has no kubelet to wait for and goes at once.
 */
export function deletePod(world: World, pod: Pod, graceTicks = K8S_TERMINATION_GRACE_TICKS): void {
  if (pod.deletionTick >= 0) return;
  if (pod.nodeName === null) {
    removePod(world, pod);
    return;
  }
  pod.deletionTick = world.tick;
  pod.deletionGraceTicks = graceTicks;
  pod.ready = false;
}

/**
 * Removes the pod from the API at once (`--grace-period=0 --force`, or the kubelet
 * confirming the end of a graceful deletion) and frees its booked requests. Its
 * containers are the caller's business: the kubelet stops them when it can.
 */
export function removePod(world: World, pod: Pod): void {
  const k8s = world.k8s;
  if (k8s.pods.get(pod.name) !== pod) return;
  k8s.pods.delete(pod.name);
  const node = pod.nodeName === null ? undefined : k8s.nodes.get(pod.nodeName);
  if (node) book(node, pod.spec, -1);
  wakeUnschedulable(world);
}

/**
 * Something changed that may make Pending pods fit (a pod left, a node became Ready or
 * schedulable): kube-scheduler moves its unschedulable pods back to the active queue.
 */
export function wakeUnschedulable(world: World): void {
  world.k8s.wakeTick = world.tick;
}

/** QoS class, as the kubelet derives it from requests and limits. */
export function qosClass(spec: ContainerSpec): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const none = spec.cpuRequestMillis === 0 && spec.memoryRequestMiB === 0 && spec.cpuLimitMillis === 0 && spec.memoryLimitMiB === 0;
  if (none) return 'BestEffort';
  const guaranteed = spec.cpuLimitMillis > 0 && spec.memoryLimitMiB > 0 && spec.cpuRequestMillis === spec.cpuLimitMillis && spec.memoryRequestMiB === spec.memoryLimitMiB;
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** The container's oom_score_adj for its QoS class (kubelet's policy; the appendix's formula). */
export function oomScoreAdjFor(spec: ContainerSpec, nodeMemoryMiB: number): number {
  const qos = qosClass(spec);
  if (qos === 'Guaranteed') return -997;
  if (qos === 'BestEffort') return 1000;
  const adj = 1000 - Math.floor((1000 * spec.memoryRequestMiB) / Math.max(1, nodeMemoryMiB));
  return Math.min(Math.max(2, adj), 999);
}
