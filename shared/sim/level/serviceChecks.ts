// Objectives on a service's requests over a rolling window ("availability >= 99 % over the
// last 10 minutes"). Each tick samples the service once; the verdict waits until the
// window is full, so a level cannot be won before enough time has been watched.
import type { World } from '../model.ts';
import { clock } from '../units.ts';
import { percentText, targetText } from './format.ts';
import type { ObjectiveCheck, ObjectiveState } from './model.ts';
import { pushWindow, windowFull } from './objectiveState.ts';
import { runRequests, tickLatency } from './serviceSample.ts';

export interface CheckResult {
  met: boolean;
  /** For always-objectives: the condition is broken now (not merely unknown yet). */
  violated: boolean;
  progress: string;
}

type AvailabilityCheck = Extract<ObjectiveCheck, { kind: 'service-availability' }>;
type LatencyCheck = Extract<ObjectiveCheck, { kind: 'service-latency' }>;

function warming(filled: number, size: number): CheckResult {
  return { met: false, violated: false, progress: `${clock(filled)}/${clock(size)}` };
}

/** Availability over the window in milli-percent; a window without requests counts as 100 %. */
export function windowAvailability(state: ObjectiveState): number {
  const w = state.ring;
  if (!w || w.sumB <= 0) return 100_000;
  return Math.floor((w.sumA * 100_000) / w.sumB);
}

/** Samples this tick and judges availability over the window. */
export function checkAvailability(world: World, c: AvailabilityCheck, state: ObjectiveState): CheckResult {
  const w = state.ring;
  const s = world.services.get(c.service);
  if (!w) return { met: false, violated: false, progress: '' };
  const r = s ? runRequests(s) : { good: w.prevA, total: w.prevB };
  // This tick's requests are what the running totals gained since the last tick.
  pushWindow(w, r.good - w.prevA, r.total - w.prevB);
  w.prevA = r.good;
  w.prevB = r.total;
  if (!windowFull(w)) return warming(w.filled, w.a.length);
  const ok = w.sumB === 0 || w.sumA * 100_000 >= c.minMilliPercent * w.sumB;
  return { met: ok, violated: !ok, progress: `${percentText(windowAvailability(state))} ${ok ? '>=' : '<'} ${targetText(c.minMilliPercent)}` };
}

/** Samples this tick and judges the request-weighted mean p95 latency over the window. */
export function checkLatency(world: World, c: LatencyCheck, state: ObjectiveState): CheckResult {
  const w = state.ring;
  const s = world.services.get(c.service);
  if (!w) return { met: false, violated: false, progress: '' };
  const l = s ? tickLatency(s) : { ms: 0, weight: 0 };
  pushWindow(w, l.ms * l.weight, l.weight);
  if (!windowFull(w)) return warming(w.filled, w.a.length);
  const mean = w.sumB > 0 ? Math.round(w.sumA / w.sumB) : 0;
  const ok = mean <= c.maxMs;
  return { met: ok, violated: !ok, progress: `${mean}ms ${ok ? '<=' : '>'} ${c.maxMs}ms` };
}
