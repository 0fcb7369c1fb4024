// Concept (SLO, error budget): availability is the share of good requests (served in time,
// within the latency SLO) over the SLO window. With no healthy backend every request fails:
// availability drops and the error budget burns; it comes back only as the window rolls on.
import { describe, expect, it } from 'vitest';
import { errorBudgetRemainingPermille, serviceAvailabilityPermille, windowCounts } from '../../../shared/sim/services/slo.ts';
import { runBackend, shop, shopWorld } from './world.ts';

describe('availability and the error budget', () => {
  it('with no healthy backend every request fails and the budget is gone', () => {
    const { world, sh } = shopWorld({ rps: 20 });
    sh.wait(10);
    const s = shop(world);
    expect(s.metrics.errorRps).toBe(20);
    expect(s.metrics.cause).toBe('no-backends');
    expect(serviceAvailabilityPermille(s)).toBe(0);
    expect(errorBudgetRemainingPermille(s)).toBeLessThan(0);
    const out = sh.exec('service inspect shop').output;
    expect(out).toContain('no healthy backends: 0 containers match app=shop');
    expect(out).toMatch(/hint: .*docker run -d -l app=shop <image>/);
  });

  it('a stopped sole backend burns the budget in proportion to the outage', () => {
    const { world, sh } = shopWorld({ rps: 20 });
    runBackend(sh, 'web-1');
    sh.wait(610); // a full window of good service (after its 2 s of readiness)
    const s = shop(world);
    expect(serviceAvailabilityPermille(s)).toBe(1000);
    expect(errorBudgetRemainingPermille(s)).toBe(1000);

    expect(sh.exec('docker stop web-1').ok).toBe(true);
    sh.wait(1);
    const oneSecond = errorBudgetRemainingPermille(s);
    sh.wait(29);
    // 30 s down out of 600: 5 % bad; the 99.9 % SLO allows 0.1 %, so the budget is 50× overspent.
    const counts = windowCounts(s);
    expect(Math.round(((counts.total - counts.good) * 100) / counts.total)).toBe(5);
    expect(serviceAvailabilityPermille(s)).toBe(950);
    expect(oneSecond).toBeGreaterThan(errorBudgetRemainingPermille(s));
    expect(errorBudgetRemainingPermille(s)).toBeLessThan(-40_000);
    expect(sh.exec('service list').output).toMatch(/^shop\s+app=shop\s+0\s+20\s+-\s+100\.0%\s+95\.00%\/10m\s+99\.9%<300ms\s+exhausted$/m);

    // Back in service (ready from the second after the start): the bad seconds leave the window 10 minutes later.
    expect(sh.exec('docker start web-1').ok).toBe(true);
    sh.wait(600);
    expect(serviceAvailabilityPermille(s)).toBeLessThan(1000);
    sh.wait(1);
    expect(serviceAvailabilityPermille(s)).toBe(1000);
  });

  it('counts slow answers against the SLO even when nothing fails', () => {
    const { world, sh } = shopWorld({ rps: 175, baseLatencyMs: 60 }); // ρ ≈ 0.93: p95 ≈ 14 × 60 ms
    runBackend(sh, 'web-1');
    sh.wait(30);
    const s = shop(world);
    expect(s.metrics.errorRps).toBe(0);
    expect(s.metrics.latencyMsP95).toBeGreaterThan(300);
    expect(serviceAvailabilityPermille(s)).toBeLessThan(990);
    expect(s.totals.slow).toBeGreaterThan(0);
  });
});
