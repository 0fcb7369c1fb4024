// Money (data only), in integer game cents: served requests earn; hosts, power,
// licences and bandwidth cost; hardware bought arrives after a delivery delay.

export interface HostOrder {
  id: string;
  hostType: string;
  rack: string;
  /** Host id it will get on arrival. */
  hostId: string;
  role: 'container-host' | 'hypervisor';
  hypervisor: 'type1' | 'type2' | null;
  arrivesTick: number;
}

export interface Economy {
  balanceCents: number;
  lowestBalanceCents: number;
  revenueCents: number;
  costCents: { hosts: number; power: number; licences: number; bandwidth: number; purchases: number };
  orders: HostOrder[];
  /** Ticks from order to a racked, booted host. */
  deliveryTicks: number;
  /** Host types the scenario lets players buy (empty: none). */
  buyable: string[];
  /** Cost of 1 GiB leaving the datacenter, cents. */
  egressCentsPerGiB: number;
}

export function emptyEconomy(): Economy {
  return {
    balanceCents: 0,
    lowestBalanceCents: 0,
    revenueCents: 0,
    costCents: { hosts: 0, power: 0, licences: 0, bandwidth: 0, purchases: 0 },
    orders: [],
    deliveryTicks: 600,
    buyable: [],
    egressCentsPerGiB: 5,
  };
}
