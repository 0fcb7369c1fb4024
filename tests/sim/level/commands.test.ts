// `status`, `objectives` and `hint`: always unlocked, in English and Korean; a hint is
// shown in the player's language and costs its points once; refusals change nothing.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/sim/commands/types.ts';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { sandbox } from '../../helpers/sim.ts';
import { levelWorld, obj, run, SHOP_WEB } from './levelWorld.ts';

const KO: Actor = { id: 'ko', name: 'minji', role: 'player', lang: 'ko' };
const HANGUL = /[\uac00-\ud7a3]/;
const HINTS = [
  { id: 'look', cost: 30, text: { en: 'Run host list first.', ko: '먼저 host list를 실행하세요.' } },
  { id: 'answer', cost: 200, text: { en: 'Put it on host-2.', ko: 'host-2에 두세요.' } },
];

function level(unlocked: string[] = ['*']) {
  return levelWorld({
    services: [SHOP_WEB],
    hints: HINTS,
    objectives: [obj('web', 'running', { selector: { app: 'shop-web' }, min: 1 }), obj('no-oom', 'no-oom-kills')],
    patch: (json) => (json.unlocked = unlocked),
  });
}

describe('objectives', () => {
  it('lists each objective with status, progress and when it is judged', () => {
    const { sh } = level();
    run(sh, 'docker run -d -l app=shop-web shop/web:1.0');
    sh.wait(1);
    const out = run(sh, 'objectives');
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Level 7: .* — 0h09m\d\ds left of 0h10m00s$/);
    expect(lines[2]).toMatch(/^ID\s+STATUS\s+PROGRESS\s+OBJECTIVE$/);
    expect(out).toMatch(/^web\s+met\s+1\/1\s+an objective \(at the end\)$/m);
    expect(out).toMatch(/^no-oom\s+holding\s+0\s+an objective \(always\)$/m);
  });

  it('speaks Korean to a Korean player', () => {
    const { sh } = level();
    sh.wait(1);
    const out = sh.exec('objectives', KO).output;
    expect(out).toMatch(/^레벨 7: /);
    expect(out).toContain('미달성');
    expect(out).toContain('목표 하나 (종료 시점)');
  });

  it('says a sandbox has none', () => {
    const { sh } = sandbox(1);
    expect(run(sh, 'objectives')).toBe('This scenario is a sandbox: it has no objectives, no score and no hints.');
  });
});

describe('status', () => {
  it('shows game time, the level, money, services and operations', () => {
    const { sh } = level();
    run(sh, 'docker run -d -l app=shop-web shop/web:1.0');
    sh.wait(30);
    const out = run(sh, 'status');
    expect(out).toMatch(/^Game time\s+0h00m\d\ds$/m);
    expect(out).toMatch(/^Level\s+Level 7: .*; 2\/2 objectives met; score so far \d+$/m);
    expect(out).toMatch(/^Money\s+balance \$[\d,]+\.\d\d \(revenue \$[\d,]+\.\d\d, costs \$[\d,]+\.\d\d\)$/m);
    expect(out).toMatch(/^Services\s+shop-web: \d+\.\d\d% good over the last 10m \(SLO 99%, error budget left -?\d+\.\d%\), p95 \d+ms, \d+\/\d+ req\/s served, 1 healthy backends$/m);
    expect(out).toMatch(/^Operations\s+\d+ alerts firing, \d+ incidents open$/m);
    expect(sh.exec('status', KO).output).toMatch(/^게임 시간/);
  });

  it('works in the sandbox too', () => {
    const { sh } = sandbox(1);
    const out = run(sh, 'status');
    expect(out).toMatch(/^Level\s+This scenario is a sandbox/m);
    expect(out).not.toContain('Run "objectives"');
  });
});

describe('hint', () => {
  it('lists the hints with their cost', () => {
    const { sh } = level();
    const out = run(sh, 'hint');
    expect(out).toMatch(/^HINT\s+COST\s+STATUS$/m);
    expect(out).toMatch(/^look\s+30\s+-$/m);
    expect(out).toMatch(/^answer\s+200\s+-$/m);
  });

  it('reveals a hint in the player\'s language and records its cost once', () => {
    const { world, sh } = level();
    expect(sh.exec('hint look', KO).output).toBe('먼저 host list를 실행하세요.\n(-30점)');
    expect(world.level.hintsTaken).toEqual(['look']);
    expect(run(sh, 'hint look')).toBe('Run host list first.\n(already taken: no further cost)');
    expect(world.level.hintsTaken).toEqual(['look']);
    expect(run(sh, 'hint')).toMatch(/^look\s+30\s+taken$/m);
  });

  it('refuses an unknown hint, extra words, and a scenario without hints, changing nothing', () => {
    const { world, sh } = level();
    const before = simulationHash(world);
    const unknown = sh.exec('hint nope');
    expect(unknown.ok).toBe(false);
    expect(unknown.error).toBe('hint: no hint "nope" (hints: look, answer)\nhint: run "hint" to list the hints and their cost');
    expect(sh.exec('hint look answer').ok).toBe(false);
    expect(simulationHash(world)).toBe(before);
    const plain = sandbox(1);
    const r = plain.sh.exec('hint');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^hint: this scenario has no hints\n/);
    expect(HANGUL.test(plain.sh.exec('hint', KO).error)).toBe(true);
  });

  it('costs nothing once the level is over', () => {
    const { world, sh } = levelWorld({ duration: '1m', hints: HINTS, objectives: [obj('no-oom', 'no-oom-kills')] });
    sh.wait(60);
    expect(world.level.ended).toBe(true);
    const score = world.level.score;
    expect(run(sh, 'hint answer')).toBe('Put it on host-2.\n(the level is over: no cost)');
    expect(world.level.hintsTaken).toEqual([]);
    expect(world.level.score).toBe(score);
  });
});

describe('always unlocked', () => {
  it('works where the scenario unlocks only docker', () => {
    const { sh } = level(['docker']);
    expect(sh.exec('host list').ok).toBe(false);
    for (const line of ['status', 'objectives', 'hint', 'hint look']) expect(sh.exec(line).ok).toBe(true);
  });
});
