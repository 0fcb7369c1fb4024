// The end of a level: when its time is up (won if every objective is met then), as soon
// as every objective is met when the scenario asks for that, or at once when an
// always-objective breaks (lost). The result is frozen and reported as `level-ended`.
import { describe, expect, it } from 'vitest';
import type { HappeningEvent } from '../../../shared/sim/events.ts';
import type { SimSession } from '../../../shared/sim/session.ts';
import { levelWorld, obj, run } from './levelWorld.ts';

function ended(sh: SimSession): HappeningEvent[] {
  return sh.takeEvents().filter((e): e is HappeningEvent => e.kind === 'happening' && e.type === 'level-ended');
}

const NGINX = obj('front', 'running', { image: 'nginx:1.25', min: 1 });

describe('level end', () => {
  it('ends when the duration elapses: won with every objective met, stars from the score', () => {
    const { world, sh } = levelWorld({ duration: '2m', objectives: [NGINX], stars: { one: 0, two: 1_000_000, three: 2_000_000 } });
    run(sh, 'docker run -d nginx:1.25');
    sh.wait(100);
    expect(world.level.ended).toBe(false);
    sh.takeEvents();
    sh.wait(20);
    expect(world.level).toMatchObject({ ended: true, endedTick: 120, endReason: 'time', won: true, stars: 1 });
    const [e] = ended(sh);
    expect(e).toMatchObject({ subject: world.scenario.id, tick: 120 });
    expect(e?.detail).toBe(`won: 1 star, score ${world.level.score}`);
  });

  it('is lost when an end-objective is not met at the end, with no stars whatever the score', () => {
    const { world, sh } = levelWorld({ duration: '2m', objectives: [NGINX], stars: { one: 0, two: 1, three: 2 } });
    run(sh, 'docker run -d --name front nginx:1.25');
    sh.wait(60);
    run(sh, 'docker stop front');
    sh.takeEvents();
    sh.wait(60);
    expect(world.level).toMatchObject({ ended: true, endReason: 'time', won: false, stars: 0 });
    expect(ended(sh)[0]?.detail).toMatch(/^lost \(front\): 0 stars, score \d+$/);
  });

  it('ends early when every objective is met and the scenario says endWhenMet', () => {
    const { world, sh } = levelWorld({ duration: '10m', endWhenMet: true, objectives: [NGINX, obj('no-oom', 'no-oom-kills')] });
    sh.wait(30);
    expect(world.level.ended).toBe(false);
    run(sh, 'docker run -d nginx:1.25');
    sh.wait(5);
    expect(world.level).toMatchObject({ ended: true, endReason: 'met', won: true });
    expect(world.level.endedTick).toBeLessThan(40);
  });

  it('ends at once, lost, when an always-objective breaks', () => {
    const { world, sh } = levelWorld({ duration: '10m', objectives: [NGINX, obj('no-oom', 'no-oom-kills')] });
    run(sh, 'docker run -d nginx:1.25');
    sh.takeEvents();
    run(sh, 'docker run -d -m 64m memhog:1.0');
    sh.wait(10);
    expect(world.level).toMatchObject({ ended: true, endReason: 'failed', won: false, stars: 0 });
    expect(world.level.endedTick).toBeLessThan(20);
    expect(ended(sh)[0]?.detail).toMatch(/^lost \(no-oom\): 0 stars/);
  });

  it('freezes the result: later changes to the world do not touch objectives, score or stars', () => {
    const { world, sh } = levelWorld({ duration: '1m', objectives: [NGINX] });
    run(sh, 'docker run -d --name front nginx:1.25');
    sh.wait(60);
    const frozen = structuredClone(world.level);
    run(sh, 'docker stop front');
    sh.wait(120);
    expect(world.level).toEqual(frozen);
    expect(ended(sh)).toHaveLength(1);
  });

  it('does nothing in a scenario that is not a level', () => {
    const { world, sh } = levelWorld({ objectives: [NGINX], patch: (json) => delete json.level });
    sh.wait(30);
    expect(world.level).toMatchObject({ isLevel: false, ended: false, spec: null, objectives: [] });
  });
});
