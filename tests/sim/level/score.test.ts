// The score (docs/scoring.md): integer, deterministic, and moving the right way: more
// downtime lowers it, faster incident response raises it, hints cost what they say.
import { describe, expect, it } from 'vitest';
import { computeScore, incidentCost, sloShare, starsFor } from '../../../shared/sim/level/score.ts';
import type { LevelSpec } from '../../../shared/sim/level/model.ts';
import type { World } from '../../../shared/sim/model.ts';
import { levelWorld, obj, run, SHOP_WEB } from './levelWorld.ts';

const WEIGHTS: LevelSpec['scoring'] = { centsPerPoint: 100, sloPoints: 1000, incidentPoints: 300, detectWithinTicks: 600, resolveWithinTicks: 1800 };

function spec(world: World): LevelSpec {
  if (!world.level.spec) throw new Error('not a level');
  return world.level.spec;
}

function addIncident(world: World, id: string, opened: number, detected: number, resolved: number): void {
  world.ops.incidents.set(id, {
    id, kind: 'crash', target: 'web-1', variant: '', openedTick: opened, detectedTick: detected, detectedBy: '', resolvedTick: resolved,
    state: resolved >= 0 ? 'resolved' : 'open', rootCause: '', concepts: [], source: 'schedule', subjects: [], logCursor: 0, data: {},
  });
}

describe('score parts', () => {
  it('an SLO earns all its points within the error budget, none at three times the budget', () => {
    // 10,000 requests at a 99 % target: 100 bad requests is the budget.
    expect(sloShare(1000, 10_000, 10_000, 990)).toBe(1000);
    expect(sloShare(1000, 9_900, 10_000, 990)).toBe(1000);
    expect(sloShare(1000, 9_800, 10_000, 990)).toBe(500);
    expect(sloShare(1000, 9_700, 10_000, 990)).toBe(0);
    expect(sloShare(1000, 0, 10_000, 990)).toBe(0);
    expect(sloShare(1000, 0, 0, 990)).toBe(1000);
    let last = Infinity;
    for (let good = 10_000; good >= 9_600; good -= 10) {
      const s = sloShare(1000, good, 10_000, 990);
      expect(s).toBeLessThanOrEqual(last);
      last = s;
    }
  });

  it('an incident costs less the sooner it is detected and resolved, most when never resolved', () => {
    const cost = (detected: number, resolved: number): number => incidentCost(300, 100, detected, resolved, 3000, WEIGHTS);
    expect(cost(100, 100)).toBe(0);
    expect(cost(-1, -1)).toBe(300);
    expect(cost(160, 400)).toBeLessThan(cost(160, 1000));
    expect(cost(160, 1000)).toBeLessThan(cost(400, 1000));
    expect(cost(160, 1000)).toBeLessThan(cost(160, -1));
    // Beyond the windows it costs the full share, and never more.
    expect(cost(5000, 9000)).toBe(300);
  });

  it('stars come from the thresholds, and a lost level has none', () => {
    const stars = { one: 100, two: 200, three: 300 };
    expect([0, 99, 100, 199, 200, 299, 300, 5000].map((s) => starsFor(s, true, stars))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(starsFor(5000, false, stars)).toBe(0);
  });
});

describe('computeScore', () => {
  it('adds profit and SLO points, takes off incident and hint costs', () => {
    const { world } = levelWorld({ services: [SHOP_WEB], objectives: [obj('x', 'no-oom-kills')], hints: [{ id: 'h1', cost: 40, text: { en: 'a', ko: '가' } }, { id: 'h2', cost: 70, text: { en: 'b', ko: '나' } }] });
    world.level.spec = { ...spec(world), scoring: WEIGHTS };
    world.economy.revenueCents = 52_345;
    world.economy.costCents.hosts = 2_300;
    const s = world.services.get('shop-web');
    if (!s) throw new Error('no service');
    s.totals = { requests: 10_000, served: 9_850, failed: 150, slow: 50 };
    addIncident(world, 'inc-1', 100, 160, 400);
    const b = computeScore(world, spec(world), ['h2'], 3000);
    expect(b.profitCents).toBe(50_045);
    expect(b.profitPoints).toBe(500);
    // 200 bad requests of a 100-request budget: half the points.
    expect(b.services).toEqual([{ name: 'shop-web', availabilityMilliPercent: 98_000, targetMilliPercent: 99_000, points: 500 }]);
    expect(b.sloPoints).toBe(500);
    expect(b.incidentPenalty).toBe(incidentCost(300, 100, 160, 400, 3000, WEIGHTS));
    expect(b.hintCost).toBe(70);
    expect(b.total).toBe(500 + 500 - b.incidentPenalty - 70);
    expect(Number.isInteger(b.total)).toBe(true);
  });

  it('faster resolution gives a higher score, everything else equal', () => {
    const { world } = levelWorld({ objectives: [obj('x', 'no-oom-kills')] });
    world.economy.revenueCents = 100_000;
    addIncident(world, 'inc-1', 100, 130, 700);
    const slow = computeScore(world, spec(world), [], 3000).total;
    addIncident(world, 'inc-1', 100, 130, 250);
    const fast = computeScore(world, spec(world), [], 3000).total;
    expect(fast).toBeGreaterThan(slow);
  });
});

describe('score of a played level', () => {
  function play(outageTicks: number, hint: boolean): number {
    const { world, sh } = levelWorld({ duration: '5m', services: [SHOP_WEB], objectives: [obj('web', 'running', { selector: { app: 'shop-web' }, min: 1 })], hints: [{ id: 'look', cost: 25, text: { en: 'Look.', ko: '보세요.' } }] });
    if (hint) run(sh, 'hint look');
    sh.wait(outageTicks);
    run(sh, 'docker run -d -l app=shop-web shop/web:1.0');
    run(sh, 'docker run -d -l app=shop-web shop/web:1.0');
    sh.wait(300 - world.tick);
    expect(world.level.ended).toBe(true);
    return world.level.score;
  }

  it('is the same for the same run, lower with more downtime, and lower by exactly the hint cost', () => {
    const base = play(1, false);
    expect(play(1, false)).toBe(base);
    expect(play(2, false)).toBeLessThanOrEqual(base);
    expect(play(4, false)).toBeLessThan(base);
    expect(play(1, true)).toBe(base - 25);
  });
});
