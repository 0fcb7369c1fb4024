// The level part of a scenario file: optional (sandboxes load unchanged), and a broken
// one is refused with `path: message` lines precise enough to fix it by hand, first by
// the schema, then by the world's reference checks.
import { describe, expect, it } from 'vitest';
import sandboxJson from '../../../shared/scenarios/sandbox.json';
import { parseScenario } from '../../../shared/sim/scenario/schema.ts';
import { ScenarioError, createWorld } from '../../../shared/sim/world.ts';
import { loadScenarioJson } from '../../helpers/sim.ts';
import { SHOP_WEB, TITLE, obj } from './levelWorld.ts';

function levelJson(level: Record<string, unknown>, services: unknown[] = [], incidents: Record<string, unknown> = { allowInject: false }): Record<string, unknown> {
  const json = structuredClone(sandboxJson) as unknown as Record<string, unknown>;
  json.services = services;
  json.incidents = incidents;
  // Without the orchestrator, so that a deployment objective has nothing to refer to.
  delete json.cluster;
  json.level = {
    number: 1,
    briefing: { en: 'b', ko: '브' },
    debrief: { en: 'd', ko: '디' },
    duration: '10m',
    objectives: [obj('ok', 'no-oom-kills')],
    stars: { one: 100, two: 200, three: 300 },
    ...level,
  };
  return json;
}

function schemaErrors(level: Record<string, unknown>): string[] {
  const r = parseScenario(levelJson(level));
  return r.ok ? [] : r.errors;
}

function worldProblems(level: Record<string, unknown>, services: unknown[] = [], incidents?: Record<string, unknown>): string[] {
  try {
    createWorld(loadScenarioJson(levelJson(level, services, incidents)), 1);
    return [];
  } catch (err) {
    if (err instanceof ScenarioError) return err.problems;
    throw err;
  }
}

describe('level schema', () => {
  it('fills defaults and turns durations into ticks', () => {
    const world = createWorld(loadScenarioJson(levelJson({ objectives: [obj('slo', 'service-availability', { service: 'shop-web', min: 99.5, window: '5m' })] }, [SHOP_WEB])), 1);
    expect(world.level.isLevel).toBe(true);
    expect(world.level.durationTicks).toBe(600);
    expect(world.level.spec?.objectives[0]).toEqual({
      id: 'slo', title: TITLE, mode: 'end', fromTick: 0,
      check: { kind: 'service-availability', service: 'shop-web', minMilliPercent: 99_500, windowTicks: 300 },
    });
    expect(world.level.spec?.scoring).toEqual({ centsPerPoint: 100, sloPoints: 1000, incidentPoints: 200, detectWithinTicks: 600, resolveWithinTicks: 1800 });
    expect(world.level.spec?.endWhenMet).toBe(false);
  });

  it('names an unknown objective kind and lists the known ones', () => {
    expect(schemaErrors({ objectives: [obj('x', 'teleport')] })).toEqual([
      'level.objectives[0].kind: unknown objective kind; expected one of: service-availability, service-latency, running, max-hosts, budget-never-below, no-oom-kills, incident-resolved, deployment-available, image-in-registry, command-used, vm-count, volume-data-kept',
    ]);
  });

  it('wants hint texts in English and Korean, and no unknown keys', () => {
    expect(schemaErrors({ hints: [{ id: 'h', cost: 5, text: { en: 'x' } }] })).toEqual(['level.hints[0].text.ko: Invalid input: expected string, received undefined']);
    expect(schemaErrors({ hints: [{ id: 'h', cost: 5, text: { en: 'x', ko: '' } }] })).toEqual(['level.hints[0].text.ko: the Korean text is empty']);
    expect(schemaErrors({ objectivs: [] })).toEqual(['level: Unrecognized key: "objectivs"']);
  });

  it('checks thresholds, ids, windows, modes and patterns', () => {
    expect(schemaErrors({ stars: { one: 300, two: 200, three: 400 } })).toEqual(['level.stars: thresholds must increase: one < two < three (got 300, 200, 400)']);
    expect(schemaErrors({
      objectives: [
        obj('a', 'no-oom-kills'),
        obj('a', 'running', { min: 1 }),
        obj('b', 'service-latency', { service: 's', maxMs: 100, window: '1h' }),
        obj('c', 'budget-never-below', { dollars: 0, mode: 'end' }),
        obj('d', 'command-used', { pattern: '(' }),
        obj('e', 'vm-count', { min: 3, max: 1 }),
        obj('f', 'incident-resolved', {}),
        obj('g', 'max-hosts', { n: 2, from: '1m' }),
      ],
      hints: [{ id: 'h', cost: 1, text: { en: 'x', ko: '엑스' } }, { id: 'h', cost: 2, text: { en: 'y', ko: '와이' } }],
    })).toEqual([
      'level.objectives[1].id: duplicate objective id "a"',
      'level.objectives[1].kind: "running" needs "selector", "image" or "on" to say which containers count',
      'level.objectives[2].window: a 3600s window can never fill in a 600s level',
      'level.objectives[3].mode: "budget-never-below" is judged on every tick: use "always" or leave "mode" out',
      'level.objectives[4].pattern: not a valid regular expression: Invalid regular expression: /(/: Unterminated group',
      'level.objectives[5].max: max 1 is below min 3',
      'level.objectives[6].kind: "incident-resolved" needs exactly one of "incidentKind" or "incident"',
      'level.objectives[7].from: "from" only applies to "mode": "always"',
      'level.hints[1].id: duplicate hint id "h"',
    ]);
  });

  it('refuses references the world cannot satisfy', () => {
    expect(worldProblems({
      objectives: [
        obj('a', 'service-availability', { service: 'shop-api', min: 99, window: '1m' }),
        obj('b', 'running', { on: 'host-9', min: 1 }),
        obj('c', 'max-hosts', { n: 2, mode: 'always' }),
        obj('d', 'deployment-available', { name: 'web', replicas: 2 }),
        obj('e', 'incident-resolved', { incidentKind: 'kernel-panic' }),
        obj('f', 'image-in-registry', { ref: 'shop/web:1.0', registry: 'my registry' }),
      ],
    }, [SHOP_WEB])).toEqual([
      'level.objectives[0].service: unknown service "shop-api" (known: shop-web)',
      'level.objectives[1].on: "host-9" is not a host or VM of this scenario',
      'level.objectives[2].n: the scenario starts with 4 hosts, so "at most 2" fails at once',
      'level.objectives[3]: this scenario has no orchestrator, so deployment "web" can never exist',
      'level.objectives[4].incidentKind: no "kernel-panic" incident is scheduled before the level ends, can happen by chance, or may be injected in this scenario',
      'level.objectives[5].registry: "my registry" is neither docker.io nor <host-or-vm>:<port>',
    ]);
  });

  it('accepts an incident objective when such an incident is scheduled in time or may be injected', () => {
    const panic = { objectives: [obj('e', 'incident-resolved', { incidentKind: 'host-failure' })] };
    expect(worldProblems(panic, [], { schedule: [{ at: '2m', kind: 'host-failure', target: 'host-2' }] })).toEqual([]);
    expect(worldProblems(panic, [], { schedule: [{ at: '20m', kind: 'host-failure', target: 'host-2' }] })).toHaveLength(1);
    expect(worldProblems(panic, [], { allowInject: true })).toEqual([]);
  });

  it('leaves scenarios without a level part as they were', () => {
    const r = parseScenario(sandboxJson);
    expect(r.ok && r.scenario.level).toBeUndefined();
  });
});
