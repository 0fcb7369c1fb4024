// Concept (load balancing, queueing): a backend's latency follows its utilisation as a
// queue does (M/M/1: service time / (1 − ρ)). It barely moves at low load, climbs steeply
// as ρ nears 1, and past ~95 % the excess requests time out instead of being served.
import { describe, expect, it } from 'vitest';
import { queueFactorPermille, slowSharePpm } from '../../../shared/sim/services/queue.ts';
import { runBackend, shop, shopWorld } from './world.ts';

/** p95 (ms) and error rps of one unlimited shop/web backend (4 workers: 3.75 cores for requests) at `rps`. */
function at(rps: number): { p95: number; errors: number; served: number } {
  const { world, sh } = shopWorld({ rps });
  runBackend(sh, 'web-1');
  sh.wait(5);
  const m = shop(world).metrics;
  return { p95: m.latencyMsP95, errors: m.errorRps, served: m.servedRps };
}

describe('queueing: latency against utilisation', () => {
  it('stretches the response time by 1/(1 − ρ), capped at saturation', () => {
    expect(queueFactorPermille(0)).toBe(1000);
    expect(queueFactorPermille(500)).toBe(2000);
    expect(queueFactorPermille(900)).toBe(10_000);
    expect(queueFactorPermille(2000)).toBe(20_000);
  });

  it('rises slowly at low load, then steeply near full load', () => {
    const low = at(30); // ρ ≈ 0.16
    const mid = at(90); // ρ ≈ 0.48
    const high = at(150); // ρ = 0.8
    const higher = at(170); // ρ ≈ 0.91
    // Three times the load at the low end: latency up by well under 2×.
    expect(mid.p95 / low.p95).toBeLessThan(1.8);
    expect(mid.p95).toBeGreaterThan(low.p95);
    // 13 % more load near the top: latency more than doubles.
    expect(higher.p95 / high.p95).toBeGreaterThan(1.8);
    for (const r of [low, mid, high, higher]) expect(r.errors).toBe(0);
    expect(low.p95).toBeLessThan(50);
    expect(high.p95).toBeGreaterThan(180);
  });

  it('times out the requests beyond ~95 % of capacity', () => {
    const over = at(250); // 5 cores of work for 3.75 cores
    expect(over.errors).toBeGreaterThan(50);
    // What is served is about 95 % of capacity: 3750 × 0.95 / 20 ≈ 178 req/s.
    expect(over.served).toBeGreaterThanOrEqual(170);
    expect(over.served).toBeLessThanOrEqual(180);
  });

  it('counts more requests slower than the SLO as the p95 approaches it', () => {
    expect(slowSharePpm(100, 300)).toBeLessThan(200); // p95 a third of the SLO: ~0.01 %
    expect(slowSharePpm(300, 300)).toBe(50_000); // p95 at the SLO: 5 % are slower
    expect(slowSharePpm(600, 300)).toBeGreaterThan(200_000); // twice the SLO: ~22 %
  });
});
