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
//
// The sampling itself stays cheap (it ran at about a fifth of a reference tick when each
// sample built its key string and looked it up): each entity's keys are built once and
// kept with its series in an entry, and the entities are kept in their ten groups, so a
// tick touches only the tenth it samples. Both are caches of the world, rebuilt when
// hosts, VMs or containers come or go, and series are created in the same order as by a
// plain walk over the world's Maps, so the histories are the same bit for bit.
// Container histories stay ordinary series in `ops.history` (for every labelled
// container above the threshold): a compact typed ring per container, or sampling only
// service backends, would change what players read and the world's state hash, and with
// the keys cached the sampling costs about 0.2 ms per reference tick.
import type { EventSink } from '../../events.ts';
import type { Container, Host, Vm, World } from '../../model.ts';
import { HISTORY_ALL_CONTAINERS_UP_TO, HISTORY_CAPACITY, HISTORY_EVERY_TICKS } from '../figures.ts';
import { pruneStale, scanAhead } from '../historyPrune.ts';
import type { MetricSeries } from '../model.ts';

/** Series not written for this long are dropped (their container or VM is gone). */
const STALE_TICKS = HISTORY_CAPACITY * HISTORY_EVERY_TICKS;
const GROUPS = HISTORY_EVERY_TICKS;

function newSeries(history: Map<string, MetricSeries>, key: string): MetricSeries {
  const s: MetricSeries = { everyTicks: HISTORY_EVERY_TICKS, samples: [], capacity: HISTORY_CAPACITY, lastTick: -1 };
  history.set(key, s);
  return s;
}

function write(s: MetricSeries, value: number, tick: number): void {
  s.samples.push(Math.round(value));
  if (s.samples.length > s.capacity) s.samples.shift();
  s.lastTick = tick;
}

function put(world: World, key: string, value: number): void {
  const history = world.ops.history;
  write(history.get(key) ?? newSeries(history, key), value, world.tick);
}

/** An entity's series keys, and the series found for them (valid while `gen` matches the cache's). */
interface Entry<T> {
  of: T;
  keys: string[];
  series: (MetricSeries | undefined)[];
  gen: number;
  /** A container with labels (they are set by `docker run` or the kubelet and never change). */
  labelled: boolean;
}

interface Cache {
  history: Map<string, MetricSeries>;
  /** Bumped when prune() drops series: every entry looks its series up again. */
  gen: number;
  stamp: number[];
  hosts: Entry<Host>[][];
  vms: Entry<Vm>[][];
  containers: Entry<Container>[][];
  /** Entries by dense index, reused across rebuilds (same object: same keys). */
  hostEntries: Entry<Host>[];
  vmEntries: Entry<Vm>[];
  containerEntries: Entry<Container>[];
}

const caches = new WeakMap<World, Cache>();

/** Writes into `out` what changes whenever an entity is added (a new dense index) or removed (a smaller Map); true if it changed. */
function restamp(world: World, out: number[]): boolean {
  const n = world.nextIndex;
  const same =
    out[0] === n.host && out[1] === world.hosts.size && out[2] === n.vm && out[3] === world.vms.size && out[4] === n.container && out[5] === world.containers.size;
  if (same) return false;
  out[0] = n.host;
  out[1] = world.hosts.size;
  out[2] = n.vm;
  out[3] = world.vms.size;
  out[4] = n.container;
  out[5] = world.containers.size;
  return true;
}

function emptyGroups<T>(): Entry<T>[][] {
  const g: Entry<T>[][] = [];
  for (let i = 0; i < GROUPS; i++) g.push([]);
  return g;
}

/** The entry of `of` from the last build (`old`) or a new one; recorded in `next`, so entries of removed entities go. */
function entryFor<T extends { index: number }>(old: Entry<T>[], next: Entry<T>[], of: T, keys: () => string[], labelled = false): Entry<T> {
  const known = old[of.index];
  const e = known && known.of === of ? known : { of, keys: keys(), series: [], gen: -1, labelled };
  next[of.index] = e;
  return e;
}

/** The cache for `world`, its groups rebuilt (in Map order) when the entities changed. */
function cacheFor(world: World): Cache {
  let cache = caches.get(world);
  if (!cache || cache.history !== world.ops.history) {
    cache = { history: world.ops.history, gen: 0, stamp: [], hosts: [], vms: [], containers: [], hostEntries: [], vmEntries: [], containerEntries: [] };
    caches.set(world, cache);
  }
  if (!restamp(world, cache.stamp)) return cache;
  cache.hosts = emptyGroups();
  cache.vms = emptyGroups();
  cache.containers = emptyGroups();
  const hosts: Entry<Host>[] = [];
  const vms: Entry<Vm>[] = [];
  const containers: Entry<Container>[] = [];
  for (const h of world.hosts.values()) {
    cache.hosts[h.index % GROUPS]?.push(entryFor(cache.hostEntries, hosts, h, () => [`${h.id}.cpu`, `${h.id}.memory`, `${h.id}.disk`]));
  }
  for (const vm of world.vms.values()) {
    cache.vms[vm.index % GROUPS]?.push(entryFor(cache.vmEntries, vms, vm, () => [`${vm.name}.steal`]));
  }
  // A container's name and target never change (there is no rename), so neither do its keys.
  for (const c of world.containers.values()) {
    const keys = (): string[] => [`${c.targetId}/${c.name}.cpu`, `${c.targetId}/${c.name}.memory`];
    cache.containers[c.index % GROUPS]?.push(entryFor(cache.containerEntries, containers, c, keys, hasLabels(c.labels)));
  }
  cache.hostEntries = hosts;
  cache.vmEntries = vms;
  cache.containerEntries = containers;
  return cache;
}

/** Appends `value` to the entry's series number `i`, creating the series as put() would. */
function sample<T>(cache: Cache, e: Entry<T>, i: number, value: number, tick: number): void {
  if (e.gen !== cache.gen) {
    e.series.length = 0;
    e.gen = cache.gen;
  }
  let s = e.series[i];
  if (!s) {
    const key = e.keys[i] as string;
    s = cache.history.get(key) ?? newSeries(cache.history, key);
    e.series[i] = s;
  }
  write(s, value, tick);
}

function hasLabels(labels: Record<string, string>): boolean {
  for (const _ in labels) return true;
  return false;
}

/** Drops the series not written for STALE_TICKS (looked at ahead of time, a slice per tick: historyPrune.ts). */
function prune(world: World, cache: Cache): void {
  if (pruneStale(world.ops.history, world.tick, STALE_TICKS)) cache.gen++;
}

export function advanceHistory(world: World, _sink: EventSink): void {
  const phase = world.tick % HISTORY_EVERY_TICKS;
  const tick = world.tick;
  const cache = cacheFor(world);
  for (const e of cache.hosts[phase] ?? []) {
    const h = e.of;
    const up = h.state === 'up';
    sample(cache, e, 0, up ? h.metrics.cpuUsedMillis : 0, tick);
    sample(cache, e, 1, up ? h.metrics.memoryUsedMiB : 0, tick);
    sample(cache, e, 2, h.metrics.diskUsedMiB, tick);
  }
  for (const e of cache.vms[phase] ?? []) {
    if (e.of.state !== 'running') continue;
    sample(cache, e, 0, e.of.metrics.stealPermille, tick);
  }
  const all = world.containers.size <= HISTORY_ALL_CONTAINERS_UP_TO;
  for (const e of cache.containers[phase] ?? []) {
    const c = e.of;
    if (c.state !== 'running') continue;
    if (!all && !e.labelled) continue;
    sample(cache, e, 0, c.metrics.cpuUsedMillis, tick);
    sample(cache, e, 1, c.metrics.memoryUsageMiB, tick);
  }
  if (phase === 0) {
    for (const s of world.services.values()) {
      put(world, `${s.name}.rps`, s.metrics.servedRps);
      put(world, `${s.name}.latency`, s.metrics.latencyMsP95);
      put(world, `${s.name}.errors`, s.metrics.errorRps);
    }
    if (world.tick % STALE_TICKS === 0) prune(world, cache);
  }
  scanAhead(world.ops.history, world.tick, STALE_TICKS);
}

/** A copy of the series `key` (`host-1.cpu`, `host-1/web.memory`, `vm-a.steal`, `shop-web.latency`), or null. */
export function seriesFor(world: World, key: string): MetricSeries | null {
  const s = world.ops.history.get(key);
  return s ? { everyTicks: s.everyTicks, samples: [...s.samples], capacity: s.capacity, lastTick: s.lastTick } : null;
}
