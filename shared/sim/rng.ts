// Seeded pseudo-random numbers for the simulation. The state is a single uint32 kept
// in the world (world.rng), so a saved world carries its own random future.
import type { World } from './model.ts';

/** Turns any integer seed into a non-zero xorshift state (zero would stay zero forever). */
export function seedState(seed: number): number {
  let s = (seed ^ 0x9e3779b9) >>> 0;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
  s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35) >>> 0;
  s = (s ^ (s >>> 16)) >>> 0;
  return s === 0 ? 0x6d2b79f5 : s;
}

/** Next uint32 from the world's xorshift32 generator; advances world.rng. */
export function nextU32(world: World): number {
  let x = world.rng;
  x ^= x << 13;
  x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5;
  x >>>= 0;
  world.rng = x;
  return x;
}

/** Uniform integer in [0, n). */
export function nextInt(world: World, n: number): number {
  return nextU32(world) % n;
}

/** Lower-case hex string of the given length drawn from the generator (docker-style ids). */
export function nextHex(world: World, length: number): string {
  let out = '';
  while (out.length < length) out += nextU32(world).toString(16).padStart(8, '0');
  return out.slice(0, length);
}
