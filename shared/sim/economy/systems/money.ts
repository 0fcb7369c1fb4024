// Money per tick: revenue from served requests; host, power, licence and bandwidth costs; hardware deliveries.
// Every rate is summed in exact integer sub-cent units (see MoneyCarry) and only whole
// cents are booked, so a run's money does not drift with the number of ticks.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';
import { GUEST_OS } from '../../realism.ts';
import { POWER_CENTS_PER_BUSY_CORE_HOUR, RESPONSE_KIB } from '../calibration.ts';
import type { Economy, MoneyCarry } from '../model.ts';
import { deliverOrders } from '../orders.ts';

const HOUR = 3600;
const KIB_PER_GIB = 1024 * 1024;

/** Moves the whole cents of `carry[kind]` (in units of 1/`per` ¢) out; returns them. */
function settle(carry: MoneyCarry, kind: keyof MoneyCarry, per: number): number {
  const whole = Math.floor(carry[kind] / per);
  carry[kind] -= whole * per;
  return whole;
}

/** Per-hour cost of a host type, cents. */
export function hostCentsPerHour(world: World, type: string): number {
  return Math.round((world.hostTypes[type]?.costPerHour ?? 0) * 100);
}

/** Licence cost of one running Windows VM per hour, cents. */
export const WINDOWS_LICENCE_CENTS_PER_HOUR = Math.round(GUEST_OS.windows.licencePerHour * 100);

function book(e: Economy): void {
  const c = e.carry;
  const revenue = settle(c, 'revenue', 1000);
  const hosts = settle(c, 'hosts', HOUR);
  const power = settle(c, 'power', HOUR * 1000);
  const licences = settle(c, 'licences', HOUR);
  const bandwidth = settle(c, 'bandwidth', KIB_PER_GIB);
  e.revenueCents += revenue;
  e.costCents.hosts += hosts;
  e.costCents.power += power;
  e.costCents.licences += licences;
  e.costCents.bandwidth += bandwidth;
  e.balanceCents += revenue - hosts - power - licences - bandwidth;
  if (e.balanceCents < e.lowestBalanceCents) e.lowestBalanceCents = e.balanceCents;
}

/** One game second of income and costs, then the deliveries that are due. */
export function advanceMoney(world: World, sink: EventSink): void {
  const e = world.economy;
  const c = e.carry;
  let served = 0;
  for (const s of world.services.values()) {
    c.revenue += s.metrics.servedRps * s.revenuePerKiloRequestCents;
    served += s.metrics.servedRps;
  }
  c.bandwidth += served * RESPONSE_KIB * e.egressCentsPerGiB;
  // Hosts come in runs of one type: its rate is worked out once per run (each call
  // returned a fresh heap number).
  let type: string | null = null;
  let centsPerHour = 0;
  for (const h of world.hosts.values()) {
    // costPerHour is a running cost (power, cooling, space): a host that is down or unpowered is not billed.
    if (h.state !== 'up' || world.racks.get(h.rack)?.powered === false) continue;
    if (h.type !== type) {
      type = h.type;
      centsPerHour = hostCentsPerHour(world, type);
    }
    c.hosts += centsPerHour;
    c.power += h.metrics.cpuUsedMillis * POWER_CENTS_PER_BUSY_CORE_HOUR;
  }
  if (WINDOWS_LICENCE_CENTS_PER_HOUR > 0) {
    for (const vm of world.vms.values()) {
      if (vm.os === 'windows' && vm.state !== 'shut-off' && vm.state !== 'crashed') c.licences += WINDOWS_LICENCE_CENTS_PER_HOUR;
    }
  }
  book(e);
  deliverOrders(world, sink);
}
