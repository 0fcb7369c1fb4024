// Test helpers: worlds from the shipped scenarios or from small inline scenarios, and a
// terminal-like session to run command lines against them.
import sandboxJson from '../../shared/scenarios/sandbox.json';
import { parseScenario, type ScenarioFile } from '../../shared/sim/scenario/schema.ts';
import { createWorld } from '../../shared/sim/world.ts';
import { SimSession } from '../../shared/sim/session.ts';
import type { World } from '../../shared/sim/model.ts';

export function loadScenarioJson(data: unknown): ScenarioFile {
  const r = parseScenario(data);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

export function sandboxScenario(): ScenarioFile {
  return loadScenarioJson(sandboxJson);
}

/** A fresh sandbox world and a console session on it. */
export function sandbox(seed = 1): { world: World; sh: SimSession } {
  const world = createWorld(sandboxScenario(), seed);
  return { world, sh: new SimSession(world) };
}

/** The sandbox with parts of its JSON overridden (e.g. smaller disks for a test). */
export function sandboxWith(patch: (json: Record<string, unknown>) => void, seed = 1): { world: World; sh: SimSession } {
  const json = structuredClone(sandboxJson) as unknown as Record<string, unknown>;
  patch(json);
  const world = createWorld(loadScenarioJson(json), seed);
  return { world, sh: new SimSession(world) };
}
