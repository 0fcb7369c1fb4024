// Workloads: what an incident hurts and what "healthy again" means. A container run by
// hand is known by its name (a replacement with the same name on any machine restores
// it: moving work off a dead host is a valid response); a pod's container belongs to
// its deployment, which is healthy when its ready replicas reach the desired count.
// A TickView computes the per-tick indexes once, only when a check needs them.
import type { Container, Host, World } from '../model.ts';
import { qualifiedName } from './targets.ts';

/** Key of a workload: `deploy:<name>`, `pod:<name>` or `ctr:<engine>/<name>`. */
export function workloadKeyOf(world: World, c: Container): string {
  const podName = c.labels['io.kubernetes.pod.name'];
  if (podName !== undefined) {
    const pod = world.k8s.pods.get(podName);
    const rs = pod?.owner ? world.k8s.replicaSets.get(pod.owner) : undefined;
    if (rs) return `deploy:${rs.deployment}`;
    return `pod:${podName}`;
  }
  return `ctr:${qualifiedName(c)}`;
}

/** Joins names for IncidentData (names never contain commas). */
export function encodeList(items: Iterable<string>): string {
  return [...items].join(',');
}

export function decodeList(text: string | number | boolean | undefined): string[] {
  return typeof text === 'string' && text !== '' ? text.split(',') : [];
}

/** Whether a machine's containers can be reached: host up, not cut off the network. */
export function hostServes(host: Host | undefined): boolean {
  return host !== undefined && host.state === 'up' && host.partitioned !== true;
}

/** Indexes over the world for one tick's incident checks, built on first use. */
export class TickView {
  private names: Set<string> | null = null;
  private ready: Map<string, number> | null = null;

  constructor(readonly world: World) {}

  /** Names of containers running on an up kernel of a reachable host. */
  runningNames(): Set<string> {
    if (this.names) return this.names;
    const names = new Set<string>();
    for (const c of this.world.containers.values()) {
      if (c.state !== 'running') continue;
      if (!hostServes(this.world.hosts.get(c.hostId))) continue;
      names.add(c.name);
    }
    this.names = names;
    return names;
  }

  /** Ready, non-terminating pods per deployment. */
  readyPods(deployment: string): number {
    if (!this.ready) {
      const ready = new Map<string, number>();
      const k8s = this.world.k8s;
      for (const pod of k8s.pods.values()) {
        if (!pod.ready || pod.status === 'Terminating' || pod.owner === null) continue;
        const rs = k8s.replicaSets.get(pod.owner);
        if (!rs) continue;
        const node = pod.nodeName ? k8s.nodes.get(pod.nodeName) : undefined;
        if (node && !hostServes(this.world.hosts.get(node.machineId) ?? this.world.hosts.get(this.world.vms.get(node.machineId)?.hostId ?? ''))) continue;
        ready.set(rs.deployment, (ready.get(rs.deployment) ?? 0) + 1);
      }
      this.ready = ready;
    }
    return this.ready.get(deployment) ?? 0;
  }
}

/** Whether the workload runs again as it should. */
export function workloadHealthy(view: TickView, key: string): boolean {
  const world = view.world;
  if (key.startsWith('deploy:')) {
    const dep = world.k8s.deployments.get(key.slice(7));
    return dep !== undefined && view.readyPods(dep.name) >= dep.replicas;
  }
  if (key.startsWith('pod:')) {
    const pod = world.k8s.pods.get(key.slice(4));
    return pod !== undefined && pod.ready;
  }
  const qualified = key.slice(4);
  const name = qualified.slice(qualified.indexOf('/') + 1);
  return view.runningNames().has(name);
}

/** Every workload of the list healthy (true for an empty list). */
export function allHealthy(view: TickView, keys: readonly string[]): boolean {
  for (const k of keys) if (!workloadHealthy(view, k)) return false;
  return true;
}

/** Distinct workloads of the running containers that pass `pick`. */
export function affectedWorkloads(world: World, pick: (c: Container) => boolean): string[] {
  const keys = new Set<string>();
  for (const c of world.containers.values()) if (c.state === 'running' && pick(c)) keys.add(workloadKeyOf(world, c));
  return [...keys];
}

/** Running containers that belong to a workload (a deployment's pods, or the named container anywhere). */
export function containersOfWorkload(world: World, key: string): Container[] {
  const out: Container[] = [];
  if (key.startsWith('deploy:') || key.startsWith('pod:')) {
    for (const c of world.containers.values()) if (c.state === 'running' && workloadKeyOf(world, c) === key) out.push(c);
    return out;
  }
  const qualified = key.slice(4);
  const name = qualified.slice(qualified.indexOf('/') + 1);
  for (const c of world.containers.values()) if (c.state === 'running' && c.name === name) out.push(c);
  return out;
}

/** Names a workload goes by in commands (for detection): the container or deployment name, its pods. */
export function workloadSubjects(world: World, key: string): string[] {
  // Pods are named after their deployment: `web-7d9c5b8f6-x2k4q`.
  if (key.startsWith('deploy:')) return [key.slice(7), `${key.slice(7)}-*`];
  if (key.startsWith('pod:')) return [key.slice(4)];
  const qualified = key.slice(4);
  return [qualified, qualified.slice(qualified.indexOf('/') + 1)];
}
