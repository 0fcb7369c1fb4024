// The money at a glance, for `status`, the debrief and the runner: balance, what came in
// and went out, the current burn rate, and hardware on its way. Walks hosts and VMs (O(n)).
import type { World } from '../model.ts';
import { POWER_CENTS_PER_BUSY_CORE_HOUR, RESPONSE_KIB } from './calibration.ts';
import { WINDOWS_LICENCE_CENTS_PER_HOUR, hostCentsPerHour } from './systems/money.ts';

export interface EconomySummary {
  balanceCents: number;
  startCents: number;
  lowestBalanceCents: number;
  revenueCents: number;
  /** Running costs and purchases so far, cents. */
  costCents: number;
  /** Revenue minus every cost so far, cents. */
  profitCents: number;
  /** At the current load: what an hour would earn and cost, cents. */
  revenuePerHourCents: number;
  costPerHourCents: number;
  /** Orders not yet delivered: host id, type and arrival tick. */
  pending: { hostId: string; hostType: string; rack: string; arrivesTick: number }[];
}

/** The economy as it stands now. */
export function economySummary(world: World): EconomySummary {
  const e = world.economy;
  const c = e.costCents;
  const cost = c.hosts + c.power + c.licences + c.bandwidth + c.purchases;
  let perHour = 0;
  for (const h of world.hosts.values()) {
    if (h.state !== 'up' || world.racks.get(h.rack)?.powered === false) continue;
    perHour += hostCentsPerHour(world, h.type) + (h.metrics.cpuUsedMillis * POWER_CENTS_PER_BUSY_CORE_HOUR) / 1000;
  }
  for (const vm of world.vms.values()) {
    if (vm.os === 'windows' && vm.state !== 'shut-off' && vm.state !== 'crashed') perHour += WINDOWS_LICENCE_CENTS_PER_HOUR;
  }
  let revenue = 0;
  let served = 0;
  for (const s of world.services.values()) {
    revenue += (s.metrics.servedRps * s.revenuePerKiloRequestCents * 3600) / 1000;
    served += s.metrics.servedRps;
  }
  perHour += (served * 3600 * RESPONSE_KIB * e.egressCentsPerGiB) / (1024 * 1024);
  return {
    balanceCents: e.balanceCents,
    startCents: e.startCents,
    lowestBalanceCents: e.lowestBalanceCents,
    revenueCents: e.revenueCents,
    costCents: cost,
    profitCents: e.revenueCents - cost,
    revenuePerHourCents: Math.round(revenue),
    costPerHourCents: Math.round(perHour),
    pending: e.orders.map((o) => ({ hostId: o.hostId, hostType: o.hostType, rack: o.rack, arrivesTick: o.arrivesTick })),
  };
}

/** `$1,234.56`, `-$12.00`, from cents. */
export function dollarsText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${whole}.${String(abs % 100).padStart(2, '0')}`;
}
