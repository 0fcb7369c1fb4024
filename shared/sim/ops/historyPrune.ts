// Dropping stale metric series without a pause. Every `stale` ticks the history drops
// the series nobody wrote for more than `stale` ticks (their container or VM is gone).
// A single pass over some 20,000 series at the reference size stalled that one tick, so
// the series are looked at a slice per tick ahead of the prune tick instead, and only
// those that already looked stale then are checked again on the prune tick. The result
// is the same as the single pass: a series' lastTick only grows, so one written recently
// enough when looked at cannot be stale on the prune tick, and series created meanwhile
// are recent. A cache of storage keyed by the history Map: any doubt means a full pass.
import type { MetricSeries } from './model.ts';

interface Scan {
  /** The prune tick this scan prepares. */
  due: number;
  it: Iterator<[string, MetricSeries]> | null;
  done: boolean;
  /** Series that looked stale when seen, with their keys. */
  keys: string[];
  series: MetricSeries[];
}

/** Ticks into the window before looking: series written every few ticks then all look recent. */
const START_AFTER_TICKS = 50;

const scans = new WeakMap<Map<string, MetricSeries>, Scan>();

/** Looks at this tick's slice of `history` ahead of the next prune (ticks that are multiples of `stale`). */
export function scanAhead(history: Map<string, MetricSeries>, tick: number, stale: number): void {
  const due = Math.ceil(tick / stale) * stale;
  if (due === tick || tick < due - stale + START_AFTER_TICKS) return;
  let scan = scans.get(history);
  if (!scan || scan.due !== due) {
    scan = { due, it: null, done: false, keys: [], series: [] };
    scans.set(history, scan);
  }
  if (scan.done) return;
  scan.it ??= history.entries();
  // Spread so that the scan ends well before the prune tick.
  let budget = Math.ceil(history.size / (stale - 2 * START_AFTER_TICKS)) + 1;
  while (budget-- > 0) {
    const r = scan.it.next();
    if (r.done) {
      scan.done = true;
      return;
    }
    const [key, s] = r.value;
    if (s.lastTick < due - stale) {
      scan.keys.push(key);
      scan.series.push(s);
    }
  }
}

/** Drops every series of `history` not written for more than `stale` ticks, as of `tick`. Returns whether any went. */
export function pruneStale(history: Map<string, MetricSeries>, tick: number, stale: number): boolean {
  const scan = scans.get(history);
  scans.delete(history);
  let dropped = false;
  const stillStale = (s: MetricSeries): boolean => tick - s.lastTick > stale;
  if (scan && scan.due === tick && scan.it) {
    for (let i = 0; i < scan.keys.length; i++) {
      const key = scan.keys[i] as string;
      const s = scan.series[i] as MetricSeries;
      if (history.get(key) === s && stillStale(s)) {
        history.delete(key);
        dropped = true;
      }
    }
    // Whatever the scan had not reached yet (series added late in the window) is checked now.
    for (let r = scan.done ? null : scan.it.next(); r && !r.done; r = scan.it.next()) {
      const [key, s] = r.value;
      if (stillStale(s)) {
        history.delete(key);
        dropped = true;
      }
    }
    return dropped;
  }
  for (const [key, s] of history) {
    if (stillStale(s)) {
      history.delete(key);
      dropped = true;
    }
  }
  return dropped;
}
