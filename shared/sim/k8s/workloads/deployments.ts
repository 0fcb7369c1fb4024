// The deployment controller: one replica set per pod template (named by its hash), and a
// rolling update between them. The new replica set grows while the total stays within
// replicas + maxSurge; old ones shrink only while at least replicas − maxUnavailable pods
// stay available (Ready). A release whose pods never become Ready therefore stalls with
// the old pods still serving, and is flagged once it makes no progress for
// progressDeadlineSeconds.
import type { World } from '../../model.ts';
import type { Deployment, Pod, ReplicaSet } from '../model.ts';
import { recordEvent } from '../events.ts';
import { rsCounts, replicaSetsOf } from './status.ts';
import { resolveFenceposts } from './strategy.ts';
import { templateHash } from './templateHash.ts';
import { cloneTemplate } from './objects.ts';

/** Old replica sets kept for `rollout undo` (spec.revisionHistoryLimit default). */
export const REVISION_HISTORY_LIMIT = 10;

function scale(world: World, d: Deployment, rs: ReplicaSet, to: number): void {
  if (rs.replicas === to) return;
  const dir = to > rs.replicas ? 'up' : 'down';
  recordEvent(world, {
    type: 'Normal',
    reason: 'ScalingReplicaSet',
    object: `deployment/${d.name}`,
    message: `Scaled ${dir} replica set ${rs.name} to ${to} from ${rs.replicas}`,
    source: 'deployment-controller',
  });
  rs.replicas = to;
  d.lastProgressTick = world.tick;
}

function maxRevision(sets: readonly ReplicaSet[]): number {
  let max = 0;
  for (const rs of sets) max = Math.max(max, rs.revision);
  return max;
}

/** Marks the start of a rollout to revision `revision`. */
function startRollout(world: World, d: Deployment, revision: number): void {
  d.revision = revision;
  d.changeCauses[revision] = d.changeCause;
  d.rolloutStartedTick = world.tick;
  d.lastProgressTick = world.tick;
  d.progressDeadlineExceeded = false;
}

/**
 * The replica set for the deployment's template: an existing one (a rollback or a
 * template changed back) takes the next revision number; otherwise one is created,
 * already sized as far as maxSurge allows.
 */
function ensureNewReplicaSet(world: World, d: Deployment, sets: ReplicaSet[]): ReplicaSet {
  const hash = templateHash(d.template);
  const name = `${d.name}-${hash}`;
  const top = maxRevision(sets);
  const existing = world.k8s.replicaSets.get(name);
  if (existing) {
    if (existing.revision < top) {
      delete d.changeCauses[existing.revision];
      existing.revision = top + 1;
      startRollout(world, d, top + 1);
    }
    return existing;
  }
  const { surge } = resolveFenceposts(d.maxSurge, d.maxUnavailable, d.replicas);
  let current = 0;
  for (const rs of sets) current += rs.replicas;
  const initial = Math.max(0, Math.min(d.replicas + surge - current, d.replicas));
  const rs: ReplicaSet = {
    name,
    deployment: d.name,
    revision: top + 1,
    templateHash: hash,
    template: cloneTemplate(d.template),
    replicas: initial,
    createdTick: world.tick,
  };
  world.k8s.replicaSets.set(name, rs);
  sets.push(rs);
  startRollout(world, d, rs.revision);
  if (initial > 0) {
    recordEvent(world, { type: 'Normal', reason: 'ScalingReplicaSet', object: `deployment/${d.name}`, message: `Scaled up replica set ${name} to ${initial}`, source: 'deployment-controller' });
  }
  return rs;
}

/** Grows (or trims) the new replica set within replicas + maxSurge. */
function reconcileNew(world: World, d: Deployment, newRS: ReplicaSet, sets: readonly ReplicaSet[], surge: number): void {
  if (newRS.replicas >= d.replicas) {
    scale(world, d, newRS, d.replicas);
    return;
  }
  let current = 0;
  for (const rs of sets) current += rs.replicas;
  const room = d.replicas + surge - current;
  if (room <= 0) return;
  scale(world, d, newRS, newRS.replicas + Math.min(room, d.replicas - newRS.replicas));
}

/** Shrinks old replica sets while replicas − maxUnavailable pods stay available. */
function reconcileOld(world: World, d: Deployment, newRS: ReplicaSet, sets: readonly ReplicaSet[], byOwner: Map<string, Pod[]>, unavailable: number): void {
  const old = sets.filter((rs) => rs !== newRS && rs.replicas > 0);
  if (old.length === 0) return;
  const minAvailable = d.replicas - unavailable;
  let all = 0;
  let available = 0;
  for (const rs of sets) {
    all += rs.replicas;
    available += rsCounts(byOwner.get(rs.name)).available;
  }
  const newUnavailable = Math.max(0, newRS.replicas - rsCounts(byOwner.get(newRS.name)).available);
  const maxScaledDown = all - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return;
  // First drop old pods that serve nothing anyway (not available): that costs no capacity.
  let cleaned = 0;
  for (const rs of old) {
    if (cleaned >= maxScaledDown) break;
    const unhealthy = rs.replicas - rsCounts(byOwner.get(rs.name)).available;
    if (unhealthy <= 0) continue;
    const down = Math.min(maxScaledDown - cleaned, unhealthy);
    scale(world, d, rs, rs.replicas - down);
    cleaned += down;
  }
  let budget = available - minAvailable;
  for (const rs of old) {
    if (budget <= 0) break;
    if (rs.replicas === 0) continue;
    const down = Math.min(rs.replicas, budget);
    scale(world, d, rs, rs.replicas - down);
    budget -= down;
  }
}

/** Deletes the oldest empty replica sets beyond the history limit. */
function pruneHistory(world: World, newRS: ReplicaSet, sets: readonly ReplicaSet[], byOwner: Map<string, Pod[]>): void {
  const empty = sets.filter((rs) => rs !== newRS && rs.replicas === 0 && (byOwner.get(rs.name)?.length ?? 0) === 0);
  const extra = empty.length - REVISION_HISTORY_LIMIT;
  for (let i = 0; i < extra; i++) world.k8s.replicaSets.delete((empty[i] as ReplicaSet).name);
}

/** Rollout bookkeeping: progress (a new pod became Ready), completion, the progress deadline. */
function trackProgress(world: World, d: Deployment, newRS: ReplicaSet, sets: readonly ReplicaSet[], byOwner: Map<string, Pod[]>): void {
  if (d.rolloutStartedTick < 0) return;
  const newPods = byOwner.get(newRS.name) ?? [];
  for (const p of newPods) if (p.ready && p.readySinceTick > d.lastProgressTick) d.lastProgressTick = p.readySinceTick;
  const counts = rsCounts(newPods);
  let others = 0;
  for (const rs of sets) if (rs !== newRS) others += rs.replicas + (byOwner.get(rs.name)?.length ?? 0);
  if (newRS.replicas === d.replicas && counts.current === d.replicas && counts.available >= d.replicas && others === 0) {
    d.rolloutStartedTick = -1;
    d.progressDeadlineExceeded = false;
    return;
  }
  if (!d.progressDeadlineExceeded && world.tick - d.lastProgressTick > d.progressDeadlineTicks) {
    d.progressDeadlineExceeded = true;
    recordEvent(world, {
      type: 'Warning',
      reason: 'ProgressDeadlineExceeded',
      object: `deployment/${d.name}`,
      message: `ReplicaSet "${newRS.name}" has timed out progressing.`,
      source: 'deployment-controller',
    });
  }
}

/** One pass of the deployment controller over every deployment. */
export function syncDeployments(world: World, byOwner: Map<string, Pod[]>): void {
  for (const d of world.k8s.deployments.values()) {
    const sets = replicaSetsOf(world, d.name);
    const newRS = ensureNewReplicaSet(world, d, sets);
    const { surge, unavailable } = resolveFenceposts(d.maxSurge, d.maxUnavailable, d.replicas);
    reconcileNew(world, d, newRS, sets, surge);
    reconcileOld(world, d, newRS, sets, byOwner, unavailable);
    pruneHistory(world, newRS, sets, byOwner);
    trackProgress(world, d, newRS, sets, byOwner);
  }
}
