// Money: served requests earn, powered hosts cost their hourly rate plus power that
// follows CPU load, a running Windows VM costs its licence, responses cost egress. All
// in whole cents, booked exactly however many ticks it takes to make a cent.
import { describe, expect, it } from 'vitest';
import { economySummary } from '../../../shared/sim/economy/summary.ts';
import { sandboxWith } from '../../helpers/sim.ts';
import { runBackend, shop, shopWorld } from '../services/world.ts';

/** The sandbox without services, with a $1,000 budget. */
function quiet() {
  return sandboxWith((json) => {
    json.services = [];
    json.economy = { budget: 1000, buyable: ['cs-8'] };
  });
}

describe('money', () => {
  it('served requests earn their revenue per thousand', () => {
    const { world, sh } = shopWorld({ rps: 100 }); // $0.50 per 1,000 served
    runBackend(sh, 'web-1');
    sh.wait(600);
    const served = shop(world).totals.served;
    expect(served).toBeGreaterThan(55_000);
    expect(world.economy.revenueCents).toBe(Math.floor((served * 50) / 1000));
  });

  it('failed requests earn nothing', () => {
    const { world, sh } = shopWorld({ rps: 100 });
    sh.wait(600);
    expect(shop(world).totals.served).toBe(0);
    expect(world.economy.revenueCents).toBe(0);
  });

  it('every powered host costs its hourly rate, exactly, by the hour', () => {
    const { world, sh } = quiet();
    sh.wait(3600);
    // cs-16 $0.90 + cs-8 $0.50 + hv-32 $1.60 + ws-8 $0.30 per hour.
    expect(world.economy.costCents.hosts).toBe(330);
    expect(world.economy.balanceCents).toBe(100_000 - 330 - world.economy.costCents.power);
  });

  it('a busy CPU draws more power than an idle one', () => {
    const idle = quiet();
    idle.sh.wait(3600);
    const busy = quiet();
    expect(busy.sh.exec('docker run -d --name hog cpuhog:1.0').ok).toBe(true);
    busy.sh.wait(3600);
    // About 16 more busy cores for an hour at 1 ¢ each.
    expect(busy.world.economy.costCents.power - idle.world.economy.costCents.power).toBeGreaterThanOrEqual(15);
    expect(busy.world.economy.costCents.hosts).toBe(idle.world.economy.costCents.hosts);
  });

  it('a running Windows VM costs its licence; a shut-off one does not', () => {
    const { world, sh } = quiet();
    expect(sh.exec('vm create win --host host-3 --vcpus 2 --memory 4g --os windows').ok).toBe(true);
    expect(sh.exec('vm create lin --host host-3 --vcpus 2 --memory 4g').ok).toBe(true);
    sh.wait(3600);
    expect(world.economy.costCents.licences).toBe(50); // $0.50 per hour, Linux free
    expect(sh.exec('vm stop --force win').ok).toBe(true);
    sh.wait(3600);
    expect(world.economy.costCents.licences).toBe(50);
  });

  it('responses leaving the datacenter cost egress', () => {
    const { world, sh } = shopWorld({ rps: 100 });
    runBackend(sh, 'web-1');
    sh.wait(3600);
    // ~360,000 responses × 8 KiB ≈ 2.7 GiB at 5 ¢/GiB.
    expect(world.economy.costCents.bandwidth).toBeGreaterThanOrEqual(12);
    expect(world.economy.costCents.bandwidth).toBeLessThanOrEqual(14);
  });

  it('sums it up for the status screen', () => {
    const { world, sh } = shopWorld({ rps: 100 });
    runBackend(sh, 'web-1');
    sh.wait(60);
    const s = economySummary(world);
    expect(s.balanceCents).toBe(world.economy.balanceCents);
    expect(s.profitCents).toBe(s.revenueCents - s.costCents);
    expect(s.revenuePerHourCents).toBe(18_000); // 100 req/s × 3600 × $0.50/1000
    expect(s.costPerHourCents).toBeGreaterThan(330);
    expect(s.pending).toEqual([]);
  });
});
