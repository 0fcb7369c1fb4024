// The runner with a level: the briefing first, the level's end in the transcript when it
// happens, the rest of the level played out when the script stops early, the debrief
// last, and --json adding won/score/stars/objectives (only for scenarios with objectives).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { play } from '../../server/cli/play.ts';
import { summarize } from '../../server/cli/summary.ts';
import { readScenario } from '../../server/scenarios/catalog.ts';
import type { Lang } from '../../shared/sim/commands/types.ts';
import { createWorld } from '../../shared/sim/world.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const MINI = resolve(ROOT, 'tests/fixtures/level-mini.json');

function playFile(path: string, script: string, lang: Lang = 'en') {
  const loaded = readScenario(path);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const world = createWorld(loaded.scenario, 1);
  const lines: string[] = [];
  const counts = play(world, script, { lang, events: false }, (l) => lines.push(l));
  return { world, lines, summary: summarize(world, counts) };
}

describe('a level in the runner', () => {
  it('prints the briefing, the end when it happens, and the debrief', () => {
    const { lines } = playFile(MINI, 'docker run -d nginx:1.25\nwait 3m\nstatus');
    expect(lines.slice(0, 3)).toEqual(['== Briefing ==', 'Level 99: A tiny level', 'Start one nginx container.']);
    const end = lines.findIndex((l) => l.startsWith('# [0h02m00s] level-ended level-mini: won: '));
    expect(end).toBeGreaterThan(lines.indexOf('$ wait 3m'));
    expect(end).toBeLessThan(lines.indexOf('$ status'));
    const debrief = lines.indexOf('== Debrief ==');
    expect(debrief).toBeGreaterThan(lines.indexOf('$ status'));
    expect(lines.slice(debrief)).toContain('A container starts in about a second.');
    expect(lines.slice(debrief)).toContain('  [0h00m00s] console$ docker run -d nginx:1.25');
  });

  it('plays the rest of the level out when the script stops early', () => {
    const { world, lines } = playFile(MINI, 'docker run -d nginx:1.25');
    expect(lines).toContain('# (the script is over: the level plays on for 0h02m00s)');
    expect(world.level).toMatchObject({ ended: true, endedTick: 120, won: true });
  });

  it('speaks the player\'s language', () => {
    const { lines } = playFile(MINI, 'docker run -d nginx:1.25', 'ko');
    expect(lines.slice(0, 3)).toEqual(['== 브리핑 ==', '레벨 99: 아주 작은 레벨', 'nginx 컨테이너 하나를 시작하세요.']);
    expect(lines).toContain('== 디브리핑 ==');
  });

  it('adds won, score, stars and objectives to the summary; stars are 0 when lost', () => {
    const won = playFile(MINI, 'hint run\ndocker run -d nginx:1.25').summary;
    expect(won).toMatchObject({ won: true, stars: 1, objectives: [{ id: 'front', met: true }, { id: 'no-oom', met: true }] });
    expect(Number.isInteger(won.score)).toBe(true);
    const lost = playFile(MINI, 'host list').summary;
    expect(lost).toMatchObject({ won: false, stars: 0, objectives: [{ id: 'front', met: false }, { id: 'no-oom', met: true }] });
  });

  it('leaves them out for the sandbox', () => {
    const { summary, lines } = playFile('sandbox', 'host list');
    expect(summary).not.toHaveProperty('score');
    expect(summary).not.toHaveProperty('stars');
    expect(summary).not.toHaveProperty('objectives');
    expect(lines[0]).toBe('$ host list');
    expect(lines).not.toContain('== Debrief ==');
  });

  it('npm run sim -- --json ends with the level result', async () => {
    const run = await new Promise<{ code: number | null; stdout: string }>((done, fail) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/sim.ts', '--scenario', MINI, '--script', '-', '--json'], { cwd: ROOT });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout }));
      child.stdin.end('docker run -d nginx:1.25\n');
    });
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout.trimEnd().split('\n').pop() ?? '') as Record<string, unknown>;
    expect(summary).toMatchObject({ scenario: 'level-mini', tick: 120, won: true, stars: 1, objectives: [{ id: 'front', met: true }, { id: 'no-oom', met: true }] });
    expect(typeof summary.score).toBe('number');
  }, 30_000);
});
