// The SLO window of a service: per-tick counts of good and total requests in a ring
// buffer (in thousandths of a request, so a 0.1 % error rate at 20 req/s is not rounded
// away), and what objectives, alerts and `service list` read from it: availability
// over the last N ticks and how much of the error budget is left.
import type { Service } from './model.ts';

/** An empty window of `size` ticks. */
export function emptyWindow(size: number): Service['sloWindow'] {
  return { good: new Array<number>(size).fill(0), total: new Array<number>(size).fill(0), cursor: 0, size };
}

/** Records one tick: `goodMilli` of `totalMilli` thousandths of a request were good. */
export function recordWindow(service: Service, goodMilli: number, totalMilli: number): void {
  const w = service.sloWindow;
  w.good[w.cursor] = goodMilli;
  w.total[w.cursor] = totalMilli;
  w.cursor = (w.cursor + 1) % w.size;
}

/** Good and total requests (thousandths) over the last `windowTicks` ticks (at most the window's size). */
export function windowCounts(service: Service, windowTicks: number = service.sloWindow.size): { good: number; total: number } {
  const w = service.sloWindow;
  const n = Math.min(Math.max(0, windowTicks), w.size);
  let good = 0;
  let total = 0;
  for (let k = 1; k <= n; k++) {
    const i = (w.cursor - k + w.size) % w.size;
    good += w.good[i] ?? 0;
    total += w.total[i] ?? 0;
  }
  return { good, total };
}

/**
 * Share of good requests over the last `windowTicks` ticks, per-mille, rounded down (99.95 %
 * is 999, never 1000); 1000 when no request arrived.
 */
export function serviceAvailabilityPermille(service: Service, windowTicks: number = service.sloWindow.size): number {
  const { good, total } = windowCounts(service, windowTicks);
  return total > 0 ? Math.floor((good * 1000) / total) : 1000;
}

/** Same, per-million, for displays that need 99.95 %. */
export function serviceAvailabilityPpm(service: Service, windowTicks: number = service.sloWindow.size): number {
  const { good, total } = windowCounts(service, windowTicks);
  return total > 0 ? Math.floor((good * 1_000_000) / total) : 1_000_000;
}

/**
 * Error budget left over the SLO window, per-mille of the budget: 1000 with no bad request,
 * 0 when the window's bad requests reach (1 − SLO) of its requests, negative once overspent.
 */
export function errorBudgetRemainingPermille(service: Service, windowTicks: number = service.sloWindow.size): number {
  const { good, total } = windowCounts(service, windowTicks);
  if (total <= 0) return 1000;
  const allowed = total * (1000 - service.slo.availabilityPermille);
  if (allowed <= 0) return good >= total ? 1000 : -1000;
  return 1000 - Math.ceil(((total - good) * 1_000_000) / allowed);
}
