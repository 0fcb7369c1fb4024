// Machines of the datacenter: physical hosts, the VMs on hypervisor hosts, and the
// kernel each bare-metal OS or guest OS runs. A "docker target" is any machine with a
// Linux or Windows kernel and a container engine: a container host, or a VM.
import { emptyStore } from './images.ts';
import type { Host, HostRole, HostType, HypervisorType, ImageStore, Kernel, OsKind, Vm, World } from './model.ts';
import { CONTAINER_HOST_OS, GUEST_OS } from './realism.ts';

export function addKernel(world: World, os: OsKind, owner: Kernel['owner'], release: string): Kernel {
  const kernel: Kernel = {
    id: `kernel-${owner.id}`,
    index: world.nextIndex.kernel++,
    os,
    release,
    owner,
    state: 'up',
    log: [],
    nextBridgeIp: 2,
  };
  world.kernels.set(kernel.id, kernel);
  return kernel;
}

export function addHost(world: World, id: string, rack: string, type: HostType, role: HostRole, hypervisor: HypervisorType | null): Host {
  const host: Host = {
    id,
    index: world.nextIndex.host++,
    rack,
    type: type.name,
    cores: type.cores,
    memoryMiB: type.memoryMiB,
    diskMiB: type.diskMiB,
    nicMbps: type.nicMbps,
    role,
    hypervisor,
    state: 'up',
    cordoned: false,
    kernelId: null,
    // Hypervisor hosts keep swap the size of half their RAM; container hosts run without
    // swap, as Kubernetes nodes do, so memory pressure ends in the OOM killer.
    swapMiB: role === 'hypervisor' ? Math.floor(type.memoryMiB / 2) : 0,
    store: emptyStore(),
    metrics: { cpuDemandMillis: 0, cpuUsedMillis: 0, memoryUsedMiB: 0, memoryOvercommitMiB: 0, swapUsedMiB: 0, diskUsedMiB: 0, nicUsedMiBps: 0 },
  };
  world.hosts.set(id, host);
  // A type-1 hypervisor runs on the hardware with no general-purpose OS for containers.
  if (role === 'container-host' || hypervisor === 'type2') {
    host.kernelId = addKernel(world, 'linux', { kind: 'host', id }, CONTAINER_HOST_OS.kernelRelease).id;
  }
  return host;
}

export function addVm(world: World, name: string, host: Host, vcpus: number, memoryMiB: number, os: OsKind): Vm {
  const spec = GUEST_OS[os];
  const vm: Vm = {
    id: name,
    index: world.nextIndex.vm++,
    name,
    hostId: host.id,
    vcpus,
    memoryMiB,
    os,
    state: 'booting',
    progress: 0,
    kernelId: '',
    diskMiB: spec.diskMiB,
    createdTick: world.tick,
    stateSinceTick: world.tick,
    store: emptyStore(),
    metrics: { diskUsedMiB: spec.osDiskMiB, cpuDemandMillis: 0, cpuUsedMillis: 0, stealPermille: 0, swappedPermille: 0, memoryUsedMiB: 0 },
  };
  world.vms.set(name, vm);
  const kernel = addKernel(world, os, { kind: 'vm', id: name }, spec.kernelRelease);
  kernel.state = 'off';
  vm.kernelId = kernel.id;
  return vm;
}

/** A machine that can run containers (`docker -H <target>`). */
export interface DockerTarget {
  id: string;
  kind: 'host' | 'vm';
  host: Host;
  vm: Vm | null;
  kernel: Kernel;
  store: ImageStore;
  /** Disk the engine's images and containers live on, MiB. */
  diskMiB: number;
  /** Memory the engine's containers can use before the OS runs out, MiB. */
  memoryMiB: number;
  /** NIC line rate seen by this machine (a VM's vNIC is bridged to its host's NIC). */
  nicMbps: number;
}

export type TargetLookup = { ok: true; target: DockerTarget } | { ok: false; reason: 'unknown' | 'hypervisor' | 'down' | 'vm-off' };

/** Resolves `-H <host-or-vm>` to the machine whose engine will run the command. */
export function resolveTarget(world: World, id: string): TargetLookup {
  const host = world.hosts.get(id);
  if (host) {
    if (host.role === 'hypervisor') return { ok: false, reason: 'hypervisor' };
    const kernel = host.kernelId ? world.kernels.get(host.kernelId) : undefined;
    if (!kernel) return { ok: false, reason: 'hypervisor' };
    if (host.state !== 'up' || kernel.state !== 'up') return { ok: false, reason: 'down' };
    return {
      ok: true,
      target: { id, kind: 'host', host, vm: null, kernel, store: host.store, diskMiB: host.diskMiB, memoryMiB: host.memoryMiB - CONTAINER_HOST_OS.memoryMiB, nicMbps: host.nicMbps },
    };
  }
  const vm = world.vms.get(id);
  if (vm) {
    const vmHost = world.hosts.get(vm.hostId);
    const kernel = world.kernels.get(vm.kernelId);
    if (!vmHost || !kernel) return { ok: false, reason: 'unknown' };
    if (vm.state !== 'running' || kernel.state !== 'up' || vmHost.state !== 'up') return { ok: false, reason: 'vm-off' };
    return {
      ok: true,
      target: { id, kind: 'vm', host: vmHost, vm, kernel, store: vm.store, diskMiB: vm.diskMiB, memoryMiB: vm.memoryMiB - GUEST_OS[vm.os].memoryMiB, nicMbps: vmHost.nicMbps },
    };
  }
  return { ok: false, reason: 'unknown' };
}

/** The image store of a host or VM regardless of its state (for preloading and inspection). */
export function storeOf(world: World, targetId: string): ImageStore | null {
  return world.hosts.get(targetId)?.store ?? world.vms.get(targetId)?.store ?? null;
}
