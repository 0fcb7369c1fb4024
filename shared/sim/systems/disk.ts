// What fills a machine's disk: the OS, image layers (each digest once, shared by every
// image that has it), each container's writable layer (kept until `docker rm`), and
// local volumes; on a hypervisor host, the VMs' virtual disks.
import type { DockerTarget } from '../machines.ts';
import type { Host, World } from '../model.ts';
import { CONTAINER_HOST_OS, GUEST_OS, HYPERVISOR } from '../realism.ts';

/** Disk the installed OS takes on a docker target, MiB. */
export function osDiskMiB(target: DockerTarget): number {
  return target.vm ? GUEST_OS[target.vm.os].osDiskMiB : CONTAINER_HOST_OS.osDiskMiB;
}

/** Disk in use on a docker target right now (walks the containers: for commands, not the tick). */
export function targetDiskUsedMiB(world: World, target: DockerTarget): number {
  let used = osDiskMiB(target) + target.store.layersMiB;
  for (const c of world.containers.values()) if (c.targetId === target.id) used += c.metrics.writableMiB;
  for (const v of world.volumes.values()) if (v.driver === 'local' && v.hostId === target.id) used += v.usedMiB;
  return used;
}

/** Disk of a hypervisor host taken by its own OS and its VMs' disk images, MiB. */
export function hypervisorDiskUsedMiB(world: World, host: Host): number {
  let used = host.hypervisor ? HYPERVISOR[host.hypervisor].osDiskMiB : 0;
  for (const vm of world.vms.values()) if (vm.hostId === host.id) used += vm.diskMiB;
  return used;
}
