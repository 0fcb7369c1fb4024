// `host list`: one line per physical host, like `kubectl get nodes -o wide` crossed with
// a cloud console's host view. Readings come from the last tick's host metrics.
import { table } from '../../format/table.ts';
import type { Host, World } from '../../model.ts';
import { vmIsActive } from '../../machines.ts';
import { parseFlags } from '../flags.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { binSize, cores } from './format.ts';
import { extraArgs } from './lookup.ts';

/** `container-host`, `hypervisor (type 1)`, `hypervisor (type 2)`. */
export function roleLabel(host: Host): string {
  if (host.role === 'container-host') return 'container-host';
  return `hypervisor (type ${host.hypervisor === 'type2' ? 2 : 1})`;
}

/** `up`, `up,cordoned`, `down`: cordoned is shown as kubectl shows SchedulingDisabled. */
export function stateLabel(host: Host): string {
  return host.cordoned ? `${host.state},cordoned` : host.state;
}

/** Per host: active VMs and running containers (those in its VMs included). */
function counts(world: World): Map<string, { vms: number; containers: number }> {
  const out = new Map<string, { vms: number; containers: number }>();
  for (const h of world.hosts.values()) out.set(h.id, { vms: 0, containers: 0 });
  for (const vm of world.vms.values()) {
    const c = out.get(vm.hostId);
    if (c && vmIsActive(vm)) c.vms++;
  }
  for (const ct of world.containers.values()) {
    const c = out.get(ct.hostId);
    if (c && ct.state === 'running') c.containers++;
  }
  return out;
}

export const hostList: Handler = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help host list'.`);
  const extra = extraArgs('host list', parsed.parsed.positionals, 0);
  if (extra) return extra;
  const perHost = counts(ctx.world);
  const rows = [...ctx.world.hosts.values()].map((h) => {
    const m = h.metrics;
    const n = perHost.get(h.id) ?? { vms: 0, containers: 0 };
    return [
      h.id,
      h.rack,
      h.type,
      roleLabel(h),
      stateLabel(h),
      `${cores(m.cpuUsedMillis)}/${h.cores}`,
      `${binSize(m.memoryUsedMiB)}/${binSize(h.memoryMiB)}`,
      `${binSize(m.diskUsedMiB)}/${binSize(h.diskMiB)}`,
      `${h.role === 'hypervisor' ? n.vms : '-'}/${n.containers}`,
    ];
  });
  return ok(table(['ID', 'RACK', 'TYPE', 'ROLE', 'STATE', 'CPU', 'MEMORY', 'DISK', 'VMS/CONTAINERS'], rows));
};
