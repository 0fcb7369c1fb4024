// How one backend answers its share of requests, as a queue does: utilisation ρ is the
// CPU the requests need over the CPU the backend can get (its workers, its CFS quota,
// what the kernel and the hypervisor actually granted). Latency is the service time
// stretched by 1/(1−ρ) (M/M/1), by a busy kernel's run queue, by steal and by swapping;
// past ρ = 0.95 the excess waits past the deadline and times out. Rational arithmetic only.
import type { Container } from '../model.ts';
import {
  P95_SHARE_PERMILLE,
  SATURATION_PERMILLE,
  TAIL_BEYOND_PPM,
  TAIL_STEP_PERMILLE,
} from './calibration.ts';
import { concurrencyMillis } from './backends.ts';
import type { Service } from './model.ts';

// Local copies of imported bindings used per backend: under tsx's CommonJS interop each
// access to an import is a getter call, which shows in a loop over thousands of backends.
const SATURATION = SATURATION_PERMILLE;
const TAIL = TAIL_BEYOND_PPM;
const TAIL_STEP = TAIL_STEP_PERMILLE;
const P95_SHARE = P95_SHARE_PERMILLE;
const workersMillis = concurrencyMillis;

/** Utilisation reported when requests arrive but the backend has no CPU for them at all (1000×). */
export const NO_CPU_RHO_PERMILLE = 1_000_000;

/** M/M/1 stretch of the response time, per-mille: 1/(1−ρ), with ρ capped at saturation (at most 20×). */
export function queueFactorPermille(rhoPermille: number): number {
  const rho = Math.min(Math.max(0, rhoPermille), SATURATION);
  return Math.floor(1_000_000 / (1000 - rho));
}

/** Share of requests slower than `sloMs` when the p95 is `p95Ms` (exponential tail, 20^(−slo/p95)), per-million. */
export function slowSharePpm(p95Ms: number, sloMs: number): number {
  if (p95Ms <= 0) return 0;
  const x = Math.floor((sloMs * 1000) / p95Ms);
  const i = Math.floor(x / TAIL_STEP);
  if (i >= TAIL.length - 1) return 0;
  const a = TAIL[i] as number;
  const b = TAIL[i + 1] as number;
  return a - Math.floor(((a - b) * (x - i * TAIL_STEP)) / TAIL_STEP);
}

/**
 * CPU (millicores) the backend can spend on requests this tick: its workers and quota,
 * cut to what it was granted when its own kernel is contended (its fair share), and
 * scaled by its machine's speed (a VM's vCPUs waiting for cores get less done).
 */
export function trafficCpuAvailable(c: Container, speedPermille: number, contended: boolean): number {
  const idle = c.profile.cpuMillis;
  let ceiling = workersMillis(c);
  if (c.cpuLimitMillis > 0 && c.cpuLimitMillis < ceiling) ceiling = c.cpuLimitMillis;
  let avail = Math.floor(((ceiling - idle) * speedPermille) / 1000);
  const m = c.metrics;
  // Cut to its fair share: its own work and the requests share the cut in proportion.
  if (contended && m.starvedPermille > 0 && m.cpuDemandMillis > 0) avail = Math.min(avail, Math.floor((m.cpuUsedMillis * m.trafficCpuMillis) / m.cpuDemandMillis));
  return avail > 0 ? avail : 0;
}

/** What one backend did with its share of requests in one tick. */
export interface BackendServing {
  /** CPU the requests needed over the CPU available, per-mille (NO_CPU_RHO_PERMILLE: none available). */
  rhoPermille: number;
  /** Answered in time (500s excluded), req/s. */
  served: number;
  /** Waited past the deadline, req/s. */
  timeouts: number;
  /** Answered with HTTP 500 by the application, in thousandths of a request. */
  errorsMilli: number;
  /** Answered in time and within the SLO latency, in thousandths of a request. */
  goodMilli: number;
  p95Ms: number;
}

/** A fresh result holder (reused by the per-tick loop to stay allocation-free). */
export function emptyServing(): BackendServing {
  return { rhoPermille: 0, served: 0, timeouts: 0, errorsMilli: 0, goodMilli: 0, p95Ms: 0 };
}

/** How the backend's machine runs this tick (see slowdown.ts). */
export interface CpuConditions {
  /** Service time stretch, per-mille (1000 = none: run-queue wait, steal, swapping). */
  slowdownPermille: number;
  speedPermille: number;
  contended: boolean;
}

/** Serves `share` req/s of `service` on backend `c` under `cpu`; writes the result into `out`. */
export function serveBackend(out: BackendServing, c: Container, service: Service, share: number, cpu: CpuConditions): BackendServing {
  const avail = trafficCpuAvailable(c, cpu.speedPermille, cpu.contended);
  return serveWith(out, service, share, avail, c.profile.errorPermille ?? 0, c.profile.latencyFactorPermille ?? 1000, cpu.slowdownPermille);
}

/**
 * serveBackend once the backend's CPU for requests (`avail`, millicores) is known: a pure
 * function of its arguments, so backends with the same ones (most of a service's, on
 * idle machines) get the same answer and the caller may reuse it.
 */
export function serveWith(out: BackendServing, service: Service, share: number, avail: number, errorPermille: number, latencyFactor: number, slowdownPermille: number): BackendServing {
  const need = share * service.cpuPerRequestMilli;
  const rho = need === 0 ? 0 : avail > 0 ? Math.min(NO_CPU_RHO_PERMILLE, Math.floor((need * 1000) / avail)) : NO_CPU_RHO_PERMILLE;
  let inTime = share;
  if (rho > SATURATION) inTime = Math.min(share, Math.floor((avail * SATURATION) / (1000 * service.cpuPerRequestMilli)));
  const errorsMilli = inTime * errorPermille;
  const p95 = Math.round((service.baseLatencyMs * latencyFactor * slowdownPermille * queueFactorPermille(rho)) / 1e9);
  const answeredMilli = inTime * 1000 - errorsMilli;
  const slowMilli = Math.round((answeredMilli * slowSharePpm(p95, service.slo.latencyMs)) / 1_000_000);
  out.rhoPermille = rho;
  out.served = inTime - Math.round(errorsMilli / 1000);
  out.timeouts = share - inTime;
  out.errorsMilli = errorsMilli;
  out.goodMilli = answeredMilli - slowMilli;
  out.p95Ms = inTime > 0 ? p95 : 0;
  return out;
}

/** Whether a backend carrying `share` of `total` requests is big enough to set the service's p95. */
export function countsForP95(share: number, total: number): boolean {
  return share > 0 && share * 1000 >= total * P95_SHARE;
}
