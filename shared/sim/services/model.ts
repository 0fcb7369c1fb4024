// Customer-facing services (data only): the applications whose requests earn money and
// whose SLO the players defend. Requests enter through a load balancer and are spread
// over the healthy backends; latency follows utilisation as a queue does.

/** Requests per second over a game day, with seeded noise and scheduled spikes. */
export interface TrafficSpec {
  baseRps: number;
  peakRps: number;
  /** Length of the simulated day in ticks (a level may compress a day; ratios are kept). */
  dayTicks: number;
  /** Tick within the day of the peak. */
  peakAtTick: number;
  /** Random variation, per-mille of the curve (seeded). */
  noisePermille: number;
  spikes: { atTick: number; durationTicks: number; factorPermille: number }[];
}

/** Where requests enter: a load balancer that discovers labelled containers, or a k8s Service. */
export type ServiceEntry = { kind: 'labels'; selector: Record<string, string> } | { kind: 'k8s-service'; name: string };

/**
 * Why requests failed in the last tick, worst first: nothing to send them to, a k8s
 * Service that does not exist, endpoints that no longer answer, overloaded backends
 * (timeouts), or the application answering 500s. '' when nothing failed.
 */
export type ServiceFailureCause = '' | 'no-backends' | 'no-k8s-service' | 'unreachable-endpoints' | 'overload' | 'app-errors';

export interface ServiceMetrics {
  offeredRps: number;
  servedRps: number;
  errorRps: number;
  /** Requests that waited past the deadline on saturated backends (part of errorRps). */
  timeoutRps: number;
  /** 95th percentile latency, ms (0 when nothing was served). */
  latencyMsP95: number;
  healthyBackends: number;
  /** Highest backend utilisation, per-mille (above 1000: more work than CPU). */
  utilisationPermille: number;
  cause: ServiceFailureCause;
}

export interface Service {
  name: string;
  entry: ServiceEntry;
  port: number;
  traffic: TrafficSpec;
  /** CPU work per request, millicore-seconds (5 → one core serves 200 req/s). */
  cpuPerRequestMilli: number;
  /** p95 latency at low load, ms (the service time; queueing multiplies it). */
  baseLatencyMs: number;
  slo: { availabilityPermille: number; latencyMs: number };
  /** Revenue per 1,000 served requests, in game cents. */
  revenuePerKiloRequestCents: number;
  /** Extra traffic factor set by incidents (1000 = none). */
  trafficFactorPermille: number;
  metrics: ServiceMetrics;
  totals: { requests: number; served: number; failed: number; slow: number };
  /**
   * Per-tick good/total request counts of the SLO window (ring buffers), for
   * "availability over the last N minutes" and the error budget.
   */
  sloWindow: { good: number[]; total: number[]; cursor: number; size: number };
}

/** Readings of a service before its first tick. */
export function emptyServiceMetrics(): ServiceMetrics {
  return { offeredRps: 0, servedRps: 0, errorRps: 0, timeoutRps: 0, latencyMsP95: 0, healthyBackends: 0, utilisationPermille: 0, cause: '' };
}
