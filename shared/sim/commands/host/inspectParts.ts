// The lists of `host inspect`: the VMs a hypervisor host carries (with steal and swap
// readings), the containers running on it or inside its VMs, its image store, and
// what fills its disk.
import { table } from '../../format/table.ts';
import type { Host } from '../../model.ts';
import { hostNames } from './lookup.ts';
import { CONTAINER_HOST_OS, HYPERVISOR } from '../../realism.ts';
import { say } from '../hint.ts';
import type { CommandContext } from '../types.ts';
import { binSize, cores, fields, percent, permille, plural } from './format.ts';
import { vmStateLabel } from '../vm/state.ts';

/** Rows shown before `… and N more`, so a big host stays readable. */
const MAX_ROWS = 20;

function indent(text: string): string[] {
  return text.split('\n').map((l) => `  ${l}`);
}

export function vmLines(ctx: CommandContext, host: Host): string[] {
  if (host.role !== 'hypervisor') {
    return [`Virtual machines: ${say(ctx, 'machines.inspect.vmsOnContainerHost', { hypervisors: hostNames(ctx.world, (h) => h.role === 'hypervisor') })}`];
  }
  const vms = [...ctx.world.vms.values()].filter((vm) => vm.hostId === host.id);
  if (vms.length === 0) return ['Virtual machines: 0'];
  const rows = vms.slice(0, MAX_ROWS).map((vm) => [
    vm.name,
    vmStateLabel(ctx.world, vm),
    vm.os,
    String(vm.vcpus),
    binSize(vm.memoryMiB),
    binSize(vm.metrics.memoryUsedMiB),
    cores(vm.metrics.cpuUsedMillis),
    permille(vm.metrics.stealPermille),
    permille(vm.metrics.swappedPermille),
  ]);
  const more = vms.length > MAX_ROWS ? [`  … and ${vms.length - MAX_ROWS} more`] : [];
  return [`Virtual machines: ${vms.length}`, ...indent(table(['NAME', 'STATE', 'OS', 'VCPUS', 'MEMORY', 'USED', 'CPU', 'STEAL', 'SWAPPED'], rows)), ...more];
}

export function containerLines(ctx: CommandContext, host: Host): string[] {
  const all = [...ctx.world.containers.values()].filter((c) => c.hostId === host.id);
  const running = all.filter((c) => c.state === 'running');
  const head = `Containers: ${running.length} running, ${all.length} in all`;
  if (all.length === 0) return [head];
  const rows = all.slice(0, MAX_ROWS).map((c) => [
    c.name,
    c.targetId,
    c.state,
    cores(c.metrics.cpuUsedMillis),
    binSize(c.metrics.memoryUsageMiB),
    c.memoryLimitMiB > 0 ? binSize(c.memoryLimitMiB) : '-',
  ]);
  const more = all.length > MAX_ROWS ? [`  … and ${all.length - MAX_ROWS} more`] : [];
  return [head, ...indent(table(['NAME', 'MACHINE', 'STATE', 'CPU', 'MEMORY', 'LIMIT'], rows)), ...more];
}

export function diskLines(ctx: CommandContext, host: Host): string[] {
  const w = ctx.world;
  if (host.role === 'hypervisor') {
    const osDisk = host.hypervisor ? HYPERVISOR[host.hypervisor].osDiskMiB : 0;
    let vmDisks = 0;
    let vmCount = 0;
    let layers = 0;
    let layersMiB = 0;
    for (const vm of w.vms.values()) {
      if (vm.hostId !== host.id) continue;
      vmDisks += vm.diskMiB;
      vmCount++;
      layers += vm.store.layers.length;
      layersMiB += vm.store.layersMiB;
    }
    const total = osDisk + vmDisks;
    return [
      `Image store: ${say(ctx, 'machines.inspect.imagesInVms', { layers, size: binSize(layersMiB) })}`,
      '',
      'Disk usage:',
      ...fields([
        [host.hypervisor === 'type2' ? 'Host OS' : 'Hypervisor', binSize(osDisk)],
        ['VM disks', `${binSize(vmDisks)} (${plural(vmCount, 'VM')}, allocated in full)`],
        ['Total', `${binSize(total)} of ${binSize(host.diskMiB)} (${percent(total, host.diskMiB)})`],
      ], 2),
    ];
  }
  let writable = 0;
  let ctrs = 0;
  for (const c of w.containers.values()) {
    if (c.targetId !== host.id) continue;
    writable += c.metrics.writableMiB;
    ctrs++;
  }
  let volumes = 0;
  let volCount = 0;
  for (const v of w.volumes.values()) {
    if (v.driver !== 'local' || v.hostId !== host.id) continue;
    volumes += v.usedMiB;
    volCount++;
  }
  const images = host.store.layersMiB;
  const total = CONTAINER_HOST_OS.osDiskMiB + images + writable + volumes;
  return [
    `Image store: ${plural(host.store.layers.length, 'layer')}, ${binSize(images)}, ${plural(Object.keys(host.store.tags).length, 'tag')}`,
    '',
    'Disk usage:',
    ...fields([
      ['OS', binSize(CONTAINER_HOST_OS.osDiskMiB)],
      ['Images', `${binSize(images)} (${plural(host.store.layers.length, 'layer')}, each stored once)`],
      ['Writable layers', `${binSize(writable)} (${plural(ctrs, 'container')})`],
      ['Volumes', `${binSize(volumes)} (${plural(volCount, 'local volume')})`],
      ['Total', `${binSize(total)} of ${binSize(host.diskMiB)} (${percent(total, host.diskMiB)})`],
    ], 2),
  ];
}
