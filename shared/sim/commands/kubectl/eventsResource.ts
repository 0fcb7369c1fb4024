// `events` for kubectl get: `LAST SEEN  TYPE  REASON  OBJECT  MESSAGE`, oldest first,
// a repeated event once with its count (`46s (x4 over 2m)`).
import type { K8sEvent } from '../../k8s/model.ts';
import { eventAge } from './format.ts';
import type { ResourceType } from './resources.ts';

/** Events have generated names: `<object>.<hex of first sighting>`. */
function eventName(e: K8sEvent, index: number): string {
  return `${e.object.replace(/^[a-z]+\//, '')}.${(e.firstTick * 4096 + index).toString(16).padStart(16, '0')}`;
}

/** The event a generated name points at (its position is in the name's low 12 bits). */
function eventAt(events: readonly K8sEvent[], name: string): K8sEvent | undefined {
  const hex = /\.([0-9a-f]{16})$/.exec(name)?.[1];
  if (hex === undefined) return undefined;
  const index = parseInt(hex.slice(-3), 16);
  const e = events[index];
  return e && eventName(e, index) === name ? e : undefined;
}

export const EVENTS: ResourceType = {
  plural: 'events',
  singular: 'event',
  shortNames: ['ev'],
  qualified: 'event',
  namespaced: true,
  names: (world) => world.k8s.events.map(eventName),
  exists: (world, name) => eventAt(world.k8s.events, name) !== undefined,
  header: (wide) => (wide ? ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'SUBOBJECT', 'SOURCE', 'MESSAGE', 'FIRST SEEN', 'COUNT', 'NAME'] : ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']),
  row: (world, name, wide) => {
    const e = eventAt(world.k8s.events, name) as K8sEvent;
    const last = eventAge({ ...e, count: 1 }, world.tick);
    if (!wide) return [e.count > 1 ? eventAge(e, world.tick) : last, e.type, e.reason, e.object, e.message];
    return [last, e.type, e.reason, e.object, '', e.source, e.message, eventAge({ ...e, count: 1, lastTick: e.firstTick }, world.tick), String(e.count), name];
  },
};
