// One objective judged on the world as it is this tick. Each kind reads the model
// directly (containers, hosts, orders, incidents, pods, registries, the command log);
// the windowed service kinds live in serviceChecks.ts. Called once per tick per objective.
import type { EventSink } from '../events.ts';
import type { Container, World } from '../model.ts';
import { viewRegistry } from '../registries.ts';
import { clock } from '../units.ts';
import { dollarsText } from '../economy/summary.ts';
import type { ObjectiveCheck, ObjectiveState } from './model.ts';
import { type CheckResult, checkAvailability, checkLatency } from './serviceChecks.ts';

export type { CheckResult } from './serviceChecks.ts';

type Check<K extends ObjectiveCheck['kind']> = Extract<ObjectiveCheck, { kind: K }>;

const verdict = (met: boolean, progress: string): CheckResult => ({ met, violated: !met, progress });

function matchesLabels(c: Container, selector: Record<string, string>): boolean {
  for (const k in selector) if (c.labels[k] !== selector[k]) return false;
  return true;
}

/** Containers that count for a `running` objective now. */
export function countRunning(world: World, c: Check<'running'>): number {
  let n = 0;
  for (const ct of world.containers.values()) {
    if (ct.state !== 'running') continue;
    if (c.image && ct.imageRef !== c.image) continue;
    if (c.on && ct.targetId !== c.on) continue;
    if (c.machine === 'bare-metal' && ct.targetId !== ct.hostId) continue;
    if (c.machine === 'vm' && ct.targetId === ct.hostId) continue;
    if (!matchesLabels(ct, c.selector)) continue;
    n++;
  }
  return n;
}

/** Hosts that are up plus hosts on order (bought hardware counts from the order on). */
export function countHosts(world: World): number {
  let n = world.economy.orders.length;
  for (const h of world.hosts.values()) if (h.state === 'up') n++;
  return n;
}

function checkIncident(world: World, c: Check<'incident-resolved'>): CheckResult {
  let matched = 0;
  let open = '';
  for (const inc of world.ops.incidents.values()) {
    if (c.incidentId ? inc.id !== c.incidentId : inc.kind !== c.incidentKind) continue;
    matched++;
    if (inc.state !== 'resolved' && !open) open = inc.id;
  }
  if (matched === 0) return { met: false, violated: false, progress: '-' };
  return open ? { met: false, violated: true, progress: `${open} open` } : { met: true, violated: false, progress: `${matched} resolved` };
}

function checkDeployment(world: World, c: Check<'deployment-available'>): CheckResult {
  const dep = world.k8s.deployments.get(c.name);
  let ready = 0;
  if (dep) {
    for (const pod of world.k8s.pods.values()) {
      if (!pod.ready || pod.status === 'Terminating' || pod.owner === null) continue;
      if (world.k8s.replicaSets.get(pod.owner)?.deployment === c.name) ready++;
    }
  }
  return verdict(ready >= c.replicas, `${ready}/${c.replicas}`);
}

function checkImage(world: World, c: Check<'image-in-registry'>): CheckResult {
  const reg = viewRegistry(world, c.registry);
  return verdict(reg !== undefined && reg.tags[c.ref] !== undefined, reg && reg.tags[c.ref] ? 'yes' : 'no');
}

function checkCommandUsed(world: World, c: Check<'command-used'>, state: ObjectiveState): CheckResult {
  if (!state.met) {
    const log = world.commandLog;
    const first = log[0]?.seq ?? world.logSeq;
    let re: RegExp | null = null;
    for (let i = Math.max(0, state.seenLogSeq - first); i < log.length; i++) {
      const e = log[i];
      if (!e || !e.ok) continue;
      re ??= new RegExp(c.pattern);
      if (re.test(e.line)) {
        state.seenLogSeq = world.logSeq;
        return { met: true, violated: false, progress: 'yes' };
      }
    }
    state.seenLogSeq = world.logSeq;
  }
  return { met: state.met, violated: !state.met, progress: state.met ? 'yes' : 'no' };
}

function checkVms(world: World, c: Check<'vm-count'>): CheckResult {
  let n = 0;
  for (const vm of world.vms.values()) {
    if (vm.state !== 'booting' && vm.state !== 'running') continue;
    if (c.os && vm.os !== c.os) continue;
    n++;
  }
  const ok = n >= c.min && (c.max < 0 || n <= c.max);
  return verdict(ok, c.max < 0 ? `${n}/${c.min}` : `${n} (${c.min}-${c.max})`);
}

/**
 * A volume that lost its data (a failed disk) and that a container carrying the labels
 * mounts. Read from the volumes rather than this tick's events, so a loss caused by a
 * command (a facilitator's inject) counts as well as one in the tick.
 */
function lostVolume(world: World, selector: Record<string, string>): string | null {
  const lost = new Set<string>();
  for (const [key, v] of world.volumes) if (v.dataLostTick !== undefined) lost.add(key);
  if (lost.size === 0) return null;
  for (const c of world.containers.values()) {
    if (!matchesLabels(c, selector)) continue;
    for (const m of c.mounts) {
      const v = lost.has(m.volume) ? world.volumes.get(m.volume) : undefined;
      if (v) return `${v.name} lost @${clock(v.dataLostTick ?? 0)}`;
    }
  }
  return null;
}

function oomKillThisTick(sink: EventSink): string | null {
  for (const e of sink.events) if (e.kind === 'happening' && e.type === 'container-oom-killed') return e.subject;
  return null;
}

/** Judges one objective this tick; service kinds also take this tick's sample. */
export function evaluateCheck(world: World, c: ObjectiveCheck, state: ObjectiveState, sink: EventSink): CheckResult {
  switch (c.kind) {
    case 'service-availability':
      return checkAvailability(world, c, state);
    case 'service-latency':
      return checkLatency(world, c, state);
    case 'running': {
      const n = countRunning(world, c);
      return verdict(n >= c.min, `${n}/${c.min}`);
    }
    case 'max-hosts': {
      const n = countHosts(world);
      return verdict(n <= c.n, `${n} ${n <= c.n ? '<=' : '>'} ${c.n}`);
    }
    case 'budget-never-below': {
      const low = Math.min(world.economy.lowestBalanceCents, world.economy.balanceCents);
      return verdict(low >= c.cents, `${dollarsText(world.economy.balanceCents)} (>= ${dollarsText(c.cents)})`);
    }
    case 'no-oom-kills': {
      const victim = oomKillThisTick(sink);
      return victim ? verdict(false, `OOM ${victim} @${clock(world.tick)}`) : verdict(true, '0');
    }
    case 'incident-resolved':
      return checkIncident(world, c);
    case 'deployment-available':
      return checkDeployment(world, c);
    case 'image-in-registry':
      return checkImage(world, c);
    case 'command-used':
      return checkCommandUsed(world, c, state);
    case 'vm-count':
      return checkVms(world, c);
    case 'volume-data-kept': {
      const lost = lostVolume(world, c.selector);
      return lost ? verdict(false, lost) : verdict(true, 'kept');
    }
  }
}
