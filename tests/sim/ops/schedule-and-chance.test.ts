// Incidents from the scenario: a schedule fires at its game times; seeded chance picks
// kinds, targets and variants from the world's generator, so the same seed and the same
// commands give the same incidents (fair competitions), and another seed others.
import { describe, expect, it } from 'vitest';
import { incidentTimings } from '../../../shared/sim/ops/timings.ts';
import { ScenarioError } from '../../../shared/sim/world.ts';
import { sandboxWith } from '../../helpers/sim.ts';

const containers = [{ name: 'web', image: 'nginx:1.25', on: 'host-1', restart: 'always' }, { name: 'db', image: 'postgres:16', on: 'host-2' }];

function scheduled(seed = 1) {
  return sandboxWith((json) => {
    json.containers = containers;
    json.incidents = { schedule: [{ at: '2m', kind: 'crash', target: 'db' }, { at: 30, kind: 'host-failure', target: 'host-4' }] };
  }, seed);
}

function chance(seed: number) {
  return sandboxWith((json) => {
    json.containers = containers;
    json.incidents = { random: { perHour: 60, kinds: ['crash', 'kernel-panic', 'disk-full', 'bad-release'], after: '1m' } };
  }, seed);
}

describe('scheduled and chance incidents', () => {
  it('fires the schedule at its game times, in time order', () => {
    const { world, sh } = scheduled();
    sh.wait(30);
    expect(world.ops.incidents.size).toBe(0);
    sh.wait(1);
    expect([...world.ops.incidents.values()].map((i) => [i.kind, i.target, i.openedTick, i.source])).toEqual([['host-failure', 'host-4', 30, 'schedule']]);
    sh.wait(100);
    expect(world.ops.incidents.get('INC-2')).toMatchObject({ kind: 'crash', target: 'db', openedTick: 120 });
    expect(incidentTimings(world).map((t) => [t.id, t.ttd, t.ttr === null])).toEqual([['INC-1', null, true], ['INC-2', null, true]]);
  });

  it('draws chance incidents from the seed: the same seed gives the same ones, another seed others', () => {
    const run = (seed: number) => {
      const { world, sh } = chance(seed);
      sh.wait(3600);
      return incidentTimings(world).map((t) => `${t.openedTick} ${t.kind} ${t.target} ${t.variant}`);
    };
    const a = run(5);
    expect(a.length).toBeGreaterThan(10);
    expect(a.every((line) => Number(line.split(' ')[0]) >= 60)).toBe(true);
    expect(run(5)).toEqual(a);
    expect(run(6)).not.toEqual(a);
  });

  it('refuses a schedule with an unknown kind, a wrong variant or a host that does not exist', () => {
    const load = (incidents: unknown) => () => sandboxWith((json) => {
      json.incidents = incidents;
    });
    expect(load({ schedule: [{ at: '1m', kind: 'meteor', target: 'host-1' }] })).toThrow(/incidents\.schedule\[0\]\.kind/);
    expect(load({ schedule: [{ at: '1m', kind: 'bad-release', target: 'web', variant: 'sideways' }] })).toThrow(ScenarioError);
    expect(load({ schedule: [{ at: '1m', kind: 'bad-release', target: 'web', variant: 'sideways' }] })).toThrow('incidents.schedule[0].variant: "sideways" is not a form of bad-release (forms: slow, errors, crash)');
    expect(load({ schedule: [{ at: '1m', kind: 'host-failure', target: 'host-9' }] })).toThrow('incidents.schedule[0].target: host-failure needs a host that is up: no "host-9" here; hosts that are up: host-1, host-2, host-3, host-4');
    expect(load({ schedule: [{ at: 'soon', kind: 'crash', target: 'web' }] })).toThrow(/expected a game time such as 90s/);
  });
});
