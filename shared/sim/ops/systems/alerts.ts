// Alert rules per tick: instant symptoms (OOM kills, failed pulls) are marked as they
// happen; every ALERT_EVAL_TICKS the rules run, a symptom that held for its rule's
// `for` fires an alert, and a firing alert whose symptom is gone resolves. One alert
// per rule and subject at a time, as Alertmanager groups them.
import { translate } from '../../../i18n/index.ts';
import type { EventSink } from '../../events.ts';
import type { Container, World } from '../../model.ts';
import { syncPrivateRegistries } from '../../registries.ts';
import { RULES, containerSubject, evaluateRules, type Params } from '../alertRules.ts';
import { ALERT_EVAL_TICKS, RESOLVED_ALERTS_KEPT } from '../figures.ts';
import { markEvent } from '../marks.ts';
import type { Alert } from '../model.ts';

/** Marks this tick's instant symptoms from the systems' happenings. */
function markHappenings(world: World, sink: EventSink): void {
  let oomNames: Set<string> | null = null;
  for (const e of sink.events) {
    if (e.kind !== 'happening' || e.tick !== world.tick) continue;
    if (e.type === 'container-oom-killed') (oomNames ??= new Set()).add(e.subject);
    else if (e.type === 'pull-failed') markEvent(world, 'ImagePullFailed', e.subject, { subject: e.subject, image: '', error: e.detail.split('\n')[0] ?? '' });
  }
  if (!oomNames) return;
  // The happening names the container; the one killed this tick is the one with that name and the flag.
  for (const c of world.containers.values()) {
    if (!oomNames.has(c.name) || !c.oomKilled || c.finishedTick !== world.tick) continue;
    markEvent(world, 'ContainerOOMKilled', containerSubject(c), { subject: containerSubject(c), limit: limitText(c) });
  }
}

function limitText(c: Container): string {
  return c.memoryLimitMiB > 0 ? `${c.memoryLimitMiB}MiB limit` : 'no limit: the kernel ran out of memory';
}

function fire(world: World, key: string, rule: string, subject: string, params: Params, sink: EventSink): void {
  const ops = world.ops;
  const spec = RULES[rule];
  const alert: Alert = {
    id: `A${ops.nextAlert++}`,
    rule,
    subject,
    severity: spec?.severity ?? 'warning',
    summary: translate('en', `ops.alert.${rule}`, params),
    params,
    firingSinceTick: world.tick,
    lastTrueTick: world.tick,
    resolvedTick: -1,
    ackedBy: null,
    ackedTick: -1,
  };
  ops.alerts.set(alert.id, alert);
  ops.firing.set(key, alert.id);
  sink.happened(world.tick, 'alert-firing', subject, `${alert.id} ${rule}`);
}

/** Drops the oldest resolved alerts beyond RESOLVED_ALERTS_KEPT. */
function prune(world: World): void {
  let resolved = 0;
  for (const a of world.ops.alerts.values()) if (a.resolvedTick >= 0) resolved++;
  if (resolved <= RESOLVED_ALERTS_KEPT) return;
  for (const [id, a] of world.ops.alerts) {
    if (resolved <= RESOLVED_ALERTS_KEPT) break;
    if (a.resolvedTick < 0) continue;
    world.ops.alerts.delete(id);
    resolved--;
  }
}

export function advanceAlerts(world: World, sink: EventSink): void {
  markHappenings(world, sink);
  if (world.tick % ALERT_EVAL_TICKS !== 0) return;
  const ops = world.ops;
  for (const r of world.registries.values()) {
    if (r.kind === 'private') {
      syncPrivateRegistries(world);
      break;
    }
  }
  const seen = new Set<string>();
  evaluateRules(world, (rule, subject, params) => {
    const key = `${rule}|${subject}`;
    if (seen.has(key)) return;
    seen.add(key);
    const firingId = ops.firing.get(key);
    const firing = firingId !== undefined ? ops.alerts.get(firingId) : undefined;
    if (firing) {
      firing.lastTrueTick = world.tick;
      return;
    }
    const since = ops.pending.get(key) ?? world.tick;
    if (world.tick - since >= (RULES[rule]?.forTicks ?? 0)) {
      ops.pending.delete(key);
      fire(world, key, rule, subject, params, sink);
    } else if (!ops.pending.has(key)) {
      ops.pending.set(key, since);
    }
  });
  for (const key of [...ops.pending.keys()]) if (!seen.has(key)) ops.pending.delete(key);
  let resolvedAny = false;
  for (const [key, id] of [...ops.firing]) {
    if (seen.has(key)) continue;
    ops.firing.delete(key);
    const a = ops.alerts.get(id);
    if (!a) continue;
    a.resolvedTick = world.tick;
    resolvedAny = true;
    sink.happened(world.tick, 'alert-resolved', a.subject, `${a.id} ${a.rule}`);
  }
  if (resolvedAny) prune(world);
}
