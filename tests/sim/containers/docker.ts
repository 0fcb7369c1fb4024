// Test helpers for the container tests: run docker lines that must succeed or must be
// refused (and then change nothing), and find a container by name on an engine.
import { expect } from 'vitest';
import type { Container, World } from '../../../shared/sim/model.ts';
import type { SimSession } from '../../../shared/sim/session.ts';
import { simulationHash } from '../../../shared/sim/stateHash.ts';

/** Runs a command that must succeed; returns its output. */
export function ok(sh: SimSession, line: string): string {
  const r = sh.exec(line);
  if (!r.ok) throw new Error(`${line}\n${r.error}`);
  return r.output;
}

/** Runs a command that must be refused without changing the simulated world; returns its error text. */
export function refused(sh: SimSession, line: string): string {
  const before = simulationHash(sh.world);
  const r = sh.exec(line);
  expect(r.ok, `${line} should be refused, printed:\n${r.output}`).toBe(false);
  expect(simulationHash(sh.world), `refused "${line}" changed the world`).toBe(before);
  return r.error;
}

/** The container called `name` on engine `target` (throws when there is none). */
export function named(world: World, name: string, target = 'host-1'): Container {
  for (const c of world.containers.values()) if (c.name === name && c.targetId === target) return c;
  throw new Error(`no container ${name} on ${target}`);
}

/** Advances time one tick at a time until `done` holds; returns the ticks waited (throws after `limit`). */
export function waitUntil(sh: SimSession, done: () => boolean, limit = 600): number {
  for (let t = 0; t <= limit; t++) {
    if (done()) return t;
    sh.wait(1);
  }
  throw new Error(`condition not reached within ${limit} ticks`);
}
