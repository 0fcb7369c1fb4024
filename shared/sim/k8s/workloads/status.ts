// What the controllers and kubectl read about workloads, derived from the pods in one
// pass: per replica set how many pods exist, are Ready and available (Ready, since
// minReadySeconds is 0), and per deployment the figures of `kubectl get deployments`.
import type { World } from '../../model.ts';
import type { Deployment, Pod, ReplicaSet } from '../model.ts';
import { isActive } from '../pods.ts';
import { templateHash } from './templateHash.ts';

export interface RsCounts {
  /** Active pods (not terminating, not finished). */
  current: number;
  ready: number;
  available: number;
}

/** Active pods bucketed by owning replica set, in creation order. */
export function podsByOwner(world: World): Map<string, Pod[]> {
  const out = new Map<string, Pod[]>();
  for (const p of world.k8s.pods.values()) {
    if (p.owner === null || !isActive(p)) continue;
    const list = out.get(p.owner);
    if (list) list.push(p);
    else out.set(p.owner, [p]);
  }
  return out;
}

export function rsCounts(pods: readonly Pod[] | undefined): RsCounts {
  let ready = 0;
  for (const p of pods ?? []) if (p.ready) ready++;
  return { current: pods?.length ?? 0, ready, available: ready };
}

/** A deployment's replica sets, oldest first. */
export function replicaSetsOf(world: World, deployment: string): ReplicaSet[] {
  const out: ReplicaSet[] = [];
  for (const rs of world.k8s.replicaSets.values()) if (rs.deployment === deployment) out.push(rs);
  return out.sort((a, b) => a.createdTick - b.createdTick || a.revision - b.revision);
}

/** The replica set running the deployment's current template, if it exists yet. */
export function newReplicaSetOf(world: World, d: Deployment): ReplicaSet | undefined {
  return world.k8s.replicaSets.get(`${d.name}-${templateHash(d.template)}`);
}

export interface DeploymentStatus {
  /** Active pods of every replica set (status.replicas). */
  replicas: number;
  /** Pods of the new replica set (UP-TO-DATE). */
  updated: number;
  ready: number;
  available: number;
  /** Pods the replica sets ask for that are not available (status.unavailableReplicas). */
  unavailable: number;
  newRS: ReplicaSet | undefined;
  oldRSs: ReplicaSet[];
}

export function deploymentStatus(world: World, d: Deployment, byOwner: Map<string, Pod[]> = podsByOwner(world)): DeploymentStatus {
  const newRS = newReplicaSetOf(world, d);
  const oldRSs: ReplicaSet[] = [];
  let replicas = 0;
  let ready = 0;
  let updated = 0;
  let desired = 0;
  for (const rs of replicaSetsOf(world, d.name)) {
    const c = rsCounts(byOwner.get(rs.name));
    desired += rs.replicas;
    replicas += c.current;
    ready += c.ready;
    if (rs === newRS) updated = c.current;
    else oldRSs.push(rs);
  }
    // Like the controller: what the replica sets ask for minus what is available.
  return { replicas, updated, ready, available: ready, unavailable: Math.max(0, Math.max(desired, d.replicas) - ready), newRS, oldRSs };
}

/** True when every key of `selector` has the same value in `labels` (an empty selector selects nothing). */
export function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  let any = false;
  for (const k in selector) {
    any = true;
    if (!Object.hasOwn(labels, k) || labels[k] !== selector[k]) return false;
  }
  return any;
}
