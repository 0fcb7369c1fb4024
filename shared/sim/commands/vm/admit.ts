// Whether a hypervisor host can back one more running VM, checked before `vm create`
// and `vm start` change anything. vCPUs may be overcommitted (the guests then share
// cores and see steal time) and RAM may exceed the host's (the host swaps guests out
// and they slow down), but RAM plus swap is a hard wall: QEMU cannot allocate the
// guest's memory and the domain fails to start.
import type { Host } from '../../model.ts';
import { hostCommitment, vmOverheadMiB } from '../../machines.ts';
import { failWithHint, say } from '../hint.ts';
import type { CommandContext } from '../types.ts';
import { type Found, hostNames } from '../host/lookup.ts';
import { binSize } from '../host/format.ts';

export interface VmShape {
  name: string;
  vcpus: number;
  memoryMiB: number;
  /** Disk to allocate now (0 when the VM's disk already exists). */
  newDiskMiB: number;
}

/** The host must run a hypervisor and be reachable (libvirt's connection errors otherwise). */
export function hypervisorHost(ctx: CommandContext, host: Host): Found<Host> {
  if (host.role !== 'hypervisor') {
    return {
      ok: false,
      outcome: failWithHint(
        ctx,
        `error: failed to connect to the hypervisor\nerror: Failed to connect socket to '/var/run/libvirt/libvirt-sock' on ${host.id}: No such file or directory`,
        'machines.hint.containerHost',
        { host: host.id, hypervisors: hostNames(ctx.world, (h) => h.role === 'hypervisor') },
      ),
    };
  }
  if (host.state !== 'up') {
    return {
      ok: false,
      outcome: failWithHint(ctx, `error: failed to connect to the hypervisor\nerror: unable to connect to server at '${host.id}:16509': No route to host`, 'machines.hint.hostDown', { host: host.id }),
    };
  }
  return { ok: true, value: host };
}

/** Checks vCPUs, RAM and disk; on success returns the warning lines to print (overcommit). */
export function admitVm(ctx: CommandContext, host: Host, vm: VmShape): Found<string[]> {
  if (vm.vcpus > host.cores) {
    return {
      ok: false,
      outcome: failWithHint(ctx, `error: invalid argument: requested vcpus is greater than max allowable vcpus for the host: ${vm.vcpus} > ${host.cores}`, 'machines.hint.vcpusOverCores', {
        host: host.id,
        cores: host.cores,
      }),
    };
  }
  const commit = hostCommitment(ctx.world, host);
  const need = vm.memoryMiB + vmOverheadMiB(host, vm.vcpus);
  const after = commit.memoryMiB + need;
  if (after > host.memoryMiB + host.swapMiB) {
    return {
      ok: false,
      outcome: failWithHint(
        ctx,
        `error: Failed to start domain '${vm.name}'\nerror: internal error: process exited while connecting to monitor: qemu-system-x86_64: cannot set up guest memory 'pc.ram': Cannot allocate memory`,
        'machines.hint.outOfMemory',
        { host: host.id, ram: binSize(host.memoryMiB), swap: binSize(host.swapMiB), committed: binSize(commit.memoryMiB), need: binSize(need) },
      ),
    };
  }
  if (vm.newDiskMiB > 0 && commit.diskMiB + vm.newDiskMiB > host.diskMiB) {
    return {
      ok: false,
      outcome: failWithHint(
        ctx,
        `error: Failed to create vol '${vm.name}.qcow2'\nerror: cannot allocate ${vm.newDiskMiB * 1024 * 1024} bytes in file '/var/lib/libvirt/images/${vm.name}.qcow2': No space left on device`,
        'machines.hint.diskFull',
        { host: host.id, free: binSize(Math.max(0, host.diskMiB - commit.diskMiB)), need: binSize(vm.newDiskMiB) },
      ),
    };
  }
  const warnings: string[] = [];
  const vcpus = commit.vcpus + vm.vcpus;
  if (vcpus > host.cores) warnings.push(say(ctx, 'machines.warn.cpuOvercommit', { host: host.id, vcpus, cores: host.cores, ratio: (vcpus / host.cores).toFixed(2) }));
  if (after > host.memoryMiB) {
    warnings.push(say(ctx, 'machines.warn.memOvercommit', { host: host.id, committed: binSize(after), ram: binSize(host.memoryMiB), swap: binSize(host.swapMiB) }));
  }
  if (host.cordoned) warnings.push(say(ctx, 'machines.warn.cordoned', { host: host.id }));
  return { ok: true, value: warnings };
}
