// Serving per tick: latency from each backend's utilisation (a queue), errors and timeouts, the SLO window and totals.
// Runs after resources, so each backend's CPU is what the kernel and hypervisor granted.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';
import { type BackendIndex, currentBackendIndex, roundRobinShare } from '../backends.ts';
import type { Service, ServiceFailureCause } from '../model.ts';
import { countsForP95, emptyServing, serveWith, trafficCpuAvailable } from '../queue.ts';
import { recordWindow } from '../slo.ts';
import { type KernelLoad, kernelLoadFor, readKernelAt, sumMarkedKernels } from '../slowdown.ts';
import { kernelCpuWantedNow } from '../../systems/resources.ts';
import { type Topology, topologyOf } from '../../systems/topology.ts';

// Local copies of imported bindings used per backend: under tsx's CommonJS interop each
// access to an import is a getter call, which shows in a loop over thousands of backends.
const rrShare = roundRobinShare;
const serve = serveWith;
const cpuFor = trafficCpuAvailable;
const setsP95 = countsForP95;
const kernelReading = readKernelAt;

const result = emptyServing();

function serveService(world: World, ix: BackendIndex, i: number, load: KernelLoad, topo: Topology): void {
  const s = ix.services[i] as Service;
  const list = ix.backends[i] ?? [];
  const rps = s.metrics.offeredRps;
  const unreachable = ix.unreachable[i] ?? 0;
  const n = list.length + unreachable;
  let served = 0;
  let timeouts = 0;
  let errorsMilli = 0;
  let goodMilli = 0;
  let p95 = 0;
  let weightedP95 = 0;
  let maxRho = 0;
  // `result` holds the answer for these inputs; serveWith is a pure function of them, and
  // neighbouring backends of a service mostly share them (same share, image and idle
  // machine), so the answer is reused instead of worked out again for each.
  let known = false;
  let knownShare = 0;
  let knownAvail = 0;
  let knownErrors = 0;
  let knownLatency = 0;
  let knownSlowdown = 0;
  for (let j = 0; j < list.length; j++) {
    const c = list[j];
    if (!c) continue;
    const share = rrShare(rps, n, j, world.tick);
    if (c.state !== 'running') {
      // Killed this tick (an OOM kill during resources): its requests get a reset connection.
      timeouts += share;
      continue;
    }
    const ki = c.kernelIndex;
    kernelReading(topo, load, ki);
    const slowdown = load.slowdown[ki] ?? 1000;
    const avail = cpuFor(c, load.speed[ki] ?? 1000, load.contended[ki] === 1);
    const errorPermille = c.profile.errorPermille ?? 0;
    const latencyFactor = c.profile.latencyFactorPermille ?? 1000;
    if (!known || share !== knownShare || avail !== knownAvail || errorPermille !== knownErrors || latencyFactor !== knownLatency || slowdown !== knownSlowdown) {
      serve(result, s, share, avail, errorPermille, latencyFactor, slowdown);
      known = true;
      knownShare = share;
      knownAvail = avail;
      knownErrors = errorPermille;
      knownLatency = latencyFactor;
      knownSlowdown = slowdown;
    }
    const r = result;
    c.metrics.servedRps += r.served;
    served += r.served;
    timeouts += r.timeouts;
    errorsMilli += r.errorsMilli;
    goodMilli += r.goodMilli;
    if (r.rhoPermille > maxRho) maxRho = r.rhoPermille;
    weightedP95 += r.p95Ms * r.served;
    if (setsP95(share, rps) && r.p95Ms > p95) p95 = r.p95Ms;
  }
  const m = s.metrics;
  m.servedRps = served;
  m.errorRps = rps - served;
  m.timeoutRps = timeouts;
  // A backend with 5 % of the requests sets the p95 alone; many small ones set it together.
  m.latencyMsP95 = served > 0 ? Math.max(p95, Math.round(weightedP95 / served)) : 0;
  m.healthyBackends = list.length;
  m.utilisationPermille = maxRho;
  m.cause = failureCause(ix, i, rps, unreachable, timeouts, errorsMilli);
  s.totals.requests += rps;
  s.totals.served += served;
  s.totals.failed += rps - served;
  s.totals.slow += Math.max(0, Math.round((served * 1000 - goodMilli) / 1000));
  recordWindow(s, goodMilli, rps * 1000);
}

function failureCause(ix: BackendIndex, i: number, rps: number, unreachable: number, timeouts: number, errorsMilli: number): ServiceFailureCause {
  if (rps === 0) return '';
  if (ix.selectors[i] === null) return 'no-k8s-service';
  if ((ix.backends[i]?.length ?? 0) === 0) return unreachable > 0 ? 'unreachable-endpoints' : 'no-backends';
  if (unreachable > 0) return 'unreachable-endpoints';
  if (timeouts > 0) return 'overload';
  if (errorsMilli > 0) return 'app-errors';
  return '';
}

/** Latency, errors, timeouts and the SLO window of every service for this tick. */
export function advanceServing(world: World, _sink: EventSink): void {
  if (world.services.size === 0) return;
  const ix = currentBackendIndex(world);
  if (!ix) return;
  const nk = world.nextIndex.kernel;
  const load = kernelLoadFor(nk);
  const counted = kernelCpuWantedNow(world);
  if (counted) {
    // The resources system just summed the same demand over the same containers in the
    // same order (bit-identical sums); only kernels where a container stopped running
    // since (OOM kill, full disk) are summed again, without it.
    load.wanted.set(counted.wanted.subarray(0, nk));
    if (counted.anyEnded) {
      load.marked.set(counted.ended.subarray(0, nk));
      sumMarkedKernels(world, load);
    }
  } else {
    let any = false;
    for (const list of ix.backends) {
      for (const c of list) {
        load.marked[c.kernelIndex] = 1;
        any = true;
      }
    }
    if (any) sumMarkedKernels(world, load);
  }
  const topo = topologyOf(world);
  for (let i = 0; i < ix.services.length; i++) serveService(world, ix, i, load, topo);
}
