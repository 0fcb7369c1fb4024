// The projection's budgets on the reference world (bench-10k: 1,000 hosts, 4,000 VMs,
// 10,000 containers), loosely, as a CI machine shared with other work can hold them:
// patch size at 5 % of the containers changing per tick, project() time, the full state.
import { describe, expect, it } from 'vitest';
import { measureProjection } from '../../../server/rooms/projection/measureProjection.ts';

describe('projection budgets on bench-10k', () => {
  it('stays within the patch, time and size budgets', () => {
    const f = measureProjection({ warmupTicks: 20, ticks: 60, churnPermille: 50 });
    expect([f.hosts, f.vms, f.containers]).toEqual([1000, 4000, 10000]);
    // About 5 % of the 10,000 containers change each tick in the churn run.
    expect(f.churn.changedContainersMean).toBeGreaterThan(400);
    expect(f.churn.changedContainersMean).toBeLessThan(600);
    // 64 KB/s per client even at 8× speed (8 ticks a second).
    expect(f.churn.patchBytesMax * 8).toBeLessThanOrEqual(64 * 1024);
    expect(f.churn.bytesPerChangedContainer).toBeLessThan(20);
    // A steady world sends the clock and the money, not its 15,000 machines and containers.
    expect(f.natural.patchBytesP50).toBeLessThan(1024);
    // Goal: well under 2 ms at p50 on an idle machine, about the simulation's own tick
    // (~1.5 ms). Compared with that tick in the same run, so a busy runner slows both.
    expect(f.natural.projectMsP50).toBeLessThan(2 * f.natural.stepMsP50);
    expect(f.churn.projectMsP50).toBeLessThan(3 * f.churn.stepMsP50);
    // Goal 500 KB; one schema object per entity cannot reach it at 15,000 entities
    // (see server/rooms/projection/measureProjection.ts). Guard against growth meanwhile.
    expect(f.fullStateBytes).toBeLessThan(1_450_000);
    expect(f.fullStateBytes * 2).toBeLessThan(f.jsonBytes);
  }, 120_000);
});
