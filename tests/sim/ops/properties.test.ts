// Property: random injections of every kind on random targets, mixed with responses and
// waits, keep every world invariant; a refused injection changes nothing but the log;
// and the same seed and lines give the same incidents and timings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventSink } from '../../../shared/sim/events.ts';
import { checkWorld } from '../../../shared/sim/invariants.ts';
import { INCIDENT_KINDS } from '../../../shared/sim/ops/model.ts';
import { incidentTimings } from '../../../shared/sim/ops/timings.ts';
import { advance, runCommand } from '../../../shared/sim/step.ts';
import { simulationHash, stateHash } from '../../../shared/sim/stateHash.ts';
import { createWorld } from '../../../shared/sim/world.ts';
import { sandboxScenario } from '../../helpers/sim.ts';
import { FACILITATOR } from './helpers.ts';

const SETUP = [
  'docker -H host-1 run -d --name web --restart always -l app=shop-web shop/web:1.0',
  'docker -H host-2 run -d --name db -v pgdata:/var/lib/postgresql/data postgres:16',
  'vm create vm-a --host host-3 --vcpus 2 --memory 4g',
];
const targets = fc.constantFrom('web', 'host-1/web', 'host-2/db', 'host-1', 'host-2', 'host-3', 'host-4', 'vm-a', 'rack-1', 'rack-2', 'docker.io', 'shop-web', 'shop/web:1.0', 'deployment/web', 'nope');
const kinds = fc.constantFrom(...INCIDENT_KINDS, 'meteor');
const responses = fc.constantFrom('host repair host-1', 'host repair host-2', 'host repair host-3', 'vm start vm-a', 'docker -H host-2 start db', 'docker -H host-1 rm -f batch-1', 'alerts', 'incidents', 'alert ack A1');
const op = fc.oneof(
  fc.tuple(kinds, targets).map(([k, t]) => ({ line: `inject ${k} ${t}` })),
  responses.map((line) => ({ line })),
  fc.integer({ min: 1, max: 120 }).map((wait) => ({ wait })),
);

function play(seed: number, ops: ({ line: string } | { wait: number })[]) {
  const world = createWorld(sandboxScenario(), seed);
  let n = 0;
  for (const line of SETUP) runCommand(world, { id: `s${n++}`, actor: FACILITATOR, line }, new EventSink());
  for (let i = 0; i < 40; i++) advance(world, new EventSink());
  for (const o of ops) {
    if ('wait' in o) {
      for (let i = 0; i < o.wait; i++) {
        advance(world, new EventSink());
        const problems = checkWorld(world);
        if (problems.length) throw new Error(`tick ${world.tick}:\n${problems.join('\n')}`);
      }
      continue;
    }
    const before = simulationHash(world);
    const out = runCommand(world, { id: `c${n++}`, actor: FACILITATOR, line: o.line }, new EventSink());
    if ('ok' in out && !out.ok) {
      expect(out.error, o.line).not.toMatch(/internal error/);
      expect(simulationHash(world), `refused "${o.line}" changed the world`).toBe(before);
    }
  }
  return world;
}

describe('incidents under random play', () => {
  it('keep the invariants; refused injections change nothing; replays are identical', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.array(op, { minLength: 1, maxLength: 12 }), (seed, ops) => {
        const a = play(seed, ops);
        const b = play(seed, ops);
        expect(stateHash(b)).toBe(stateHash(a));
        expect(incidentTimings(b)).toEqual(incidentTimings(a));
      }),
      { numRuns: 25 },
    );
  });
});
