// Property tests: random streams of command lines (valid and invalid) and waits never
// break the world's invariants, and a refused command changes nothing but the log.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventSink } from '../../shared/sim/events.ts';
import { checkWorld } from '../../shared/sim/invariants.ts';
import { advance, runCommand } from '../../shared/sim/step.ts';
import { simulationHash } from '../../shared/sim/stateHash.ts';
import { CONSOLE_ACTOR } from '../../shared/sim/session.ts';
import { createWorld } from '../../shared/sim/world.ts';
import { sandboxScenario } from '../helpers/sim.ts';

const names = fc.constantFrom('web', 'db', 'hog', 'reg', 'a');
const images = fc.constantFrom(
  'nginx:1.25', 'shop/web:1.0', 'shop/web:1.1', 'memhog:1.0', 'cpuhog:1.0', 'logspam:1.0', 'postgres:16',
  'ubuntu:22.04', 'legacy/billing:1.0', 'registry:2', 'nope:9', 'host-1:5000/shop/web:1.0', 'BAD REF',
);
const targets = fc.constantFrom('host-1', 'host-2', 'host-3', 'host-4', 'vm-a', 'vm-w', 'nohost');
const sizes = fc.constantFrom('64m', '256m', '1g', '4Gi', '2048', '12x', '0');
const maybe = <T>(arb: fc.Arbitrary<T>, render: (v: T) => string) => fc.option(arb).map((v) => (v === null ? '' : render(v)));

const runLine = fc
  .tuple(
    targets, names, images,
    maybe(sizes, (s) => ` -m ${s}`),
    maybe(fc.constantFrom('0.5', '1', '2', '64', 'x'), (c) => ` --cpus ${c}`),
    maybe(fc.constantFrom('8080:80', '5000:5000', '80', 'x:y'), (p) => ` -p ${p}`),
    maybe(fc.constantFrom('always', 'on-failure', 'no', 'sometimes'), (r) => ` --restart ${r}`),
    maybe(fc.constantFrom('host', 'bridge', 'net1'), (n) => ` --network ${n}`),
    maybe(fc.constantFrom('v1:/var/lib/postgresql/data', 'v2:/data'), (v) => ` -v ${v}`),
    fc.boolean(),
  )
  .map(([t, n, i, m, c, p, r, net, v, userns]) => `docker -H ${t} run -d --name ${n}${m}${c}${p}${r}${net}${v}${userns ? ' --userns' : ''} ${i}`);

const otherLine = fc.oneof(
  fc.tuple(targets, images).map(([t, i]) => `docker -H ${t} pull ${i}`),
  fc.tuple(targets, fc.constantFrom('stop', 'start', 'restart', 'rm', 'rm -f', 'logs', 'inspect', 'exec', 'commit'), names).map(
    ([t, verb, n]) => (verb === 'exec' ? `docker -H ${t} exec ${n} ps` : verb === 'commit' ? `docker -H ${t} commit ${n} snap/${n}:1` : `docker -H ${t} ${verb} ${n}`),
  ),
  fc.tuple(targets, fc.constantFrom('ps -a', 'images', 'stats', 'network ls', 'volume ls')).map(([t, s]) => `docker -H ${t} ${s}`),
  fc.tuple(fc.constantFrom('vm-a', 'vm-w'), fc.constantFrom('host-3', 'host-4', 'host-1'), fc.integer({ min: 0, max: 40 }), sizes, fc.constantFrom('linux', 'windows')).map(
    ([n, h, cpus, mem, os]) => `vm create ${n} --host ${h} --vcpus ${cpus} --memory ${mem} --os ${os}`,
  ),
  fc.tuple(fc.constantFrom('start', 'stop', 'delete', 'inspect'), fc.constantFrom('vm-a', 'vm-w', 'nope')).map(([v, n]) => `vm ${v} ${n}`),
  fc.constantFrom(
    'host list', 'host inspect host-3', 'host cordon host-2', 'host uncordon host-2', 'vm list', 'help', 'explain cgroups',
    'docker build -t shop/web:2.0 shop-web', 'edit shop-web app/', 'docker push shop/web:2.0', 'docker tag shop/web:1.0 host-1:5000/shop/web:1.0',
    'docker push host-1:5000/shop/web:1.0', 'docker -H host-1 run -d --name reg -p 5000:5000 registry:2', 'docker volume create v1',
    'docker volume create --driver replicated v2', 'docker network create net1', 'docker history shop/web:1.1', 'docker rmi nginx:1.25',
  ),
  fc.string({ maxLength: 30 }),
);

type Op = { line: string } | { wait: number };
const ops = fc.array(fc.oneof({ arbitrary: fc.oneof(runLine, otherLine).map((line): Op => ({ line })), weight: 4 }, { arbitrary: fc.integer({ min: 1, max: 90 }).map((wait): Op => ({ wait })), weight: 1 }), {
  minLength: 1,
  maxLength: 35,
});

describe('random command streams', () => {
  const scenario = sandboxScenario();

  it('keep every invariant, and refused commands change nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), ops, (seed, list) => {
        const world = createWorld(scenario, seed);
        let serial = 0;
        for (const op of list) {
          if ('wait' in op) {
            for (let i = 0; i < op.wait; i++) {
              advance(world, new EventSink());
              const problems = checkWorld(world);
              if (problems.length) throw new Error(`after wait, tick ${world.tick}:\n${problems.join('\n')}`);
            }
            continue;
          }
          const before = simulationHash(world);
          const outcome = runCommand(world, { id: `p${++serial}`, actor: CONSOLE_ACTOR, line: op.line }, new EventSink());
          if ('ok' in outcome && !outcome.ok) {
            expect(outcome.error, op.line).not.toMatch(/internal error/);
            expect(simulationHash(world), `refused "${op.line}" changed the world`).toBe(before);
          }
          const problems = checkWorld(world);
          if (problems.length) throw new Error(`after "${op.line}":\n${problems.join('\n')}`);
        }
      }),
      { numRuns: 120 },
    );
  });
});
