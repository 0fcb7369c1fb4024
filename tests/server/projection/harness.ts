// Test harness for the state projection: a world from a shipped scenario, a console
// session on it, the synced state with its projector, and an encoder to read patches.
import { Encoder } from '@colyseus/schema';
import { DatacenterState } from '../../../shared/schema/DatacenterState.ts';
import type { Actor } from '../../../shared/sim/commands/types.ts';
import type { World } from '../../../shared/sim/model.ts';
import { SimSession } from '../../../shared/sim/session.ts';
import { createWorld } from '../../../shared/sim/world.ts';
import { loadScenario } from '../../../server/scenarios/loadScenario.ts';
import { createProjector, type WorldProjector } from '../../../server/rooms/projection/projectWorld.ts';

export const FACILITATOR: Actor = { id: 'fac', name: 'instructor', role: 'facilitator', lang: 'en' };

export interface Projected {
  world: World;
  sh: SimSession;
  state: DatacenterState;
  projector: WorldProjector;
  encoder: Encoder;
  /** Runs a command line that must succeed, then projects. Returns its output. */
  run(line: string, actor?: Actor): string;
  /** Advances `ticks` game seconds, projecting after each as the room does. */
  wait(ticks: number): void;
  /** The patch a client would receive now (then forgotten, as after a broadcast). */
  patch(): Buffer;
}

export function projected(seed = 1, scenario = 'sandbox'): Projected {
  const world = createWorld(loadScenario(scenario), seed);
  const sh = new SimSession(world);
  const state = new DatacenterState();
  const projector = createProjector(state);
  const encoder = new Encoder(state);
  projector.project(world);
  return {
    world,
    sh,
    state,
    projector,
    encoder,
    run(line, actor) {
      const r = actor ? sh.exec(line, actor) : sh.exec(line);
      if (!r.ok) throw new Error(`${line}\n${r.error}`);
      projector.project(world);
      return r.output;
    },
    wait(ticks) {
      for (let i = 0; i < ticks; i++) {
        sh.wait(1);
        projector.project(world);
      }
    },
    patch() {
      const bytes = Buffer.from(encoder.encode());
      encoder.discardChanges();
      return bytes;
    },
  };
}

/** The state as plain JSON data. */
export function json(p: Projected): Record<string, any> {
  return p.state.toJSON() as Record<string, any>;
}

/** The entries of a synced map, as plain JSON data, in key order. */
export function values(map: Record<string, any>): Record<string, any>[] {
  return Object.values(map) as Record<string, any>[];
}
