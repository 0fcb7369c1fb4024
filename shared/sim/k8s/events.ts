// Kubernetes events as the API server keeps them: one record per (object, reason,
// message, type, source), seen again → its count grows and its last-seen time moves,
// as kubectl shows with `(x5 over 10m)`. Old events expire (TTL 1 h) and the list is
// capped, so a crash loop that runs all day costs one record, not thousands.
import type { World } from '../model.ts';
import { K8S_EVENTS_KEPT, K8S_EVENT_TTL_TICKS } from '../realism.ts';
import type { K8sEvent } from './model.ts';

export interface NewEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  /** `pod/web-7d9c…`, `node/host-1`. */
  object: string;
  message: string;
  /** `default-scheduler`, `kubelet`, `node-controller`, … */
  source: string;
}

/** How far back a repeat is looked for (the real correlator keeps an LRU of recent keys). */
const DEDUPE_WINDOW = 64;

function same(a: K8sEvent, b: NewEvent): boolean {
  return a.object === b.object && a.reason === b.reason && a.message === b.message && a.type === b.type && a.source === b.source;
}

/** Records an event at the world's tick, or counts a repeat of a recent identical one. */
export function recordEvent(world: World, e: NewEvent): void {
  const events = world.k8s.events;
  const stop = Math.max(0, events.length - DEDUPE_WINDOW);
  for (let i = events.length - 1; i >= stop; i--) {
    const old = events[i] as K8sEvent;
    if (!same(old, e)) continue;
    old.count++;
    old.lastTick = world.tick;
    // Newest last: a repeated event moves to the end, where `kubectl get events` shows it.
    if (i !== events.length - 1) {
      events.splice(i, 1);
      events.push(old);
    }
    return;
  }
  events.push({ firstTick: world.tick, lastTick: world.tick, count: 1, type: e.type, reason: e.reason, object: e.object, message: e.message, source: e.source });
  let drop = 0;
  while (drop < events.length && (events[drop] as K8sEvent).lastTick < world.tick - K8S_EVENT_TTL_TICKS) drop++;
  drop = Math.max(drop, events.length - K8S_EVENTS_KEPT);
  if (drop > 0) events.splice(0, drop);
}

/** Events about one object (`pod/web-…`), oldest first. */
export function eventsFor(world: World, object: string): K8sEvent[] {
  return world.k8s.events.filter((e) => e.object === object);
}
