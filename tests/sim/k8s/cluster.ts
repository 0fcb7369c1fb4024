// Test helpers for the orchestrator: the sandbox with a cluster (host-1 and host-2 as
// nodes, or more), pod specs, pods created as a replica set or `kubectl run` would, and
// a way to crash a pod's process as an application bug does.
import { endRun, logLine } from '../../../shared/sim/containers.ts';
import type { ContainerSpec, Pod, ReplicaSet } from '../../../shared/sim/k8s/model.ts';
import { createPod } from '../../../shared/sim/k8s/pods.ts';
import type { Container, World } from '../../../shared/sim/model.ts';
import type { SimSession } from '../../../shared/sim/session.ts';
import { sandboxWith } from '../../helpers/sim.ts';

export type Json = Record<string, unknown>;

/** The sandbox with a cluster of `nodes` (default host-1 and host-2), tweaked by `patch`. */
export function clusterSandbox(cluster: Json = {}, patch: (j: Json) => void = () => {}, seed = 1): { world: World; sh: SimSession } {
  return sandboxWith((j) => {
    patch(j);
    j.cluster = { nodes: ['host-1', 'host-2'], ...cluster };
  }, seed);
}

/** Two Linux VMs on host-3 (8 GiB each), for clusters of four nodes. */
export function withVms(j: Json): void {
  j.vms = [{ namePrefix: 'vm-', count: 2, host: 'host-3', vcpus: 4, memory: '8g' }];
}

export function spec(over: Partial<ContainerSpec> = {}): ContainerSpec {
  return { name: 'web', image: 'nginx:1.25', cpuRequestMillis: 100, cpuLimitMillis: 0, memoryRequestMiB: 64, memoryLimitMiB: 0, containerPort: 80, env: [], readinessDelayTicks: 0, ...over };
}

/** `count` pods owned by replica set `owner` (named `<owner>-0`, …). */
export function ownedPods(world: World, owner: string, count: number, s: ContainerSpec = spec()): Pod[] {
  const out: Pod[] = [];
  for (let i = 0; i < count; i++) out.push(createPod(world, { name: `${owner}-${i}`, owner, labels: { app: owner }, spec: s }));
  return out;
}

export function barePod(world: World, name: string, s: ContainerSpec = spec({ name })): Pod {
  return createPod(world, { name, owner: null, labels: { run: name }, spec: s });
}

/** The pod's current container. */
export function containerOf(world: World, pod: Pod): Container {
  const c = pod.containerId === null ? undefined : world.containers.get(pod.containerId);
  if (!c) throw new Error(`pod ${pod.name} has no container`);
  return c;
}

/** The app in the pod hits a bug: a traceback in its log, exit 1. */
export function crash(world: World, pod: Pod): void {
  const c = containerOf(world, pod);
  logLine(c, 'Traceback (most recent call last):');
  logLine(c, "AttributeError: 'NoneType' object has no attribute 'lines'");
  endRun(world, c, 1, '', false);
}

/** Waits tick by tick until `done` holds (at most `max` ticks); returns the ticks waited. */
export function waitUntil(sh: SimSession, done: () => boolean, max = 2000): number {
  let n = 0;
  while (!done()) {
    if (n >= max) throw new Error(`condition not met after ${max} ticks`);
    sh.wait(1);
    n++;
  }
  return n;
}

/** A host goes down as after a hardware failure: its processes die where they stand. */
export function hostDown(world: World, id: string): void {
  const host = world.hosts.get(id);
  if (!host) throw new Error(`no host ${id}`);
  host.state = 'down';
  for (const c of world.containers.values()) {
    if (c.hostId === id && c.state === 'running') endRun(world, c, 255, 'host down', false);
  }
}

/** A replica set of its own (no deployment): the replica-set controller keeps `replicas` pods. */
export function replicaSet(world: World, name: string, replicas: number, s: ContainerSpec = spec()): ReplicaSet {
  const rs: ReplicaSet = { name, deployment: '', revision: 1, templateHash: 'abc12', template: { labels: { app: name }, container: s }, replicas, createdTick: world.tick };
  world.k8s.replicaSets.set(name, rs);
  return rs;
}
