// The per-objective memory a level keeps between ticks: a fresh state for each
// objective, and the rolling window sums service objectives sample into (O(1) a tick).
import type { ObjectiveSpec, ObjectiveState, WindowSums } from './model.ts';

/** An empty window over the last `size` ticks. */
export function newWindow(size: number): WindowSums {
  return { a: new Array<number>(size).fill(0), b: new Array<number>(size).fill(0), cursor: 0, filled: 0, sumA: 0, sumB: 0, prevA: 0, prevB: 0 };
}

/** Adds this tick's pair to the window, dropping the pair of `size` ticks ago. */
export function pushWindow(w: WindowSums, a: number, b: number): void {
  const i = w.cursor;
  w.sumA += a - (w.a[i] ?? 0);
  w.sumB += b - (w.b[i] ?? 0);
  w.a[i] = a;
  w.b[i] = b;
  w.cursor = (i + 1) % w.a.length;
  if (w.filled < w.a.length) w.filled++;
}

/** True once the window holds a full `size` ticks of samples. */
export function windowFull(w: WindowSums): boolean {
  return w.filled >= w.a.length;
}

/** The state an objective starts the level in. */
export function newObjectiveState(spec: ObjectiveSpec): ObjectiveState {
  const c = spec.check;
  const ring = c.kind === 'service-availability' || c.kind === 'service-latency' ? newWindow(c.windowTicks) : null;
  return { id: spec.id, met: false, failed: false, progress: '', failedTick: -1, ring, seenLogSeq: 0 };
}
