// The runner's parts in-process: option parsing, script lines, `wait`, and the
// transcript written for commands that succeed, fail, wait for a transfer or cause
// happenings in the world.
import { describe, expect, it } from 'vitest';
import { parseArgs, parseSeed } from '../../server/cli/args.ts';
import { parseWait, runScript, scriptLines, type ScriptSession } from '../../server/cli/script.ts';
import { summarize } from '../../server/cli/summary.ts';
import type { ExecResult } from '../../shared/sim/session.ts';
import { sandbox, sandboxWith } from '../helpers/sim.ts';

function transcript(session: ScriptSession, script: string, events = false): { lines: string[]; ok: number; failed: number } {
  const lines: string[] = [];
  const counts = runScript(session, script, { events }, (l) => lines.push(l));
  return { lines, ...counts };
}

describe('runner options', () => {
  it('reads a full run request, with defaults for seed and language', () => {
    expect(parseArgs(['--scenario', 'sandbox', '--script', 'play.txt'])).toEqual({
      ok: true,
      request: { mode: 'run', scenario: 'sandbox', script: 'play.txt', seed: 1, json: false, lang: 'en', events: false },
    });
    const r = parseArgs(['--scenario=bench-10k', '--script', '-', '--seed', '42', '--json', '--lang', 'ko', '--events']);
    expect(r).toMatchObject({ ok: true, request: { scenario: 'bench-10k', script: '-', seed: 42, json: true, lang: 'ko', events: true } });
    expect(parseArgs(['--list'])).toEqual({ ok: true, request: { mode: 'list' } });
  });

  it('refuses mistakes with a one-line reason', () => {
    const error = (argv: string[]): string => {
      const r = parseArgs(argv);
      return r.ok ? 'accepted' : r.error;
    };
    expect(error(['--scenario', 'sandbox', '--script', 'x', '--speed', '2'])).toBe('unknown option "--speed"');
    expect(error(['--script', 'x'])).toMatch(/^missing --scenario/);
    expect(error(['--scenario', 'sandbox'])).toMatch(/^missing --script/);
    expect(error(['--scenario', 'sandbox', '--script', 'x', '--seed', '-1'])).toMatch(/^bad --seed "-1"/);
    expect(error(['--scenario', 'sandbox', '--script', 'x', '--lang', 'fr'])).toMatch(/^bad --lang "fr"/);
    expect(error(['--scenario'])).toBe('option --scenario needs a value');
    expect(error(['--list', '--json'])).toBe('--list takes no other options');
    expect(error(['play.txt'])).toMatch(/^unexpected argument "play.txt"/);
  });

  it('takes seeds in the uint32 range only', () => {
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed('4294967295')).toBe(4294967295);
    expect(parseSeed('4294967296')).toBeNull();
    expect(parseSeed('1.5')).toBeNull();
    expect(parseSeed('0x10')).toBeNull();
  });
});

describe('script lines and wait', () => {
  it('drops blank lines and # comments, keeping line numbers', () => {
    expect(scriptLines('# intro\n\n  help  \r\n#x\nwait 5s\n')).toEqual([
      { lineNo: 3, text: 'help' },
      { lineNo: 5, text: 'wait 5s' },
    ]);
  });

  it('parses wait durations and refuses bad ones', () => {
    expect(parseWait('wait 90s')).toEqual({ seconds: 90 });
    expect(parseWait('wait 5m')).toEqual({ seconds: 300 });
    expect(parseWait('wait 1h30m')).toEqual({ seconds: 5400 });
    expect(parseWait('wait soon')).toEqual({ error: expect.stringContaining('invalid duration "soon"') });
    expect(parseWait('wait')).toEqual({ error: expect.stringContaining('usage: wait <duration>') });
    expect(parseWait('waiter 5s')).toBeNull();
  });
});

describe('transcript', () => {
  it('echoes each command after "$ ", reports a bad line and goes on', () => {
    const { world, sh } = sandbox(1);
    const t = transcript(sh, '# setup\nhelp\nnosuchtool --x\nwait 90s\nwait 3 minutes\nwait 1m\n');
    expect(t.lines.filter((l) => l.startsWith('$ '))).toEqual(['$ help', '$ nosuchtool --x', '$ wait 90s', '$ wait 3 minutes', '$ wait 1m']);
    const bad = t.lines.indexOf('$ nosuchtool --x');
    expect(t.lines[bad + 1]).toMatch(/nosuchtool.*not found/);
    expect(t.lines).toContain('# (game clock 0h01m30s)');
    expect(t.lines.some((l) => l.startsWith('wait: usage'))).toBe(true);
    expect(world.tick).toBe(150);
    expect({ ok: t.ok, failed: t.failed }).toEqual({ ok: 3, failed: 2 });
    expect(summarize(world, t)).toMatchObject({ tick: 150, gameSeconds: 150, hosts: 4, vms: 0, containersRunning: 0, commands: { ok: 3, failed: 2 } });
  });

  it('another script gives another state hash, the same script the same', () => {
    const hashAfter = (script: string): string => {
      const { world, sh } = sandbox(3);
      const counts = runScript(sh, script, { events: false }, () => {});
      return summarize(world, counts).stateHash;
    };
    expect(hashAfter('help\nwait 1m')).toBe(hashAfter('help\nwait 1m'));
    expect(hashAfter('help\nwait 1m\nwait 1s')).not.toBe(hashAfter('help\nwait 1m'));
    expect(hashAfter('help\nwait 1m')).not.toBe(hashAfter('wait 1m\nhelp'));
  });

  it('prints stdout then stderr of a failed command, and how long a transfer took', () => {
    const { world } = sandbox(1);
    const answers: Record<string, ExecResult> = {
      'docker pull nginx:1.25': { ok: true, output: '1.25: Pulling from library/nginx\nStatus: Downloaded newer image for nginx:1.25', error: '', waitedTicks: 14 },
      'docker rm web': { ok: false, output: 'partial', error: 'Error response from daemon: No such container: web', waitedTicks: 0 },
    };
    const stub: ScriptSession = {
      world,
      exec: (line: string) => answers[line] as ExecResult,
      wait: () => {},
      takeEvents: () => [],
    };
    const t = transcript(stub, 'docker pull nginx:1.25\ndocker rm web\n');
    expect(t.lines).toEqual([
      '$ docker pull nginx:1.25',
      '1.25: Pulling from library/nginx',
      'Status: Downloaded newer image for nginx:1.25',
      '# (took 14s)',
      '$ docker rm web',
      'partial',
      'Error response from daemon: No such container: web',
    ]);
  });

  it('with events on, shows what happened in the world while waiting', () => {
    const { sh } = sandboxWith((json) => {
      json.containers = [{ name: 'leaky', image: 'memhog:1.0', on: 'host-1', memory: '256m', restart: 'always' }];
    });
    const quiet = transcript(sh, 'wait 10s');
    expect(quiet.lines.some((l) => l.includes('container-oom-killed'))).toBe(false);
    const loud = transcript(sh, 'wait 10s', true);
    expect(loud.lines.some((l) => /^# \[0h00m\d\ds\] container-oom-killed leaky: /.test(l))).toBe(true);
  });
});
