// Seeded choices for incidents: which variant, which target, whether a chance incident
// happens this tick. Every draw advances the world's one generator, so a replay of the
// same seed and commands makes the same choices.
import type { World } from '../model.ts';
import { nextInt } from '../rng.ts';

/** One element of a non-empty list, drawn from the world's generator. */
export function pick<T>(world: World, list: readonly T[]): T {
  return list[nextInt(world, list.length)] as T;
}
