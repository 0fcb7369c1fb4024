// `host buy <type>`: order hardware. The price is charged at once; the host arrives
// racked and booted after the scenario's delivery delay, with an empty image store.
import { dollarsText } from '../../economy/summary.ts';
import { defaultRack, placeOrder } from '../../economy/orders.ts';
import type { HostRole, HypervisorType } from '../../model.ts';
import { clock } from '../../units.ts';
import { f, flag, parseFlags } from '../flags.ts';
import { failWithHint, say } from '../hint.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { binSize, linkSpeed } from './format.ts';
import { shortDuration } from '../service/view.ts';

const SPECS = [f('rack', ['--rack']), f('role', ['--role']), f('hypervisor', ['--hypervisor'])];
const RACK_ID = /^[a-z0-9][a-z0-9._-]{0,62}$/;

function badValue(name: string, value: string, expected: string): ReturnType<Handler> {
  return fail(`error: invalid argument "${value}" for "--${name}" flag: expected ${expected}\nSee 'help host buy'.`);
}

export const hostBuy: Handler = (ctx, words) => {
  const w = ctx.world;
  const e = w.economy;
  const parsed = parseFlags(words, SPECS);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help host buy'.`);
  const p = parsed.parsed;
  const forSale = e.buyable.join(', ');
  const typeName = p.positionals[0];
  if (typeName === undefined) {
    const err = "error: command 'host buy' requires <type> option";
    return forSale ? failWithHint(ctx, err, 'services.buy.hint.forSale', { types: forSale }) : failWithHint(ctx, err, 'services.buy.hint.nothingForSale');
  }
  const extra = p.positionals[1];
  if (extra !== undefined) return fail(`error: unexpected data '${extra}'\nSee 'help host buy'.`);
  const role = flag(p, 'role') ?? 'container-host';
  if (role !== 'container-host' && role !== 'hypervisor') return badValue('role', role, 'container-host or hypervisor');
  const hv = flag(p, 'hypervisor');
  if (hv !== undefined && hv !== 'type1' && hv !== 'type2') return badValue('hypervisor', hv, 'type1 or type2');
  if (hv !== undefined && role === 'container-host') return failWithHint(ctx, 'error: --hypervisor needs --role hypervisor', 'services.buy.hint.containerHost');
  const rack = flag(p, 'rack') ?? defaultRack(w);
  if (!RACK_ID.test(rack)) return badValue('rack', rack, 'a rack id such as rack-3 (lower-case letters, digits, ".", "_" or "-")');
  if (!e.buyable.includes(typeName)) {
    const err = `error: host type '${typeName}' is not for sale`;
    return forSale ? failWithHint(ctx, err, 'services.buy.hint.forSale', { types: forSale }) : failWithHint(ctx, err, 'services.buy.hint.nothingForSale');
  }
  const type = w.hostTypes[typeName];
  if (!type) return fail(`error: host type '${typeName}' is not for sale`);
  const price = Math.round(type.price * 100);
  if (price > e.balanceCents) {
    return failWithHint(ctx, `error: insufficient funds: ${typeName} costs ${dollarsText(price)}, the balance is ${dollarsText(e.balanceCents)}`, 'services.buy.hint.funds', {
      price: dollarsText(price),
      balance: dollarsText(e.balanceCents),
    });
  }
  const newRack = !w.racks.has(rack) && !e.orders.some((o) => o.rack === rack);
  const hypervisor: HypervisorType | null = role === 'hypervisor' ? ((hv ?? 'type1') as HypervisorType) : null;
  const order = placeOrder(w, { hostType: typeName, rack, role: role as HostRole, hypervisor });
  const what = role === 'hypervisor' ? `hypervisor (${hypervisor === 'type2' ? 'type 2' : 'type 1'})` : 'container-host';
  return ok(
    [
      `${order.id}: ${typeName} (${type.cores} cores, ${binSize(type.memoryMiB)} RAM, ${binSize(type.diskMiB)} disk, ${linkSpeed(type.nicMbps)}) as ${what}`,
      `Charged ${dollarsText(order.priceCents)}; balance ${dollarsText(e.balanceCents)}`,
      `Arrives at ${clock(order.arrivesTick)} (in ${shortDuration(e.deliveryTicks)}) as ${order.hostId} in ${rack}${newRack ? ' (a new rack)' : ''}`,
      say(ctx, 'services.buy.note.arrives', { host: order.hostId }),
    ].join('\n'),
  );
};
