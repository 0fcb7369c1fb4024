// Machines of the datacenter: physical hosts, the VMs on hypervisor hosts, and the
// kernel each bare-metal OS or guest OS runs. A "docker target" is any machine with a
// Linux or Windows kernel and a container engine: a container host, or a VM.
import { removeContainersOnTarget } from './containers.ts';
import { emptyStore } from './images.ts';
import type { Host, HostRole, HostType, HypervisorType, ImageStore, Kernel, OsKind, Vm, World } from './model.ts';
import { CONTAINER_HOST_OS, GUEST_OS, HYPERVISOR } from './realism.ts';

/**
 * The first lines a kernel writes to its ring buffer at boot. A guest kernel reports the
 * hypervisor under it and sees only the vCPUs and RAM it was given, not the host's.
 */
export function bootLog(os: OsKind, release: string, cpus: number, memoryMiB: number, virtual: boolean): string[] {
  if (os === 'windows') return [`Microsoft-Windows-Kernel-General: The operating system started (build ${release}), ${cpus} processors, ${memoryMiB} MB of memory.`];
  const kib = memoryMiB * 1024;
  return [
    `Linux version ${release} (gcc 12.2.0, GNU ld 2.40) #1 SMP PREEMPT_DYNAMIC`,
    ...(virtual ? ['Hypervisor detected: KVM'] : []),
    `smpboot: Allowing ${cpus} CPUs, 0 hotplug CPUs`,
    `Memory: ${kib - Math.floor(kib / 32)}K/${kib}K available`,
  ];
}

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
    const kernel = addKernel(world, 'linux', { kind: 'host', id }, CONTAINER_HOST_OS.kernelRelease);
    kernel.log.push(...bootLog('linux', kernel.release, host.cores, host.memoryMiB, false));
    host.kernelId = kernel.id;
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
  kernel.log.push(...bootLog(os, spec.kernelRelease, vcpus, memoryMiB, true));
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

/** A VM holds vCPUs and RAM on its host unless it is powered off (shut off, or crashed). */
export function vmIsActive(vm: Vm): boolean {
  return vm.state !== 'shut-off' && vm.state !== 'crashed';
}

/** RAM the hypervisor spends on one VM besides the guest's memory (device emulation, page tables), MiB. */
export function vmOverheadMiB(host: Host, vcpus: number): number {
  if (!host.hypervisor) return 0;
  const hv = HYPERVISOR[host.hypervisor];
  return hv.perVmMiB + hv.perVcpuMiB * vcpus;
}

/** What the hypervisor layer itself takes from a host: CPU in millicores, RAM in MiB. */
export function hypervisorOverhead(host: Host): { cpuMillis: number; memoryMiB: number } {
  if (!host.hypervisor) return { cpuMillis: 0, memoryMiB: 0 };
  const hv = HYPERVISOR[host.hypervisor];
  return { cpuMillis: host.cores * hv.cpuOverheadPermille, memoryMiB: hv.memoryMiB };
}

export interface HostCommitment {
  /** The hypervisor's own RAM plus every active VM's memory and overhead, MiB (above RAM = overcommit). */
  memoryMiB: number;
  /** vCPUs of the active VMs (above the core count = CPU overcommit). */
  vcpus: number;
  activeVms: number;
  /** VMs defined on the host, in any state. */
  vms: number;
  /** The hypervisor's OS plus every defined VM's (thick-provisioned) disk, MiB. */
  diskMiB: number;
}

/** What a hypervisor host has promised to its VMs right now (walks the VMs: for commands). */
export function hostCommitment(world: World, host: Host): HostCommitment {
  const out: HostCommitment = { memoryMiB: hypervisorOverhead(host).memoryMiB, vcpus: 0, activeVms: 0, vms: 0, diskMiB: host.hypervisor ? HYPERVISOR[host.hypervisor].osDiskMiB : 0 };
  for (const vm of world.vms.values()) {
    if (vm.hostId !== host.id) continue;
    out.vms++;
    out.diskMiB += vm.diskMiB;
    if (!vmIsActive(vm)) continue;
    out.activeVms++;
    out.vcpus += vm.vcpus;
    out.memoryMiB += vm.memoryMiB + vmOverheadMiB(host, vm.vcpus);
  }
  return out;
}

/**
 * Deletes a VM with everything that lived only on its virtual disk: its kernel, its
 * containers, local volumes and networks. Returns how many containers and volumes went.
 */
export function removeVm(world: World, vm: Vm): { containers: number; volumes: number } {
  let volumes = 0;
  for (const v of world.volumes.values()) if (v.driver === 'local' && v.hostId === vm.id) volumes++;
  const containers = removeContainersOnTarget(world, vm.id);
  world.kernels.delete(vm.kernelId);
  world.vms.delete(vm.id);
  return { containers, volumes };
}

/** The kernel a host or VM runs (null for a type-1 hypervisor host, which has none of its own). */
export function kernelOfMachine(world: World, id: string): { found: boolean; kernel: Kernel | null } {
  const host = world.hosts.get(id);
  if (host) return { found: true, kernel: host.kernelId ? world.kernels.get(host.kernelId) ?? null : null };
  const vm = world.vms.get(id);
  if (vm) return { found: true, kernel: world.kernels.get(vm.kernelId) ?? null };
  return { found: false, kernel: null };
}
