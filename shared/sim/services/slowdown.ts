// How fast a backend's CPU runs this tick compared with an idle machine, per kernel:
// - run-queue wait: the processes on the kernel ask for more CPU than it has (a noisy
//   neighbour); a request's thread waits behind them (Linux PSI "cpu some");
// - speed: a VM's vCPUs wait for physical cores (steal) and fault on swapped-out pages,
//   so every request takes longer and the VM gets less done per second.
// One pass over the containers of the kernels that carry backends; scratch reused.
import type { Container, World } from '../model.ts';
import { CONTAINER_HOST_OS, GUEST_OS } from '../realism.ts';
import { vmSpeedPermille } from '../systems/lifecycle.ts';
import { type Topology, topologyOf } from '../systems/topology.ts';
import { RUN_QUEUE_WAIT_MAX_PERMILLE } from './calibration.ts';

// Local copies of imported bindings used per backend kernel: under tsx's CommonJS interop
// each access to an import is a getter call, which shows in a loop over thousands.
const GUEST = GUEST_OS;
const HOST_OS_CPU = CONTAINER_HOST_OS.cpuMillis;
const WAIT_MAX = RUN_QUEUE_WAIT_MAX_PERMILLE;
const guestSpeed = vmSpeedPermille;

/** Per kernel index: what its processes ask for and how fast it runs (0 = not computed this tick). */
export interface KernelLoad {
  size: number;
  /** 1 for kernels whose load is wanted this tick. */
  marked: Uint8Array;
  /** CPU the running containers ask for after their own quotas, millicores. */
  wanted: Float64Array;
  /** Service time stretch, per-mille (≥ 1000). */
  slowdown: Float64Array;
  /** Share of full speed the machine runs at, per-mille (VM steal and swapping). */
  speed: Float64Array;
  /** 1 when the kernel is asked for more CPU than it has: containers are cut to their fair share. */
  contended: Uint8Array;
}

let scratch: KernelLoad | null = null;

/** Scratch sized for `n` kernels with every mark and cached reading cleared. */
export function kernelLoadFor(n: number): KernelLoad {
  if (!scratch || scratch.size < n) {
    const size = Math.max(64, n * 2);
    scratch = { size, marked: new Uint8Array(size), wanted: new Float64Array(size), slowdown: new Float64Array(size), speed: new Float64Array(size), contended: new Uint8Array(size) };
  } else {
    scratch.marked.fill(0, 0, n);
    scratch.slowdown.fill(0, 0, n);
  }
  return scratch;
}

/** Sums, for the marked kernels, the CPU their running containers ask for after their CFS quotas. */
export function sumMarkedKernels(world: World, load: KernelLoad): void {
  for (let i = 0; i < world.nextIndex.kernel; i++) if (load.marked[i]) load.wanted[i] = 0;
  for (const c of world.containers.values()) {
    const ki = c.kernelIndex;
    if (!load.marked[ki] || c.state !== 'running') continue;
    const want = c.profile.cpuMillis + c.metrics.trafficCpuMillis;
    load.wanted[ki] = (load.wanted[ki] ?? 0) + (c.cpuLimitMillis > 0 && want > c.cpuLimitMillis ? c.cpuLimitMillis : want);
  }
}

/** CPU a kernel can hand to containers, millicores (its machine's cores or vCPUs minus the OS's own load). */
export function kernelCpuCapacity(world: World, c: Container): number {
  const vm = world.vms.get(c.targetId);
  if (vm) return vm.vcpus * 1000 - GUEST[vm.os].idleCpuMillis;
  const host = world.hosts.get(c.hostId);
  return host ? host.cores * 1000 - HOST_OS_CPU : 0;
}

/** Run-queue wait on a kernel asked for `wanted` of `capacity` millicores, per-mille of service time. */
export function runQueueWaitPermille(wanted: number, capacity: number): number {
  if (capacity <= 0 || wanted <= capacity) return 0;
  return Math.min(WAIT_MAX, Math.floor(((wanted - capacity) * 1000) / capacity));
}

/** Computes (once per tick) the readings of backend `c`'s kernel; read them from `load` at c.kernelIndex. */
export function readKernel(world: World, load: KernelLoad, c: Container): void {
  readKernelAt(topologyOf(world), load, c.kernelIndex);
}

/**
 * readKernel for kernel index `ki`, with the machine found in the dense tables: a
 * container's target VM is its kernel's VM, and its hostId its kernel's physical host,
 * so the capacity is kernelCpuCapacity's without a Map lookup by name per kernel.
 */
export function readKernelAt(topo: Topology, load: KernelLoad, ki: number): void {
  if ((load.slowdown[ki] ?? 0) > 0) return;
  const wanted = load.wanted[ki] ?? 0;
  const vm = topo.kernelVm[ki];
  const host = topo.kernelHost[ki];
  const capacity = vm ? vm.vcpus * 1000 - GUEST[vm.os].idleCpuMillis : host ? host.cores * 1000 - HOST_OS_CPU : 0;
  const speed = vm ? guestSpeed(vm) : 1000;
  load.speed[ki] = speed;
  load.contended[ki] = wanted > capacity ? 1 : 0;
  load.slowdown[ki] = Math.floor(((1000 + runQueueWaitPermille(wanted, capacity)) * 1000) / speed);
}
