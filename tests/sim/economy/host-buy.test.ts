// `host buy`: hardware is paid at once and arrives after the delivery delay as the next
// `host-N`, racked, booted and empty; it then runs containers like any host. Refused
// orders (not for sale, no money, bad flags) change nothing.
import { describe, expect, it } from 'vitest';
import { simulationHash } from '../../../shared/sim/stateHash.ts';
import { sandboxWith } from '../../helpers/sim.ts';

function shopFloor(budget = 10_000) {
  return sandboxWith((json) => {
    json.services = [];
    json.economy = { budget, deliveryTime: '10m', buyable: ['cs-8', 'hv-32'] };
  });
}

describe('host buy', () => {
  it('charges the price at once and delivers the host after the delay', () => {
    const { world, sh } = shopFloor();
    sh.wait(30);
    const before = world.economy.balanceCents;
    const r = sh.exec('host buy cs-8 --rack rack-2');
    expect(r.ok).toBe(true);
    expect(r.output.split('\n').slice(0, 3)).toEqual([
      'order-1: cs-8 (8 cores, 32GiB RAM, 200GiB disk, 1 Gbit/s) as container-host',
      `Charged $4,500.00; balance $${((before - 450_000) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
      'Arrives at 0h10m30s (in 10m) as host-5 in rack-2',
    ]);
    expect(world.economy.balanceCents).toBe(before - 450_000);
    expect(world.economy.costCents.purchases).toBe(450_000);
    expect(world.economy.lowestBalanceCents).toBe(world.economy.balanceCents);
    expect(world.hosts.has('host-5')).toBe(false);

    sh.wait(599);
    expect(world.hosts.has('host-5')).toBe(false);
    sh.wait(1);
    const h = world.hosts.get('host-5');
    expect(h).toMatchObject({ rack: 'rack-2', type: 'cs-8', role: 'container-host', state: 'up', cores: 8 });
    expect(world.economy.orders).toEqual([]);
    expect(sh.exec('host list').output).toMatch(/^host-5\s+rack-2\s+cs-8\s+container-host\s+up/m);
    // Empty, but a real host: it pulls and runs containers.
    const run = sh.exec('docker -H host-5 run -d --name web nginx:1.25');
    expect(run.ok).toBe(true);
    expect(run.output).toMatch(/Unable to find image 'nginx:1.25' locally/);
    expect(sh.exec('docker -H host-5 ps').output).toMatch(/nginx:1\.25/);
  });

  it('numbers hosts on, counts pending orders, and sets up a new rack on request', () => {
    const { world, sh } = shopFloor(100_000);
    expect(sh.exec('host buy cs-8').output).toMatch(/as host-5 in rack-1$/m);
    expect(sh.exec('host buy hv-32 --role hypervisor --hypervisor type2 --rack rack-9').output).toMatch(/as hypervisor \(type 2\)[\s\S]*as host-6 in rack-9 \(a new rack\)/);
    sh.wait(601);
    expect(world.hosts.get('host-6')).toMatchObject({ role: 'hypervisor', hypervisor: 'type2', rack: 'rack-9' });
    expect(world.racks.get('rack-9')?.powered).toBe(true);
    // A new host costs from its arrival: cs-8 $0.50 and hv-32 $1.60 an hour on top.
    const hostsBefore = world.economy.costCents.hosts;
    sh.wait(3600);
    expect(world.economy.costCents.hosts - hostsBefore).toBe(330 + 50 + 160);
  });

  it('refuses what cannot be bought, and changes nothing', () => {
    const { world, sh } = shopFloor(5000);
    sh.wait(3);
    const before = simulationHash(world);
    const cases: [string, RegExp][] = [
      ['host buy', /^error: command 'host buy' requires <type> option\nhint: host types for sale here: cs-8, hv-32/],
      ['host buy cs-16', /^error: host type 'cs-16' is not for sale\nhint: host types for sale here: cs-8, hv-32/],
      ['host buy hv-32', /^error: insufficient funds: hv-32 costs \$16,000\.00, the balance is \$5,000\.00\nhint: /],
      ['host buy cs-8 --role router', /invalid argument "router" for "--role" flag: expected container-host or hypervisor/],
      ['host buy cs-8 --hypervisor type1', /^error: --hypervisor needs --role hypervisor\nhint: /],
      ['host buy cs-8 --role hypervisor --hypervisor type3', /invalid argument "type3" for "--hypervisor" flag/],
      ['host buy cs-8 --rack Rack_1', /invalid argument "Rack_1" for "--rack" flag/],
      ['host buy cs-8 cs-8', /unexpected data 'cs-8'/],
      ['host buy cs-8 --count 2', /unknown flag: --count/],
    ];
    for (const [line, error] of cases) {
      const r = sh.exec(line);
      expect(r.ok, line).toBe(false);
      expect(r.error, line).toMatch(error);
    }
    expect(simulationHash(world)).toBe(before);
  });

  it('says when a scenario sells nothing', () => {
    const { sh } = sandboxWith((json) => {
      delete json.economy;
    });
    expect(sh.exec('host buy cs-8').error).toMatch(/not for sale\nhint: this scenario sells no hardware/);
  });
});
