// Entries of the small keyed collections (hosts, VMs, services, deployments, alerts,
// incidents, transfers): found by stable id and updated in place, created when new,
// deleted only when the entity is gone from the world (rare, and in small maps).
import type { MapSchema, Schema } from '@colyseus/schema';

/** The child for `key`, created (and added) when the map has none yet. */
export function entryOf<S extends Schema>(map: MapSchema<S>, key: string, create: () => S): S {
  let child = map.get(key);
  if (child === undefined) {
    child = create();
    map.set(key, child);
  }
  return child;
}

/**
 * Deletes the entries whose key is no longer in the world. `present` is how many entries
 * this pass wrote (each under a distinct key): when it equals the map's size, nothing is
 * gone and the keys are not even listed.
 */
export function removeMissing<S extends Schema>(map: MapSchema<S>, present: number, keys: () => Iterable<string>): void {
  if (map.size <= present) return;
  const keep = new Set(keys());
  for (const key of [...map.keys()]) if (!keep.has(key)) map.delete(key);
}
