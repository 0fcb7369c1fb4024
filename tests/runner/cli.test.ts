// The real `npm run sim` entry point, spawned as a user would run it. Every spawn
// starts in parallel in beforeAll (each tsx start costs about half a second).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function sim(args: string[], stdin = ''): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/sim.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const SCRIPT = ['# a tour of the runner', 'help', '', 'nosuchtool --now', 'wait 90s', 'wait later', 'help', 'wait 2m'].join('\n');

function summary(run: Run): Record<string, unknown> {
  const last = run.stdout.trimEnd().split('\n').pop() ?? '';
  return JSON.parse(last) as Record<string, unknown>;
}

const runs: Record<string, Run> = {};

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nines-sim-'));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, JSON.stringify({ id: 'broken', title: { en: 'x', ko: 'x' }, defaultDockerHost: 'h1', hostTypes: {}, racks: [{ id: 'r', hosts: [{ id: 'h1', type: 'nope', role: 'hypervisor' }] }] }));
  // Valid by the schema, but names a host type that does not exist: createWorld refuses it.
  const inconsistent = join(dir, 'inconsistent.json');
  writeFileSync(inconsistent, JSON.stringify({ id: 'inconsistent', title: { en: 'x', ko: 'x' }, defaultDockerHost: 'h1', hostTypes: {}, racks: [{ id: 'r', hosts: [{ id: 'h1', type: 'nope', role: 'container-host' }] }] }));
  const jobs: Record<string, Promise<Run>> = {
    list: sim(['--list']),
    first: sim(['--scenario', 'sandbox', '--seed', '7', '--script', '-', '--json'], SCRIPT),
    again: sim(['--scenario', 'sandbox', '--seed', '7', '--script', '-', '--json'], SCRIPT),
    otherSeed: sim(['--scenario', 'sandbox', '--seed', '8', '--script', '-', '--json'], SCRIPT),
    unknownFlag: sim(['--scenario', 'sandbox', '--script', '-', '--fast']),
    noScenario: sim(['--script', '-']),
    badSeed: sim(['--scenario', 'sandbox', '--script', '-', '--seed', 'abc']),
    noScript: sim(['--scenario', 'sandbox', '--script', join(dir, 'missing.txt')]),
    brokenScenario: sim(['--scenario', broken, '--script', '-']),
    inconsistentScenario: sim(['--scenario', inconsistent, '--script', '-']),
  };
  await Promise.all(Object.entries(jobs).map(async ([k, p]) => (runs[k] = await p)));
}, 60_000);

describe('npm run sim', () => {
  it('--list prints the scenario ids, one a line', () => {
    const ids = runs.list!.stdout.trim().split('\n');
    expect(runs.list!.code).toBe(0);
    expect(ids).toContain('sandbox');
    expect(ids).toContain('bench-10k');
    expect(ids).toEqual([...ids].sort());
  });

  it('prints a transcript: "$ " lines, the bad line\'s error, and goes on after it', () => {
    const { code, stdout, stderr } = runs.first!;
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('$ '))).toEqual(['$ help', '$ nosuchtool --now', '$ wait 90s', '$ wait later', '$ help', '$ wait 2m']);
    expect(lines[lines.indexOf('$ nosuchtool --now') + 1]).toMatch(/not found/);
    expect(lines[lines.indexOf('$ wait later') + 1]).toMatch(/invalid duration "later"/);
    expect(stdout).not.toContain('a tour of the runner');
  });

  it('--json ends with a one-line summary', () => {
    const s = summary(runs.first!);
    expect(s).toMatchObject({ scenario: 'sandbox', seed: 7, tick: 210, gameSeconds: 210, hosts: 4, commands: { ok: 4, failed: 2 } });
    expect(s.stateHash).toMatch(/^[0-9a-f]{16}$/);
  });

  // Another script giving another hash is checked in-process (script.test.ts).
  it('gives the same state hash for the same seed and script, another for another seed', () => {
    const hash = (k: string): unknown => summary(runs[k]!).stateHash;
    expect(hash('again')).toBe(hash('first'));
    expect(runs.again!.stdout).toBe(runs.first!.stdout);
    expect(hash('otherSeed')).not.toBe(hash('first'));
  });

  it('exits with 2 and a clear message, no stack trace, on usage errors', () => {
    const expected: Record<string, RegExp> = {
      unknownFlag: /^sim: unknown option "--fast"/,
      noScenario: /^sim: missing --scenario/,
      badSeed: /^sim: bad --seed "abc"/,
      noScript: /^sim: cannot read script ".*missing\.txt": no such file/,
      brokenScenario: /^sim: scenario .*broken\.json is invalid:\n {2}racks\[0\]\.hosts\[0\]\.hypervisor: a hypervisor host needs/,
      inconsistentScenario: /^sim: scenario .*inconsistent\.json is invalid:\n {2}racks\[0\]\.hosts\[0\]\.type: unknown host type "nope"/,
    };
    for (const [k, re] of Object.entries(expected)) {
      const r = runs[k]!;
      expect({ k, code: r.code }).toEqual({ k, code: 2 });
      expect(r.stderr).toMatch(re);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
  });
});
