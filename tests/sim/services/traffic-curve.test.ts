// Traffic follows a daily curve (smooth, base at the trough, peak at peakAt), spikes
// multiply it while they last, and the noise is seeded: the same seed replays the same
// requests, another seed draws others, and the noise stays within its bound.
import { describe, expect, it } from 'vitest';
import { curveRps, dayShape, noisePermille, offeredRps } from '../../../shared/sim/services/curve.ts';
import type { TrafficSpec } from '../../../shared/sim/services/model.ts';
import { shop, shopWorld } from './world.ts';

const SPEC: TrafficSpec = { baseRps: 20, peakRps: 60, dayTicks: 1800, peakAtTick: 900, noisePermille: 0, spikes: [] };

describe('daily traffic curve', () => {
  it('peaks at peakAt, bottoms out half a day away, and moves smoothly in between', () => {
    expect(curveRps(SPEC, 900)).toBe(60);
    expect(curveRps(SPEC, 0)).toBe(20);
    expect(curveRps(SPEC, 1800)).toBe(20);
    let prev = curveRps(SPEC, 0);
    for (let t = 1; t <= 900; t++) {
      const v = curveRps(SPEC, t);
      expect(v).toBeGreaterThanOrEqual(prev); // rising all morning
      expect(v - prev).toBeLessThan(0.2); // no jumps from one second to the next
      prev = v;
    }
    // Symmetric around the peak, flat at both ends like a cosine.
    expect(curveRps(SPEC, 600)).toBeCloseTo(curveRps(SPEC, 1200), 9);
    expect(dayShape(SPEC, 890)).toBeGreaterThan(0.999);
    expect(dayShape(SPEC, 10)).toBeLessThan(0.001);
  });

  it('follows the curve in the world, with spikes on top', () => {
    const { world, sh } = shopWorld({ rps: 20, peakRps: 60, spikes: [{ at: '20m', duration: '1m', factor: 3 }] });
    const seen = new Map<number, number>();
    for (let t = 0; t < 1800; t += 300) {
      sh.wait(t - world.tick + 1);
      seen.set(world.tick - 1, shop(world).metrics.offeredRps);
    }
    expect(seen.get(0)).toBe(20);
    expect(seen.get(900)).toBe(60);
    expect(seen.get(600)).toBe(Math.round(curveRps(SPEC, 600)));
    expect(seen.get(1200)).toBe(Math.round(3 * curveRps(SPEC, 1200)));
    expect(seen.get(1500)).toBe(Math.round(curveRps(SPEC, 1500)));
  });

  it('draws seeded noise within its bound, the same for the same seed', () => {
    const series = (seed: number) => {
      const { world, sh } = shopWorld({ rps: 100, noise: 100 }, seed);
      const out: number[] = [];
      for (let i = 0; i < 60; i++) {
        sh.wait(1);
        out.push(shop(world).metrics.offeredRps);
      }
      return out;
    };
    const a = series(3);
    expect(series(3)).toEqual(a);
    expect(series(4)).not.toEqual(a);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(90);
    expect(Math.max(...a)).toBeLessThanOrEqual(110);
    expect(new Set(a).size).toBeGreaterThan(5);
    for (let t = 0; t < 1000; t++) expect(Math.abs(noisePermille(9, 0, t, 50))).toBeLessThanOrEqual(50);
  });

  it('scales with an incident\'s traffic factor', () => {
    const { world } = shopWorld({ rps: 40 });
    const s = shop(world);
    s.trafficFactorPermille = 2500;
    expect(offeredRps(world.seed, s, 0, 10)).toBe(100);
  });
});
