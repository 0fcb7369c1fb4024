// The world's fingerprint: every field of every entity, walked in a canonical order
// (object keys sorted, Map and array entries in their deterministic order). Two runs
// with the same seed and commands must print the same hash, bit for bit.
import { StateHasher } from './hash.ts';
import type { World } from './model.ts';

function walk(h: StateHasher, value: unknown): void {
  if (value === null || value === undefined) {
    h.add(null);
  } else if (typeof value === 'number') {
    // Normalise -0 and keep full precision: floats differ only if the run differed.
    h.add(Object.is(value, -0) ? 0 : value);
  } else if (typeof value === 'string' || typeof value === 'boolean') {
    h.add(value);
  } else if (value instanceof Map) {
    h.add(`M${value.size}`);
    for (const [k, v] of value) {
      h.add(String(k));
      walk(h, v);
    }
  } else if (Array.isArray(value)) {
    h.add(`A${value.length}`);
    for (const v of value) walk(h, v);
  } else if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).sort();
    h.add(`O${keys.length}`);
    for (const k of keys) {
      h.add(k);
      walk(h, obj[k]);
    }
  } else {
    h.add(String(value));
  }
}

/** 16 hex characters that change whenever anything in the world differs. */
export function stateHash(world: World): string {
  const h = new StateHasher();
  walk(h, world);
  return h.digest();
}

/**
 * The hash of the simulated datacenter alone, leaving out the log of who typed what:
 * a refused command is logged (the debrief shows mistakes too) but must change nothing else.
 */
export function simulationHash(world: World): string {
  const h = new StateHasher();
  const { commandLog: _log, logSeq: _seq, ...rest } = world;
  walk(h, rest);
  return h.digest();
}
