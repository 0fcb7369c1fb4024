// `vm inspect <name>`: `virsh dominfo` with what a player needs besides: where the
// memory goes (guest OS versus processes), steal and swap readings, the disk, the
// containers inside, and what the VM costs.
import { vmOverheadMiB } from '../../machines.ts';
import { GUEST_OS } from '../../realism.ts';
import { humanDuration } from '../../units.ts';
import { parseFlags } from '../flags.ts';
import { say } from '../hint.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { binSize, cores, fields, permille } from '../host/format.ts';
import { extraArgs } from '../host/lookup.ts';
import { vmStateLabel } from './state.ts';
import { findVm } from './lookup.ts';

export const vmInspect: Handler = (ctx, words) => {
  const parsed = parseFlags(words, []);
  if (!parsed.ok) return fail(`error: ${parsed.error}\nSee 'help vm inspect'.`);
  const found = findVm(ctx, parsed.parsed.positionals[0], 'vm inspect');
  if (!found.ok) return found.outcome;
  const extra = extraArgs('vm inspect', parsed.parsed.positionals, 1);
  if (extra) return extra;
  const vm = found.value;
  const w = ctx.world;
  const host = w.hosts.get(vm.hostId);
  const kernel = w.kernels.get(vm.kernelId);
  const guest = GUEST_OS[vm.os];
  const m = vm.metrics;
  const off = vm.state === 'shut-off' || vm.state === 'crashed';
  let running = 0;
  let total = 0;
  for (const c of w.containers.values()) {
    if (c.targetId !== vm.id) continue;
    total++;
    if (c.state === 'running') running++;
  }
  const processes = Math.max(0, m.memoryUsedMiB - guest.memoryMiB);
  const lines = fields(
    [
      ['Id', off ? '-' : String(vm.index + 1)],
      ['Name', vm.name],
      ['Host', host ? `${host.id} (hypervisor ${host.hypervisor === 'type2' ? 'type 2' : 'type 1'})` : vm.hostId],
      ['OS Type', `hvm (${vm.os} guest)`],
      ['Kernel', kernel ? `${kernel.release} (${kernel.state})` : '-'],
      ['State', vmStateLabel(w, vm)],
      ['Uptime', vm.state === 'running' ? humanDuration(w.tick - vm.stateSinceTick) : '-'],
      ['CPU(s)', String(vm.vcpus)],
      ['CPU usage', `${cores(m.cpuUsedMillis)} cores (demand ${cores(m.cpuDemandMillis)}), steal ${permille(m.stealPermille)}`],
      ['Max memory', `${vm.memoryMiB * 1024} KiB (${binSize(vm.memoryMiB)})`],
      ['Used memory', off ? '0 KiB' : `${Math.round(m.memoryUsedMiB * 1024)} KiB (guest OS ${binSize(guest.memoryMiB)} + processes ${binSize(processes)})`],
      ['Swapped', `${permille(m.swappedPermille)} of guest memory`],
      ['Host overhead', host ? `${binSize(vmOverheadMiB(host, vm.vcpus))} (device emulation, page tables)` : '-'],
      ['Disk', `${binSize(m.diskUsedMiB)} used of ${binSize(vm.diskMiB)} (/var/lib/libvirt/images/${vm.name}.qcow2)`],
      ['Containers', `${running} running, ${total} in all`],
      ['Image store', `${vm.store.layers.length} layers, ${binSize(vm.store.layersMiB)}`],
      ['Licence', guest.licencePerHour > 0 ? `$${guest.licencePerHour.toFixed(2)}/hour (Windows Server, licensed per VM)` : 'none (Linux)'],
      ['Persistent', 'yes'],
      ['Autostart', 'disable'],
    ],
    0,
    16,
  );
  if (m.stealPermille > 0) lines.push(say(ctx, 'machines.note.steal', { steal: permille(m.stealPermille) }));
  if (m.swappedPermille > 0) lines.push(say(ctx, 'machines.note.swapped', { swapped: permille(m.swappedPermille) }));
  return ok(lines.join('\n'));
};
