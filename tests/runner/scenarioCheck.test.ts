// `npm run scenario:check`: each problem as `file: path: message` (broken JSON, the
// schema, the world's consistency checks, the level's), `ok <file>` for good files, and
// the exit code CI relies on. Every shipped scenario passes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkScenarioFile, runScenarioCheck } from '../../server/cli/scenarioCheck.ts';
import { SCENARIO_DIR, listScenarioIds } from '../../server/scenarios/catalog.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const MINI = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/level-mini.json'), 'utf8')) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'nines-check-'));

/** The fixture level with `change` applied, written to a temp file. */
function variant(name: string, change: (json: Record<string, unknown>) => void): string {
  const json = structuredClone(MINI);
  change(json);
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

function level(json: Record<string, unknown>): Record<string, unknown> {
  return json.level as Record<string, unknown>;
}

describe('checkScenarioFile', () => {
  it('passes every shipped scenario and the test fixture', () => {
    for (const id of listScenarioIds()) expect([id, checkScenarioFile(join(SCENARIO_DIR, `${id}.json`))]).toEqual([id, []]);
    expect(checkScenarioFile(resolve(ROOT, 'tests/fixtures/level-mini.json'))).toEqual([]);
  });

  it('reports broken JSON and missing files without a path inside the file', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"id": "x",');
    expect(checkScenarioFile(broken)).toEqual([expect.stringMatching(/^\(file\): broken\.json is not valid JSON: /)]);
    expect(checkScenarioFile(join(dir, 'missing.json'))).toEqual([`(file): cannot read ${join(dir, 'missing.json')}: no such file`]);
  });

  it('reports schema problems with their path', () => {
    const path = variant('schema', (j) => {
      level(j).stars = { one: 10, two: 5, three: 20 };
      level(j).hints = [{ id: 'run', cost: -1, text: { en: 'x', ko: 'y' } }];
    });
    expect(checkScenarioFile(path)).toEqual([
      'level.hints[0].cost: Too small: expected number to be >=0',
      'level.stars: thresholds must increase: one < two < three (got 10, 5, 20)',
    ]);
  });

  it('reports references the world cannot satisfy, after the schema passes', () => {
    const path = variant('refs', (j) => {
      level(j).objectives = [
        { id: 'slo', title: { en: 'a', ko: '가' }, kind: 'service-availability', service: 'shop', min: 99, window: '1m' },
        { id: 'img', title: { en: 'b', ko: '나' }, kind: 'running', image: 'nginx:1.25', on: 'host-7', min: 1 },
      ];
      j.preload = ['nginx:9'];
    });
    expect(checkScenarioFile(path)).toEqual([
      'preload[0]: "nginx:9" is not an image of this scenario',
      'level.objectives[0].service: unknown service "shop" (the scenario defines no services)',
      'level.objectives[1].on: "host-7" is not a host or VM of this scenario',
    ]);
  });
});

describe('runScenarioCheck', () => {
  it('prints "ok <file>" or "file: path: message" lines and exits 1 when any file is bad', () => {
    const good = resolve(ROOT, 'tests/fixtures/level-mini.json');
    const bad = variant('bad-one', (j) => (level(j).duration = 'soon'));
    const out: string[] = [];
    const code = runScenarioCheck([good, bad], (l) => out.push(l), () => {});
    expect(code).toBe(1);
    expect(out).toEqual([`ok ${good}`, `${bad}: level.duration: expected a duration such as 90s, 10m or 1h30m, got "soon"`]);
    expect(runScenarioCheck([good], () => {}, () => {})).toBe(0);
  });

  it('needs at least one file', () => {
    const err: string[] = [];
    expect(runScenarioCheck([], () => {}, (l) => err.push(l))).toBe(2);
    expect(err[0]).toMatch(/^scenario:check: no file given\nUsage: npm run scenario:check/);
  });

  it('runs as a command with the same exit codes', async () => {
    const bad = variant('bad-cli', (j) => (j.defaultDockerHost = 'host-9'));
    const run = await new Promise<{ code: number | null; stdout: string }>((done, fail) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/scenarioCheck.ts', 'shared/scenarios/sandbox.json', bad], { cwd: ROOT });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout }));
    });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toEqual([
      'ok shared/scenarios/sandbox.json',
      `${bad}: defaultDockerHost: "host-9" is not a container host or running Linux VM of this scenario`,
      '',
    ]);
  }, 30_000);
});
