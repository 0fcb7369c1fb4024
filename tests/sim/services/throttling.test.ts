// Concept (cgroups CPU quota): a backend whose --cpus is too small for its share of the
// requests is throttled by CFS. The quota shows first as latency (the queue grows as the
// quota fills), then as errors once the requests need more CPU than the quota allows.
import { describe, expect, it } from 'vitest';
import { container, runBackend, shop, shopWorld } from './world.ts';

/** One backend with `--cpus 0.5` (250m of it left for requests after the app's own 250m). */
function limited(rps: number) {
  const { world, sh } = shopWorld({ rps });
  runBackend(sh, 'web-1', '--cpus 0.5');
  sh.wait(5);
  return { world, sh, s: shop(world), c: container(world, 'web-1') };
}

describe('CPU throttling of a backend', () => {
  it('shows first as latency: same load, far slower behind a small quota', () => {
    const free = shopWorld({ rps: 8 });
    runBackend(free.sh, 'web-1');
    free.sh.wait(5);
    const { s } = limited(8); // 160m of 250m: ρ = 0.64
    expect(s.metrics.errorRps).toBe(0);
    expect(s.metrics.latencyMsP95).toBeGreaterThan(2.5 * shop(free.world).metrics.latencyMsP95);
  });

  it('then as errors: past the quota the requests time out and the cgroup is throttled', () => {
    const { s, c } = limited(20); // 400m needed, 250m allowed
    expect(c.metrics.throttledPermille).toBeGreaterThan(200);
    expect(c.metrics.cpuUsedMillis).toBe(500);
    expect(s.metrics.timeoutRps).toBeGreaterThan(5);
    expect(s.metrics.cause).toBe('overload');
    // About 95 % of 250m / 20m per request ≈ 11 req/s get through.
    expect(s.metrics.servedRps).toBeGreaterThanOrEqual(10);
    expect(s.metrics.servedRps).toBeLessThanOrEqual(12);
  });

  it('serves nothing when the quota does not even cover the app itself', () => {
    const { world, sh } = shopWorld({ rps: 10 });
    runBackend(sh, 'web-1', '--cpus 0.2');
    sh.wait(5);
    const m = shop(world).metrics;
    expect(m.healthyBackends).toBe(1);
    expect(m.servedRps).toBe(0);
    expect(m.errorRps).toBe(10);
  });
});
