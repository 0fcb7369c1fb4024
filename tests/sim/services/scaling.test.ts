// Concept (horizontal scaling, load balancing): the load balancer spreads requests evenly
// over the healthy backends. A second backend halves each one's load, and since latency
// follows utilisation as a queue, it brings the p95 back down.
import { describe, expect, it } from 'vitest';
import { container, runBackend, shop, shopWorld } from './world.ts';

describe('horizontal scaling', () => {
  it('a second labelled backend halves the per-backend load and restores latency', () => {
    const { world, sh } = shopWorld({ rps: 160 }); // ρ ≈ 0.85 on one backend
    runBackend(sh, 'web-1');
    sh.wait(5);
    const one = shop(world).metrics.latencyMsP95;
    expect(container(world, 'web-1').metrics.offeredRps).toBe(160);

    runBackend(sh, 'web-2', '', 'host-2');
    sh.wait(5);
    const s = shop(world);
    expect(s.metrics.healthyBackends).toBe(2);
    expect(container(world, 'web-1').metrics.offeredRps).toBe(80);
    expect(container(world, 'web-2', 'host-2').metrics.offeredRps).toBe(80);
    // ρ 0.85 → 0.43: 1/(1−ρ) falls from ~6.7 to ~1.7.
    expect(s.metrics.latencyMsP95 * 3).toBeLessThan(one);
    expect(s.metrics.errorRps).toBe(0);
  });

  it('spreads an odd request count round-robin, the extra request rotating between backends', () => {
    const { world, sh } = shopWorld({ rps: 31 });
    runBackend(sh, 'web-1');
    runBackend(sh, 'web-2');
    sh.wait(5);
    const seen: number[] = [];
    for (let t = 0; t < 4; t++) {
      seen.push(container(world, 'web-1').metrics.offeredRps);
      expect(container(world, 'web-1').metrics.offeredRps + container(world, 'web-2').metrics.offeredRps).toBe(31);
      sh.wait(1);
    }
    expect(new Set(seen)).toEqual(new Set([15, 16]));
  });

  it('only containers carrying every label of the selector get requests', () => {
    const { world, sh } = shopWorld({ rps: 20 });
    runBackend(sh, 'web-1');
    expect(sh.exec('docker run -d --name other -l app=blog shop/web:1.0').ok).toBe(true);
    expect(sh.exec('docker run -d --name plain shop/web:1.0').ok).toBe(true);
    sh.wait(5);
    expect(container(world, 'web-1').metrics.offeredRps).toBe(20);
    expect(container(world, 'other').metrics.offeredRps).toBe(0);
    expect(container(world, 'plain').metrics.trafficCpuMillis).toBe(0);
  });

  it('a starting backend gets no requests until it is ready', () => {
    const { world, sh } = shopWorld({ rps: 20 });
    runBackend(sh, 'web-1');
    sh.wait(5);
    runBackend(sh, 'web-2');
    expect(container(world, 'web-2').metrics.offeredRps).toBe(0);
    sh.wait(1);
    expect(container(world, 'web-2').metrics.offeredRps).toBe(0);
    sh.wait(2);
    expect(container(world, 'web-2').metrics.offeredRps).toBe(10);
  });
});
