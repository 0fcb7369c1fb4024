// Incidents per tick: repairs and reboots in progress, the scenario's schedule and
// seeded chance injections, ongoing effects, detection from the command log, and the
// per-kind resolution checks (time to detect and resolve). Cheap when nothing happens:
// a world without incidents, outages or a schedule costs a few comparisons.
import { removeContainersOnTarget } from '../../containers.ts';
import type { EventSink } from '../../events.ts';
import { emptyStore } from '../../images.ts';
import type { Host, World } from '../../model.ts';
import { nextInt } from '../../rng.ts';
import { detectFromCommands } from '../detection.ts';
import { KINDS } from '../kinds/index.ts';
import { checkInjection, openIncident, openRandomIncident } from '../open.ts';
import { advanceOutages } from '../outages.ts';
import { TickView } from '../workloads.ts';

/** A reinstalled host comes back empty: containers, local volumes, networks and images are gone, and any intruder with them. */
function reimaged(world: World, host: Host): void {
  removeContainersOnTarget(world, host.id);
  host.store = emptyStore();
  for (const inc of world.ops.incidents.values()) {
    if (inc.kind === 'container-escape' && inc.data.scope === 'kernel' && inc.data.machine === host.id) inc.data.cleaned = true;
  }
}

function fireSchedule(world: World, sink: EventSink): void {
  const ops = world.ops;
  while (ops.nextScheduled < ops.schedule.length) {
    const s = ops.schedule[ops.nextScheduled];
    if (!s || s.atTick > world.tick) break;
    ops.nextScheduled++;
    const checked = checkInjection(world, s.kind, s.target, s.variant);
    if (checked.ok) openIncident(world, checked.def, s.target, checked.variant, s.source, sink);
    else sink.happened(world.tick, 'incident-skipped', s.target, checked.error);
  }
}

/** One draw per tick: an expected `perHour` incidents per game hour (3,600 ticks). */
function fireChance(world: World, sink: EventSink): void {
  const r = world.ops.random;
  if (r.perHour <= 0 || r.kinds.length === 0 || world.tick < r.afterTick) return;
  if (nextInt(world, 3_600_000) < Math.round(r.perHour * 1000)) openRandomIncident(world, r.kinds, sink);
}

export function advanceIncidents(world: World, sink: EventSink): void {
  const ops = world.ops;
  if (ops.reboots.size > 0 || ops.outages.size > 0 || ops.nicRepairs.size > 0) advanceOutages(world, sink, (host) => reimaged(world, host));
  if (ops.nextScheduled < ops.schedule.length) fireSchedule(world, sink);
  fireChance(world, sink);
  if (ops.incidents.size === 0) return;
  for (const inc of ops.incidents.values()) {
    const def = KINDS[inc.kind];
    if (def.tick && inc.data.effectDone !== true) def.tick(world, inc, sink);
  }
  let view: TickView | null = null;
  for (const inc of ops.incidents.values()) {
    if (inc.state !== 'open') continue;
    if (inc.detectedTick < 0) detectFromCommands(world, inc);
    view ??= new TickView(world);
    if (!KINDS[inc.kind].isResolved(view, inc)) continue;
    inc.state = 'resolved';
    inc.resolvedTick = world.tick;
    sink.happened(world.tick, 'incident-resolved', inc.id, `${inc.kind} ${inc.target} after ${world.tick - inc.openedTick}s`);
  }
}
