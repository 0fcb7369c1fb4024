// A broken scenario is refused with problems precise enough to fix the file by hand:
// `path: message` from the schema, then consistency problems from createWorld.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sandboxJson from '../../shared/scenarios/sandbox.json';
import { parseScenario } from '../../shared/sim/scenario/schema.ts';
import { ScenarioError, createWorld } from '../../shared/sim/world.ts';
import { compareScenarioIds, listScenarioIds, readScenario } from '../../server/scenarios/catalog.ts';
import { ScenarioLoadError, loadScenario } from '../../server/scenarios/loadScenario.ts';

function sandboxCopy(): Record<string, any> {
  return structuredClone(sandboxJson) as Record<string, any>;
}

describe('scenario validation', () => {
  it('names the path of each schema problem', () => {
    const json = sandboxCopy();
    json.hostTypes['cs-8'].memory = 'lots';
    json.racks[1].hosts[0].hypervisor = undefined;
    json.images[3].steps[0].sizeMiB = -1;
    json.containers = [{ image: 'nginx:1.25', on: 'host-1' }];
    const r = parseScenario(json);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(expect.arrayContaining([
      'hostTypes.cs-8.memory: expected a size such as 512m, 4g, 4Gi or a number of MiB, got "lots"',
      'racks[1].hosts[0].hypervisor: a hypervisor host needs "hypervisor": "type1" or "type2"',
      expect.stringMatching(/^images\[3\]\.steps\[0\]\.sizeMiB: /),
      'containers[0]: give "name" (one container) or "namePrefix" with "count"',
    ]));
    expect(r.errors).toHaveLength(4);
  });

  it('lists every consistency problem createWorld finds', () => {
    const json = sandboxCopy();
    json.racks[0].hosts[1].type = 'cs-99';
    json.containers = [{ name: 'web', image: 'nginx:9', on: 'host-1' }, { name: 'db', image: 'nginx:1.25', on: 'host-9' }];
    const r = parseScenario(json);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    let problems: string[] = [];
    try {
      createWorld(r.scenario, 1);
    } catch (err) {
      expect(err).toBeInstanceOf(ScenarioError);
      problems = (err as ScenarioError).problems;
    }
    expect(problems).toEqual([
      'racks[0].hosts[1].type: unknown host type "cs-99" (known: cs-16, cs-8, hv-32, ws-8)',
      'containers[0].image: "nginx:9" is not an image of this scenario',
      'containers[1].on: "host-9" is not a running container host or VM',
    ]);
  });
});

describe('scenario catalog', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nines-scenarios-'));
  writeFileSync(join(dir, 'sandbox.json'), JSON.stringify(sandboxJson));
  writeFileSync(join(dir, 'level-02-b.json'), '{}');
  writeFileSync(join(dir, 'level-01-a.json'), 'not json');
  writeFileSync(join(dir, 'notes.txt'), 'ignored');

  it('lists ids from the .json files in a stable order', () => {
    expect(listScenarioIds(dir)).toEqual(['level-01-a', 'level-02-b', 'sandbox']);
    expect(['b', 'a', 'c'].sort(compareScenarioIds)).toEqual(['a', 'b', 'c']);
  });

  it('reads by id or by path, and explains each failure', () => {
    const byId = readScenario('sandbox', dir);
    expect(byId.ok && byId.scenario.id).toBe('sandbox');
    const byPath = readScenario(join(dir, 'sandbox.json'), dir);
    expect(byPath.ok && byPath.scenario.id).toBe('sandbox');
    expect(readScenario('nosuch', dir)).toEqual({ ok: false, kind: 'unknown', path: null, errors: [expect.stringContaining('unknown scenario "nosuch" (known: level-01-a, level-02-b, sandbox')] });
    expect(readScenario('level-01-a', dir)).toMatchObject({ ok: false, kind: 'unreadable', errors: [expect.stringMatching(/^level-01-a\.json is not valid JSON: /)] });
    expect(readScenario('level-02-b', dir)).toMatchObject({ ok: false, kind: 'invalid', errors: expect.arrayContaining(['id: Invalid input: expected string, received undefined']) });
    expect(readScenario(join(dir, 'gone.json'), dir)).toMatchObject({ ok: false, errors: [expect.stringMatching(/gone\.json: no such file$/)] });
  });

  it('loadScenario takes shipped ids only and throws with the problems', () => {
    expect(loadScenario('sandbox').id).toBe('sandbox');
    expect(() => loadScenario('../../etc/passwd')).toThrow(ScenarioLoadError);
    expect(() => loadScenario('level-02-b', dir)).toThrow(/id: Invalid input/);
  });
});
