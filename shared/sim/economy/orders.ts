// Bought hardware: an order reserves the next free `host-N` id, is paid at once, and
// the host arrives (racked, cabled, booted) after the scenario's delivery delay.
import type { EventSink } from '../events.ts';
import { addHost } from '../machines.ts';
import type { HostRole, HypervisorType, World } from '../model.ts';
import type { HostOrder } from './model.ts';

/** The lowest `host-N` above every `host-N` in use (hosts, VMs, orders): ids are never reused. */
export function nextHostId(world: World): string {
  let max = 0;
  const consider = (id: string) => {
    const m = /^host-(\d+)$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  };
  for (const id of world.hosts.keys()) consider(id);
  for (const id of world.vms.keys()) consider(id);
  for (const o of world.economy.orders) consider(o.hostId);
  return `host-${max + 1}`;
}

/** The rack a new host goes to by default: the one with the fewest hosts (first on a tie). */
export function defaultRack(world: World): string {
  const counts = new Map<string, number>();
  for (const r of world.racks.keys()) counts.set(r, 0);
  for (const h of world.hosts.values()) counts.set(h.rack, (counts.get(h.rack) ?? 0) + 1);
  for (const o of world.economy.orders) counts.set(o.rack, (counts.get(o.rack) ?? 0) + 1);
  let best = '';
  let fewest = Infinity;
  for (const [r, n] of counts) {
    if (n < fewest) {
      best = r;
      fewest = n;
    }
  }
  return best;
}

export interface OrderRequest {
  hostType: string;
  rack: string;
  role: HostRole;
  hypervisor: HypervisorType | null;
}

/** Pays for and records an order (the caller validated type, budget and role). */
export function placeOrder(world: World, req: OrderRequest): HostOrder {
  const e = world.economy;
  const type = world.hostTypes[req.hostType];
  const priceCents = Math.round((type?.price ?? 0) * 100);
  const order: HostOrder = {
    id: `order-${++e.ordersPlaced}`,
    hostType: req.hostType,
    rack: req.rack,
    hostId: nextHostId(world),
    role: req.role,
    hypervisor: req.hypervisor,
    arrivesTick: world.tick + e.deliveryTicks,
    priceCents,
    orderedTick: world.tick,
  };
  e.orders.push(order);
  e.balanceCents -= priceCents;
  e.costCents.purchases += priceCents;
  if (e.balanceCents < e.lowestBalanceCents) e.lowestBalanceCents = e.balanceCents;
  return order;
}

/** Racks the hosts whose delivery time has come. */
export function deliverOrders(world: World, sink: EventSink): void {
  const e = world.economy;
  // This tick's systems produce the world of tick + 1: a host due then must be there by then.
  const now = world.tick + 1;
  if (e.orders.length === 0 || (e.orders[0]?.arrivesTick ?? Infinity) > now) return;
  const waiting: HostOrder[] = [];
  for (const o of e.orders) {
    if (o.arrivesTick > now) {
      waiting.push(o);
      continue;
    }
    const type = world.hostTypes[o.hostType];
    if (!type) continue;
    // The id was free when ordered; a VM may have taken the name since.
    const id = world.hosts.has(o.hostId) || world.vms.has(o.hostId) ? nextHostId(world) : o.hostId;
    if (!world.racks.has(o.rack)) world.racks.set(o.rack, { id: o.rack, powered: true });
    addHost(world, id, o.rack, type, o.role, o.hypervisor);
    sink.happened(world.tick, 'host-delivered', id, `${o.hostType} racked in ${o.rack} (${o.id})`);
  }
  e.orders = waiting;
}
