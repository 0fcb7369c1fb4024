// Per-tick state machines: VMs boot and shut down at the speed of the CPU they are
// actually given (steal time and swapping make a boot slower), containers come back
// after their restart delay, batch processes finish, uptimes advance.
import { endRun, isRunning, logLine, startContainer } from '../containers.ts';
import type { EventSink } from '../events.ts';
import type { Vm, World } from '../model.ts';
import { GUEST_OS, HYPERVISOR } from '../realism.ts';

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
  const penalty = vm.state === 'booting' && host.hypervisor ? HYPERVISOR[host.hypervisor].bootPenaltyPermille : 0;
  const work = Math.ceil((PROGRESS_DONE * (1000 + penalty)) / 1000);
  vm.progress += Math.ceil(((PROGRESS_DONE / ticks) * vmSpeedPermille(vm)) / 1000);
  if (vm.progress < work) return;
  const kernel = world.kernels.get(vm.kernelId);
  if (vm.state === 'booting') {
    const took = world.tick + 1 - vm.stateSinceTick;
    vm.state = 'running';
    vm.stateSinceTick = world.tick + 1;
    if (kernel) kernel.state = 'up';
    sink.happened(world.tick, 'vm-booted', vm.name, `${vm.os} guest up after ${took}s`);
  } else {
    vm.state = 'shut-off';
    vm.stateSinceTick = world.tick + 1;
    if (kernel) kernel.state = 'off';
    sink.happened(world.tick, 'vm-shut-off', vm.name, 'guest powered off');
  }
  vm.progress = 0;
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
