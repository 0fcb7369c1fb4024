// Who a service's load balancer sends requests to. A `labels` entry is a health-checked
// load balancer that discovers running containers by label; a `k8sService` entry is
// kube-proxy: it sends to the endpoints of Ready pods matching the Service's selector,
// and an endpoint whose container no longer answers keeps getting (failing) requests
// until the pod is marked not Ready. No Service object, no endpoints: requests fail.
// Labels never change after `docker run`, so the containers matching a label selector
// are found by a scan only when containers were created or selectors changed; each tick
// then checks just those members' health, plus one pass over the pods.
import type { Container, World } from '../model.ts';
import { type Topology, topologyOf } from '../systems/topology.ts';
import { DEFAULT_READY_AFTER_TICKS } from './calibration.ts';
import type { Service } from './model.ts';
import { addAnchor, emptyAnchors, matchAnchors } from './selectors.ts';

export { matchesSelector, selectorText } from './selectors.ts';

// Local copy of an imported binding used per container: under tsx's CommonJS interop
// each access to an import is a getter call, which shows in a loop over thousands.
const READY_AFTER_DEFAULT = DEFAULT_READY_AFTER_TICKS;

/** Why a matching container is not sent requests ('' = healthy). */
export type BackendProblem = '' | 'not-running' | 'starting' | 'host-down' | 'partitioned' | 'kernel-down';

export interface BackendIndex {
  tick: number;
  services: Service[];
  /** Per service (by position): containers that get requests and can answer them. */
  backends: Container[][];
  /** Per service: endpoints that get requests but cannot answer (k8s entries only). */
  unreachable: number[];
  /** Per service: the selector in force, or null (k8s Service missing). */
  selectors: (Record<string, string> | null)[];
}

/** Containers matching a label selector, kept between ticks (a cache: rebuilt from the world whenever unsure). */
interface Members {
  /** world.nextIndex.container when scanned: a new container means a new scan. */
  scannedAt: number;
  /**
   * world.containers.size when scanned: with no container created since, the same size
   * means none was removed either, so every member is still in the world.
   */
  size: number;
  /** The label selectors scanned for, by service position (null: not a label entry). */
  selectors: (Record<string, string> | null)[];
  containers: Container[];
  /** Per member: the service positions it matches. */
  matches: number[][];
  /**
   * Pod containers given traffic last tick (their readings are cleared first): the first
   * `touchedCount` entries. Members are cleared as the tick visits them, which spares a
   * second pass over thousands.
   */
  touched: Container[];
  touchedCount: number;
}

// Caches of storage per world: the index is rebuilt every tick; the members are
// rescanned whenever a container was created or a selector changed.
const indexes = new WeakMap<World, BackendIndex>();
const members = new WeakMap<World, Members>();
const matched: number[] = [];
/** Per service position, this tick: how many backends its list holds so far. */
const counts: number[] = [];
/** Per service position, this tick: the k8s Service's targetPort (0: not a k8s entry). */
const targetPorts: number[] = [];

/** The selector a service's entry uses right now (null: its k8s Service does not exist). */
export function entrySelector(world: World, service: Service): Record<string, string> | null {
  if (service.entry.kind === 'labels') return service.entry.selector;
  return world.k8s.services.get(service.entry.name)?.selector ?? null;
}

/** The port a k8s entry's Service forwards to (its targetPort); 0 for a label entry or a missing Service. */
export function entryTargetPort(world: World, service: Service): number {
  return service.entry.kind === 'k8s-service' ? world.k8s.services.get(service.entry.name)?.targetPort ?? 0 : 0;
}

/**
 * kube-proxy forwards to podIP:targetPort as written: a process listening on another
 * port refuses the connection, so that endpoint fails every request it gets.
 */
export function refusesPort(c: Container, targetPort: number): boolean {
  return targetPort > 0 && c.profile.listenPort > 0 && c.profile.listenPort !== targetPort;
}

/** Whether the machine under a container is reachable: host up and not partitioned, kernel up ('' = fine). */
function machineProblem(world: World, c: Container): BackendProblem {
  const host = world.hosts.get(c.hostId);
  if (!host || host.state !== 'up') return 'host-down';
  if ((host as { partitioned?: boolean }).partitioned) return 'partitioned';
  if (world.kernels.get(c.kernelId)?.state !== 'up') return 'kernel-down';
  return '';
}

/** Whether a container can answer requests: running, ready, on a machine that is up and reachable. */
export function backendProblem(world: World, c: Container): BackendProblem {
  if (c.state !== 'running') return 'not-running';
  const machine = machineProblem(world, c);
  if (machine !== '') return machine;
  if (c.metrics.uptimeTicks < (c.profile.readyAfterTicks ?? READY_AFTER_DEFAULT)) return 'starting';
  return '';
}

/** Most CPU a backend can spend on requests: one core per worker process (a sync worker serves one request at a time). */
export function concurrencyMillis(c: Container): number {
  return Math.max(1, c.profile.workers ?? 1) * 1000;
}

// Per kernel index, this tick: 0 unknown, 1 machine reachable, 2 not (every container on a kernel shares its machine).
let machineOk = new Uint8Array(64);

/**
 * machineProblem(...) === '' for the containers of kernel `ki`, read from the dense
 * tables (the kernel's physical host is the container's hostId) instead of two Map
 * lookups by string per kernel.
 */
function machineReachable(topo: Topology, ki: number): boolean {
  const host = topo.kernelHost[ki];
  if (!host || host.state !== 'up') return false;
  if ((host as { partitioned?: boolean }).partitioned) return false;
  return topo.kernel[ki]?.state === 'up';
}

/** backendProblem(...) === '' with the machine check done once per kernel per tick. */
function healthy(topo: Topology, c: Container): boolean {
  if (c.state !== 'running' || c.metrics.uptimeTicks < (c.profile.readyAfterTicks ?? READY_AFTER_DEFAULT)) return false;
  const ki = c.kernelIndex;
  if (machineOk[ki] === 0) machineOk[ki] = machineReachable(topo, ki) ? 1 : 2;
  return machineOk[ki] === 1;
}

function clearTraffic(c: Container): void {
  c.metrics.offeredRps = 0;
  c.metrics.trafficCpuMillis = 0;
  c.metrics.servedRps = 0;
}

/** The members for these label selectors, rescanning the containers when they may have changed. */
function labelMembers(world: World, selectors: (Record<string, string> | null)[]): Members {
  const known = members.get(world);
  if (known && known.scannedAt === world.nextIndex.container && known.size === world.containers.size && known.selectors.length === selectors.length && known.selectors.every((s, i) => s === selectors[i])) {
    for (let k = 0; k < known.touchedCount; k++) clearTraffic(known.touched[k] as Container);
    known.touchedCount = 0;
    return known;
  }
  const anchors = emptyAnchors(selectors);
  selectors.forEach((sel, i) => sel && addAnchor(anchors, sel, i));
  const fresh: Members = { scannedAt: world.nextIndex.container, size: world.containers.size, selectors: [...selectors], containers: [], matches: [], touched: [], touchedCount: 0 };
  for (const c of world.containers.values()) {
    clearTraffic(c);
    const n = anchors.keys.length ? matchAnchors(anchors, c.labels, matched) : 0;
    if (n === 0) continue;
    fresh.containers.push(c);
    fresh.matches.push(matched.slice(0, n));
  }
  members.set(world, fresh);
  return fresh;
}

function addBackend(ix: BackendIndex, si: number, c: Container): void {
  const list = ix.backends[si];
  if (!list) return;
  const n = counts[si] ?? 0;
  list[n] = c;
  counts[si] = n + 1;
}

/** Rebuilds the backend index for this tick and clears last tick's per-container traffic. */
export function buildBackendIndex(world: World): BackendIndex {
  const ix = indexes.get(world) ?? { tick: -1, services: [], backends: [], unreachable: [], selectors: [] };
  ix.tick = world.tick;
  ix.services.length = 0;
  ix.selectors.length = 0;
  const labelSelectors: (Record<string, string> | null)[] = [];
  const pods = emptyAnchors(ix.selectors);
  let i = 0;
  for (const s of world.services.values()) {
    ix.services.push(s);
    const sel = entrySelector(world, s);
    ix.selectors.push(sel);
    labelSelectors.push(s.entry.kind === 'labels' ? sel : null);
    if (sel && s.entry.kind === 'k8s-service') addAnchor(pods, sel, i);
    targetPorts[i] = entryTargetPort(world, s);
    // Lists are refilled in place and cut to size at the end: `length = 0` would drop
    // their storage and regrow thousands of slots every tick.
    if (!ix.backends[i]) ix.backends[i] = [];
    counts[i] = 0;
    ix.unreachable[i] = 0;
    i++;
  }
  ix.backends.length = i;
  ix.unreachable.length = i;
  const nk = world.nextIndex.kernel;
  if (machineOk.length < nk) machineOk = new Uint8Array(nk * 2);
  else machineOk.fill(0, 0, nk);
  const topo = topologyOf(world);
  const m = labelMembers(world, labelSelectors);
  for (let k = 0; k < m.containers.length; k++) {
    const c = m.containers[k] as Container;
    // Last tick's readings go before this tick's traffic (a no-op for a member that got none).
    clearTraffic(c);
    // Every member is still in the world: a removal changes the size and forces a rescan.
    if (!healthy(topo, c)) continue;
    for (const si of m.matches[k] as number[]) addBackend(ix, si, c);
  }
  if (pods.keys.length > 0) {
    for (const pod of world.k8s.pods.values()) {
      const id = pod.containerId;
      if (!pod.ready || !id) continue;
      const n = matchAnchors(pods, pod.labels, matched);
      if (n === 0) continue;
      const c = world.containers.get(id);
      // kube-proxy knows endpoints, not processes: a Ready pod's endpoint stays in
      // rotation even when nothing answers behind it any more.
      const answers = c !== undefined && healthy(topo, c);
      if (answers && c) {
        clearTraffic(c);
        m.touched[m.touchedCount++] = c;
      }
      for (let k = 0; k < n; k++) {
        const si = matched[k] as number;
        if (answers && c && !refusesPort(c, targetPorts[si] ?? 0)) addBackend(ix, si, c);
        else ix.unreachable[si] = (ix.unreachable[si] ?? 0) + 1;
      }
    }
  }
  for (let k = 0; k < i; k++) (ix.backends[k] as Container[]).length = counts[k] as number;
  indexes.set(world, ix);
  return ix;
}

/** The index built this tick for `world`, or null when the traffic system has not run this tick. */
export function currentBackendIndex(world: World): BackendIndex | null {
  const ix = indexes.get(world);
  return ix && ix.tick === world.tick ? ix : null;
}

/** Requests of a round-robin over `n` endpoints that endpoint `j` gets this tick (the rotation moves each tick). */
export function roundRobinShare(rps: number, n: number, j: number, tick: number): number {
  if (n <= 0) return 0;
  const per = Math.floor(rps / n);
  const extra = rps - per * n;
  return per + ((j - (tick % n) + n) % n < extra ? 1 : 0);
}
