// Machines going down and coming back: a host that fails or loses power (everything on
// it dies, its VMs with it), a kernel that panics (every process on that kernel dies;
// the watchdog reboots the machine), and the way back: repair, power, boot. Containers
// whose restart policy asks for it return when their kernel is up again, as dockerd
// restores them at its start; libvirt autostarts the VMs that were running.
import { killContainersOnKernel, logLine } from '../containers.ts';
import type { EventSink } from '../events.ts';
import { bootLog } from '../machines.ts';
import type { Host, Kernel, Vm, World } from '../model.ts';
import { beginBoot } from '../systems/lifecycle.ts';
import { HOST_BOOT_TICKS, PANIC_REBOOT_TICKS } from './figures.ts';
import type { HostOutage } from './model.ts';

const KERNEL_LOG_KEPT = 200;

/** Appends kernel messages, keeping the ring buffer bounded. */
export function kernelLog(k: Kernel, lines: readonly string[]): void {
  k.log.push(...lines);
  if (k.log.length > KERNEL_LOG_KEPT) k.log.splice(0, k.log.length - KERNEL_LOG_KEPT);
}

/** Kills a VM's guest where it stands (its host died or its hypervisor crashed). Returns containers killed. */
export function haltVm(world: World, vm: Vm, state: 'shut-off' | 'crashed', reason: string): number {
  const killed = killContainersOnKernel(world, vm.kernelId, 255, reason);
  vm.state = state;
  vm.progress = 0;
  vm.stateSinceTick = world.tick;
  const kernel = world.kernels.get(vm.kernelId);
  if (kernel) kernel.state = 'off';
  return killed;
}

/**
 * The host stops: its own kernel's processes and every VM on it die at once (exit 255, as
 * docker reports containers of a machine that went away). Returns what died.
 */
export function takeHostDown(world: World, host: Host, reason: HostOutage['reason'], sink: EventSink): { containers: number; vms: string[] } {
  const why = reason === 'power' ? 'power lost' : reason === 'reimage' ? 'host reinstalled' : 'host hardware failure';
  let containers = 0;
  const kernel = host.kernelId ? world.kernels.get(host.kernelId) : undefined;
  if (kernel) {
    containers += killContainersOnKernel(world, kernel.id, 255, why);
    kernel.state = 'off';
  }
  const vms: string[] = [];
  for (const vm of world.vms.values()) {
    if (vm.hostId !== host.id || vm.state === 'shut-off' || vm.state === 'crashed') continue;
    if (vm.state === 'running' || vm.state === 'booting') vms.push(vm.name);
    containers += haltVm(world, vm, 'shut-off', why);
  }
  host.state = 'down';
  world.ops.reboots.delete(host.kernelId ?? '');
  const existing = world.ops.outages.get(host.id);
  if (existing) {
    for (const v of vms) if (!existing.vms.includes(v)) existing.vms.push(v);
    if (reason === 'reimage') existing.reason = reason;
  } else {
    world.ops.outages.set(host.id, { hostId: host.id, reason, sinceTick: world.tick, upAtTick: -1, vms });
  }
  sink.happened(world.tick, 'host-down', host.id, why);
  return { containers, vms };
}

/** The host is powered and booted: its kernel is up, its autostart VMs boot. */
export function bringHostUp(world: World, host: Host, sink: EventSink): void {
  const outage = world.ops.outages.get(host.id);
  host.state = 'up';
  const kernel = host.kernelId ? world.kernels.get(host.kernelId) : undefined;
  if (kernel) {
    kernel.state = 'up';
    kernelLog(kernel, ['-- Reboot --', ...bootLog(kernel.os, kernel.release, host.cores, host.memoryMiB, false)]);
  }
  for (const name of outage?.vms ?? []) {
    const vm = world.vms.get(name);
    if (vm && vm.hostId === host.id && vm.state === 'shut-off') beginBoot(world, vm);
  }
  world.ops.outages.delete(host.id);
  sink.happened(world.tick, 'host-up', host.id, 'booted');
}

/** Whether the rack under a host has power. */
export function rackPowered(world: World, host: Host): boolean {
  return world.racks.get(host.rack)?.powered !== false;
}

/** The lines a Linux kernel prints when it panics; Windows stops with a bug check. */
export function panicLines(kernel: Kernel, cause: string): string[] {
  if (kernel.os === 'windows') return ['The computer has rebooted from a bugcheck.  The bugcheck was: 0x0000003b (0x00000000c0000005, 0xfffff8034a1c2f10, 0xffffd58f3c1e6920, 0x0000000000000000).'];
  return [
    'BUG: unable to handle page fault for address: ffffffffc0a8e000',
    '#PF: supervisor write access in kernel mode',
    'Oops: 0002 [#1] PREEMPT SMP NOPTI',
    `RIP: 0010:${cause}+0x4d/0x190`,
    'Kernel panic - not syncing: Fatal exception in interrupt',
    '---[ end Kernel panic - not syncing: Fatal exception in interrupt ]---',
  ];
}

/**
 * A kernel panics: every process on it dies at once, whatever container it was in. On a
 * type-2 host the VMs are processes of that kernel too, so they die with it. The
 * machine reboots after PANIC_REBOOT_TICKS (kernel.panic sysctl / watchdog).
 */
export function panicKernel(world: World, kernel: Kernel, cause: string, sink: EventSink): { containers: number; vms: string[] } {
  kernelLog(kernel, panicLines(kernel, cause));
  let containers = killContainersOnKernel(world, kernel.id, 255, 'kernel panic');
  kernel.state = 'panicked';
  const vms: string[] = [];
  if (kernel.owner.kind === 'host') {
    const host = world.hosts.get(kernel.owner.id);
    if (host?.hypervisor === 'type2') {
      for (const vm of world.vms.values()) {
        if (vm.hostId !== host.id || vm.state === 'shut-off' || vm.state === 'crashed') continue;
        vms.push(vm.name);
        containers += haltVm(world, vm, 'crashed', 'host kernel panic');
      }
    }
  }
  world.ops.reboots.set(kernel.id, { kernelId: kernel.id, atTick: world.tick + PANIC_REBOOT_TICKS, phase: 'panicked' });
  sink.happened(world.tick, 'kernel-panic', kernel.owner.id, cause);
  return { containers, vms };
}

function advanceReboot(world: World, kernelId: string, sink: EventSink): void {
  const r = world.ops.reboots.get(kernelId);
  const kernel = world.kernels.get(kernelId);
  if (!r || world.tick < r.atTick) return;
  if (!kernel || kernel.state === 'up') {
    world.ops.reboots.delete(kernelId);
    return;
  }
  if (kernel.owner.kind === 'vm') {
    const vm = world.vms.get(kernel.owner.id);
    world.ops.reboots.delete(kernelId);
    if (!vm || vm.state !== 'running') return;
    // The guest's ring buffer starts again; the console log the hypervisor kept shows the panic.
    const before = kernel.log;
    beginBoot(world, vm);
    kernel.log = [...before, '-- Reboot --', ...kernel.log].slice(-KERNEL_LOG_KEPT);
    sink.happened(world.tick, 'vm-rebooting', vm.name, 'after kernel panic');
    return;
  }
  const host = world.hosts.get(kernel.owner.id);
  if (!host || host.state !== 'up') {
    world.ops.reboots.delete(kernelId);
    return;
  }
  if (r.phase === 'panicked') {
    kernel.state = 'off';
    r.phase = 'boot';
    r.atTick = world.tick + HOST_BOOT_TICKS;
    return;
  }
  kernel.state = 'up';
  kernelLog(kernel, ['-- Reboot --', ...bootLog(kernel.os, kernel.release, host.cores, host.memoryMiB, false)]);
  world.ops.reboots.delete(kernelId);
  sink.happened(world.tick, 'host-rebooted', host.id, 'after kernel panic');
}

/** Repairs, boots and reboots whose time has come. */
export function advanceOutages(world: World, sink: EventSink, onReimaged: (host: Host) => void): void {
  const ops = world.ops;
  if (ops.reboots.size > 0) for (const id of [...ops.reboots.keys()]) advanceReboot(world, id, sink);
  if (ops.outages.size > 0) {
    for (const outage of [...ops.outages.values()]) {
      if (outage.upAtTick < 0 || world.tick < outage.upAtTick) continue;
      const host = world.hosts.get(outage.hostId);
      if (!host) {
        ops.outages.delete(outage.hostId);
        continue;
      }
      if (!rackPowered(world, host)) continue;
      if (outage.reason === 'reimage') onReimaged(host);
      bringHostUp(world, host, sink);
    }
  }
  if (ops.nicRepairs.size > 0) {
    for (const r of [...ops.nicRepairs.values()]) {
      if (world.tick < r.doneAtTick) continue;
      const host = world.hosts.get(r.hostId);
      if (host) delete host.partitioned;
      ops.nicRepairs.delete(r.hostId);
      sink.happened(world.tick, 'host-reconnected', r.hostId, 'NIC replaced');
    }
  }
}

/** Writes a line to every container log of a kernel (what the processes saw before dying). */
export function logOnKernel(world: World, kernelId: string, line: string): void {
  for (const c of world.containers.values()) if (c.kernelId === kernelId && c.state === 'running') logLine(c, line);
}
