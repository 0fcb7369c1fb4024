// Bounded metric histories for diagnosis and charts: every HISTORY_EVERY_TICKS seconds
// each host's CPU, memory and disk, each VM's steal time, each service's rps, latency
// and errors, and containers' CPU and memory, each series keeping HISTORY_CAPACITY
// samples (10 game minutes).
//
// Cost at 10,000 containers: entities are sampled in ten staggered groups (by their
// dense index modulo 10), so each tick samples a tenth of them and no tick pays for all.
// Containers: all running ones while the world has at most HISTORY_ALL_CONTAINERS_UP_TO;
// beyond that only labelled ones (service backends and pods, whose history is what a
// player reads when a service degrades). A top-N by CPU was the alternative, but its
// members change between samples and leave series full of holes.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';
import { HISTORY_ALL_CONTAINERS_UP_TO, HISTORY_CAPACITY, HISTORY_EVERY_TICKS } from '../figures.ts';
import type { MetricSeries } from '../model.ts';

/** Series not written for this long are dropped (their container or VM is gone). */
const STALE_TICKS = HISTORY_CAPACITY * HISTORY_EVERY_TICKS;

function put(world: World, key: string, value: number): void {
  const history = world.ops.history;
  let s = history.get(key);
  if (!s) {
    s = { everyTicks: HISTORY_EVERY_TICKS, samples: [], capacity: HISTORY_CAPACITY, lastTick: -1 };
    history.set(key, s);
  }
  s.samples.push(Math.round(value));
  if (s.samples.length > s.capacity) s.samples.shift();
  s.lastTick = world.tick;
}

function hasLabels(labels: Record<string, string>): boolean {
  for (const _ in labels) return true;
  return false;
}

function prune(world: World): void {
  for (const [key, s] of world.ops.history) if (world.tick - s.lastTick > STALE_TICKS) world.ops.history.delete(key);
}

export function advanceHistory(world: World, _sink: EventSink): void {
  const phase = world.tick % HISTORY_EVERY_TICKS;
  for (const h of world.hosts.values()) {
    if (h.index % HISTORY_EVERY_TICKS !== phase) continue;
    const up = h.state === 'up';
    put(world, `${h.id}.cpu`, up ? h.metrics.cpuUsedMillis : 0);
    put(world, `${h.id}.memory`, up ? h.metrics.memoryUsedMiB : 0);
    put(world, `${h.id}.disk`, h.metrics.diskUsedMiB);
  }
  for (const vm of world.vms.values()) {
    if (vm.index % HISTORY_EVERY_TICKS !== phase || vm.state !== 'running') continue;
    put(world, `${vm.name}.steal`, vm.metrics.stealPermille);
  }
  const all = world.containers.size <= HISTORY_ALL_CONTAINERS_UP_TO;
  for (const c of world.containers.values()) {
    if (c.index % HISTORY_EVERY_TICKS !== phase || c.state !== 'running') continue;
    if (!all && !hasLabels(c.labels)) continue;
    const base = `${c.targetId}/${c.name}`;
    put(world, `${base}.cpu`, c.metrics.cpuUsedMillis);
    put(world, `${base}.memory`, c.metrics.memoryUsageMiB);
  }
  if (phase === 0) {
    for (const s of world.services.values()) {
      put(world, `${s.name}.rps`, s.metrics.servedRps);
      put(world, `${s.name}.latency`, s.metrics.latencyMsP95);
      put(world, `${s.name}.errors`, s.metrics.errorRps);
    }
    if (world.tick % STALE_TICKS === 0) prune(world);
  }
}

/** A copy of the series `key` (`host-1.cpu`, `host-1/web.memory`, `vm-a.steal`, `shop-web.latency`), or null. */
export function seriesFor(world: World, key: string): MetricSeries | null {
  const s = world.ops.history.get(key);
  return s ? { everyTicks: s.everyTicks, samples: [...s.samples], capacity: s.capacity, lastTick: s.lastTick } : null;
}
