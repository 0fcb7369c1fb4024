// How the level reads a service's requests, with the services model's own SLO meaning of
// "good": answered without error and within the latency SLO. Both the objective windows
// and the score read the running totals, so a tick the serving system skipped adds nothing.
import type { Service } from '../services/model.ts';

export interface RequestCounts {
  good: number;
  total: number;
}

/** Requests since the world began (the level starts with the world). */
export function runRequests(s: Service): RequestCounts {
  const total = Math.round(s.totals.requests);
  const good = Math.max(0, Math.min(total, Math.round(s.totals.served - s.totals.slow)));
  return { good, total };
}

/** The p95 latency of the last tick, whole ms, and the requests it is weighted by. */
export function tickLatency(s: Service): { ms: number; weight: number } {
  return { ms: Math.round(s.metrics.latencyMsP95), weight: Math.round(s.metrics.servedRps) };
}
