// `vm list`: every defined VM in virsh's `list --all` layout, with the host it runs on
// and the guest OS, like a cloud CLI's instance list.
import { table } from '../../format/table.ts';
import { vmIsActive } from '../../machines.ts';
import { humanDuration } from '../../units.ts';
import { f, flag, parseFlags } from '../flags.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { binSize } from '../host/format.ts';
import { extraArgs, findHost } from '../host/lookup.ts';
import { vmStateLabel } from './state.ts';

const SPECS = [f('all', ['--all', '-a'], false), f('host', ['--host'])];

export const vmList: Handler = (ctx, words) => {
  const parsed = parseFlags(words, SPECS);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help vm list'.`);
  const extra = extraArgs('vm list', parsed.parsed.positionals, 0);
  if (extra) return extra;
  const hostId = flag(parsed.parsed, 'host');
  if (hostId !== undefined) {
    const found = findHost(ctx, hostId, 'vm list');
    if (!found.ok) return found.outcome;
  }
  const w = ctx.world;
  const rows: string[][] = [];
  for (const vm of w.vms.values()) {
    if (hostId !== undefined && vm.hostId !== hostId) continue;
    rows.push([
      vmIsActive(vm) ? String(vm.index + 1) : '-',
      vm.name,
      vm.hostId,
      vmStateLabel(w, vm),
      String(vm.vcpus),
      binSize(vm.memoryMiB),
      vm.os,
      vm.state === 'running' ? humanDuration(w.tick - vm.stateSinceTick) : '-',
    ]);
  }
  const lines = table(['Id', 'Name', 'Host', 'State', 'vCPU', 'Memory', 'OS', 'Uptime'], rows).split('\n');
  const header = ` ${lines[0] ?? ''}`;
  return ok([header, '-'.repeat(header.length + 2), ...lines.slice(1).map((l) => ` ${l}`)].join('\n'));
};
