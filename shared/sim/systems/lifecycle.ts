// Per-tick state machines: VMs boot and shut down at the speed of the CPU they are
// actually given (steal time and swapping make a boot slower), containers come back
// after their restart delay, batch processes finish, uptimes advance. Also the VM
// power transitions the `vm` commands start: power on, ACPI shutdown, hard power off,
// with the guest's docker engine stopping and restoring its containers as dockerd does.
import { endRun, isRunning, killContainersOnKernel, logLine, startContainer } from '../containers.ts';
import type { EventSink } from '../events.ts';
import { bootLog } from '../machines.ts';
import type { Container, Vm, World } from '../model.ts';
import { GUEST_OS, HYPERVISOR } from '../realism.ts';
import { crashFromProfile } from '../ops/crash.ts';

/** VM progress counts to one million: boot and shutdown work in millionths. */
export const PROGRESS_DONE = 1_000_000;

/** Fraction (per-mille) of full speed a VM's guest runs at, after steal and swapping. */
export function vmSpeedPermille(vm: Vm): number {
  const afterSteal = 1000 - vm.metrics.stealPermille;
  const swapPenalty = Math.min(900, vm.metrics.swappedPermille * 3);
  return Math.max(50, Math.floor((afterSteal * (1000 - swapPenalty)) / 1000));
}

function advanceVm(world: World, vm: Vm, sink: EventSink): void {
  if (vm.state !== 'booting' && vm.state !== 'shutting-down') return;
  const host = world.hosts.get(vm.hostId);
  if (!host || host.state !== 'up') return;
  const spec = GUEST_OS[vm.os];
  const ticks = vm.state === 'booting' ? spec.bootTicks : spec.shutdownTicks;
  const work = vm.state === 'booting' ? bootWork(world, vm) : PROGRESS_DONE;
  vm.progress += Math.ceil(((PROGRESS_DONE / ticks) * vmSpeedPermille(vm)) / 1000);
  if (vm.progress < work) return;
  const kernel = world.kernels.get(vm.kernelId);
  if (vm.state === 'booting') {
    const took = world.tick + 1 - vm.stateSinceTick;
    vm.state = 'running';
    vm.stateSinceTick = world.tick + 1;
    if (kernel) kernel.state = 'up';
    sink.happened(world.tick, 'vm-booted', vm.name, `${vm.os} guest up after ${took}s`);
    restoreGuestContainers(world, vm, sink);
  } else {
    vm.state = 'shut-off';
    vm.stateSinceTick = world.tick + 1;
    if (kernel) kernel.state = 'off';
    sink.happened(world.tick, 'vm-shut-off', vm.name, 'guest powered off');
  }
  vm.progress = 0;
}

/** Work (in PROGRESS_DONE units) a boot needs on this VM's host: a type-2 guest's I/O goes through the host OS. */
export function bootWork(world: World, vm: Vm): number {
  const host = world.hosts.get(vm.hostId);
  const penalty = host?.hypervisor ? HYPERVISOR[host.hypervisor].bootPenaltyPermille : 0;
  return Math.ceil((PROGRESS_DONE * (1000 + penalty)) / 1000);
}

/** Boot progress of a booting guest, whole percent. */
export function bootPercent(world: World, vm: Vm): number {
  return Math.min(99, Math.floor((vm.progress * 100) / bootWork(world, vm)));
}

/**
 * Powers a defined VM on: firmware, kernel and init start from zero. The kernel ring
 * buffer lives in the guest's RAM, so the previous boot's messages are gone.
 */
export function beginBoot(world: World, vm: Vm): void {
  vm.state = 'booting';
  vm.progress = 0;
  vm.stateSinceTick = world.tick;
  const kernel = world.kernels.get(vm.kernelId);
  if (kernel) {
    kernel.state = 'off';
    kernel.log = bootLog(vm.os, kernel.release, vm.vcpus, vm.memoryMiB, true);
  }
}

/**
 * Ends the guest's containers as its docker engine goes down. dockerd applies no restart
 * policy while it stops itself; which containers return is decided when it starts again.
 */
function haltGuestContainers(world: World, vm: Vm): number {
  let halted = 0;
  for (const c of world.containers.values()) {
    if (c.kernelId !== vm.kernelId) continue;
    if (c.state === 'running') {
      logLine(c, `${c.profile.command}: received SIGTERM (system shutdown), exiting`);
      const byUser = c.stoppedByUser;
      c.stoppedByUser = true;
      endRun(world, c, 0, '', false);
      c.stoppedByUser = byUser;
      halted++;
    } else if (c.state === 'restarting') {
      c.state = 'exited';
    }
  }
  return halted;
}

/**
 * dockerd starting in a freshly booted guest: `always` containers come back even if a
 * user had stopped them, `unless-stopped` ones unless a user had; `on-failure` and `no`
 * ones stay down (docs.docker.com, "Start containers automatically").
 */
function restoreGuestContainers(world: World, vm: Vm, sink: EventSink): void {
  const back: Container[] = [];
  for (const c of world.containers.values()) {
    if (c.kernelId !== vm.kernelId || c.state !== 'exited') continue;
    if (c.restartPolicy === 'always' || (c.restartPolicy === 'unless-stopped' && !c.stoppedByUser)) back.push(c);
  }
  for (const c of back) {
    const refused = startContainer(world, c);
    if (refused) logLine(c, refused);
    else sink.happened(world.tick, 'container-restored', c.name, `${vm.name} booted`);
  }
}

/** ACPI shutdown: the guest stops its services (docker stops its containers) and powers off. Returns containers stopped. */
export function beginShutdown(world: World, vm: Vm): number {
  const halted = haltGuestContainers(world, vm);
  vm.state = 'shutting-down';
  vm.progress = 0;
  vm.stateSinceTick = world.tick;
  return halted;
}

/**
 * Hard power off (`virsh destroy`): every process dies where it stands (exit 255, as
 * docker reports a container whose machine went away). Containers whose restart policy
 * asks for it wait as `restarting` and come back when the guest's kernel is up again.
 * Returns the containers killed.
 */
export function powerOff(world: World, vm: Vm): number {
  const killed = killContainersOnKernel(world, vm.kernelId, 255, 'machine powered off');
  vm.state = 'shut-off';
  vm.progress = 0;
  vm.stateSinceTick = world.tick;
  const kernel = world.kernels.get(vm.kernelId);
  if (kernel) kernel.state = 'off';
  return killed;
}

export function advanceLifecycle(world: World, sink: EventSink): void {
  for (const vm of world.vms.values()) advanceVm(world, vm, sink);
  const tick = world.tick;
  for (const c of world.containers.values()) {
    if (isRunning(c)) {
      c.metrics.uptimeTicks++;
      const exitAfter = c.profile.exitAfterTicks;
      if (exitAfter !== undefined && c.metrics.uptimeTicks >= exitAfter) {
        logLine(c, `${c.profile.command}: done, exiting`);
        endRun(world, c, 0, '', false);
        sink.happened(tick, 'container-exited', c.name, 'exit 0');
      } else if (c.profile.crashAfterTicks !== undefined && c.metrics.uptimeTicks >= c.profile.crashAfterTicks) {
        crashFromProfile(world, c, sink);
      }
    } else if (c.state === 'restarting' && tick >= c.restartAtTick) {
      const kernel = world.kernels.get(c.kernelId);
      if (!kernel || kernel.state !== 'up') continue;
      const refused = startContainer(world, c);
      if (refused) {
        logLine(c, refused);
        c.state = 'exited';
      } else {
        sink.happened(tick, 'container-restarted', c.name, `restart #${c.restartCount}`);
      }
    }
  }
}
