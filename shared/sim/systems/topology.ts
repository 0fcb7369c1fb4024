// Dense lookups for the per-tick systems, so that loops over thousands of containers,
// kernels and VMs read arrays instead of Maps keyed by strings: by kernel index the
// kernel, the VM it runs in (if any) and the physical host under it; by VM index the
// VM's kernel and host; by host index the host's own kernel.
// Kernels, VMs and hosts are only ever added (addKernel/addHost/addVm, each with a new
// dense index) or removed together with their VM (removeVm), and a kernel's owner, a
// VM's host and a host's kernel never change. So the tables stay exact while the next
// indexes and the Map sizes are the same, and are rebuilt as soon as either moves. They
// hold references only (states are read live from the objects): a cache, not state.
import type { Host, Kernel, Vm, World } from '../model.ts';

export interface Topology {
  /** By kernel index: the kernel (undefined: removed or never used). */
  kernel: (Kernel | undefined)[];
  /** By kernel index: the VM running the kernel (undefined: a host's own kernel). */
  kernelVm: (Vm | undefined)[];
  /** By kernel index: the physical host under the kernel (a VM kernel's hypervisor host). */
  kernelHost: (Host | undefined)[];
  /** By VM index: the VM's kernel and its host. */
  vmKernel: (Kernel | undefined)[];
  vmHost: (Host | undefined)[];
  /** By host index: the host's own kernel (undefined: a type-1 hypervisor). */
  hostKernel: (Kernel | undefined)[];
  /** Indexes of the kernels a host runs itself (owner kind 'host'), ascending. */
  hostOwnedKernels: number[];
}

interface Cached extends Topology {
  kernels: Map<string, Kernel>;
  vms: Map<string, Vm>;
  hosts: Map<string, Host>;
  nextKernel: number;
  nextVm: number;
  nextHost: number;
  kernelCount: number;
  vmCount: number;
  hostCount: number;
}

const cache = new WeakMap<World, Cached>();

function fresh(world: World): boolean {
  const t = cache.get(world);
  return (
    t !== undefined &&
    t.kernels === world.kernels &&
    t.vms === world.vms &&
    t.hosts === world.hosts &&
    t.nextKernel === world.nextIndex.kernel &&
    t.nextVm === world.nextIndex.vm &&
    t.nextHost === world.nextIndex.host &&
    t.kernelCount === world.kernels.size &&
    t.vmCount === world.vms.size &&
    t.hostCount === world.hosts.size
  );
}

function build(world: World): Cached {
  const t: Cached = {
    kernel: [],
    kernelVm: [],
    kernelHost: [],
    vmKernel: [],
    vmHost: [],
    hostKernel: [],
    hostOwnedKernels: [],
    kernels: world.kernels,
    vms: world.vms,
    hosts: world.hosts,
    nextKernel: world.nextIndex.kernel,
    nextVm: world.nextIndex.vm,
    nextHost: world.nextIndex.host,
    kernelCount: world.kernels.size,
    vmCount: world.vms.size,
    hostCount: world.hosts.size,
  };
  // Filled to full length first, so the arrays stay dense (holes make V8 use dictionaries).
  t.kernel.length = t.kernelVm.length = t.kernelHost.length = t.nextKernel;
  t.vmKernel.length = t.vmHost.length = t.nextVm;
  t.hostKernel.length = t.nextHost;
  t.kernel.fill(undefined);
  t.kernelVm.fill(undefined);
  t.kernelHost.fill(undefined);
  t.vmKernel.fill(undefined);
  t.vmHost.fill(undefined);
  t.hostKernel.fill(undefined);
  for (const h of world.hosts.values()) t.hostKernel[h.index] = h.kernelId ? world.kernels.get(h.kernelId) : undefined;
  for (const vm of world.vms.values()) {
    t.vmKernel[vm.index] = world.kernels.get(vm.kernelId);
    t.vmHost[vm.index] = world.hosts.get(vm.hostId);
  }
  for (const k of world.kernels.values()) {
    t.kernel[k.index] = k;
    if (k.owner.kind === 'host') {
      t.hostOwnedKernels.push(k.index);
      t.kernelHost[k.index] = world.hosts.get(k.owner.id);
    } else {
      const vm = world.vms.get(k.owner.id);
      t.kernelVm[k.index] = vm;
      t.kernelHost[k.index] = vm ? world.hosts.get(vm.hostId) : undefined;
    }
  }
  t.hostOwnedKernels.sort((a, b) => a - b);
  cache.set(world, t);
  return t;
}

/** The world's dense lookup tables, rebuilt only when a kernel, VM or host was added or removed. */
export function topologyOf(world: World): Topology {
  return fresh(world) ? (cache.get(world) as Cached) : build(world);
}
