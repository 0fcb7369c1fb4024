// Money (data only), in integer game cents: served requests earn; hosts, power,
// licences and bandwidth cost; hardware bought arrives after a delivery delay.
import { DEFAULT_DELIVERY_TICKS, DEFAULT_EGRESS_CENTS_PER_GIB } from './calibration.ts';

export interface HostOrder {
  id: string;
  hostType: string;
  rack: string;
  /** Host id it will get on arrival. */
  hostId: string;
  role: 'container-host' | 'hypervisor';
  hypervisor: 'type1' | 'type2' | null;
  arrivesTick: number;
  /** Price paid at order time, cents. */
  priceCents: number;
  orderedTick: number;
}

/**
 * Parts of a cent not yet booked, per kind of money, each in its own unit so the sums
 * stay exact integers: revenue in 1/1000 ¢ (rates are per 1,000 requests), host, power
 * and licence costs in 1/3600 ¢ (rates are per hour, one tick is a second), bandwidth
 * in 1/1,048,576 ¢ (KiB against a price per GiB).
 */
export interface MoneyCarry {
  revenue: number;
  hosts: number;
  power: number;
  licences: number;
  bandwidth: number;
}

export interface Economy {
  /** What the scenario started with, cents (profit = balance − this, plus purchases kept). */
  startCents: number;
  balanceCents: number;
  lowestBalanceCents: number;
  revenueCents: number;
  costCents: { hosts: number; power: number; licences: number; bandwidth: number; purchases: number };
  carry: MoneyCarry;
  orders: HostOrder[];
  /** Orders placed so far (ids `order-N`). */
  ordersPlaced: number;
  /** Ticks from order to a racked, booted host. */
  deliveryTicks: number;
  /** Host types the scenario lets players buy (empty: none). */
  buyable: string[];
  /** Cost of 1 GiB leaving the datacenter, cents. */
  egressCentsPerGiB: number;
}

export function emptyEconomy(): Economy {
  return {
    startCents: 0,
    balanceCents: 0,
    lowestBalanceCents: 0,
    revenueCents: 0,
    costCents: { hosts: 0, power: 0, licences: 0, bandwidth: 0, purchases: 0 },
    carry: { revenue: 0, hosts: 0, power: 0, licences: 0, bandwidth: 0 },
    orders: [],
    ordersPlaced: 0,
    deliveryTicks: DEFAULT_DELIVERY_TICKS,
    buyable: [],
    egressCentsPerGiB: DEFAULT_EGRESS_CENTS_PER_GIB,
  };
}
