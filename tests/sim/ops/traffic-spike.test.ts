// Concept (scale-out): a service suddenly gets three times its traffic. Its replicas
// saturate, latency climbs like a queue's and requests start to fail. Nothing is broken:
// adding replicas behind the load balancer restores the SLO.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { ack, firing, inject, ok, timings, waitUntil } from './helpers.ts';

describe('traffic-spike', () => {
  it('saturates the replicas; scaling out restores the SLO', () => {
    const { world, sh } = sandbox(15);
    for (const n of [1, 2]) ok(sh, `docker run -d --name web${n} --cpus 1 -l app=shop-web shop/web:1.0`);
    sh.wait(300);
    const svc = world.services.get('shop-web');
    expect(svc?.metrics.errorRps).toBe(0);
    expect(firing(world, 'ErrorBudgetBurn')).toHaveLength(0);
    const inc = inject(sh, 'traffic-spike shop-web');
    expect(svc?.trafficFactorPermille).toBe(3000);
    waitUntil(sh, () => firing(world, 'ErrorBudgetBurn', 'shop-web').length > 0 || firing(world, 'HighLatency', 'shop-web').length > 0, 120);
    ack(sh, firing(world, 'ErrorBudgetBurn', 'shop-web').length > 0 ? 'ErrorBudgetBurn' : 'HighLatency');
    expect(inc.detectedTick).toBe(world.tick);
    for (const n of [3, 4, 5, 6]) ok(sh, `docker run -d --name web${n} --cpus 1 -l app=shop-web shop/web:1.0`);
    waitUntil(sh, () => inc.state === 'resolved', 200);
    expect(svc?.metrics.errorRps).toBe(0);
    expect(timings(inc).ttr).toBeGreaterThan(timings(inc).ttd ?? Infinity);
    expect(svc?.trafficFactorPermille).toBe(3000);
  });
});
