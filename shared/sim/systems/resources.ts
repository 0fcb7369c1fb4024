// Per-tick contention for CPU, memory and disk, the way the kernel and the hypervisor
// settle it:
// - CPU: a container's CFS quota (`--cpus`) caps it (throttled, never killed); what is
//   left competes on its kernel with equal cgroup weights (max-min fair share, so a
//   container without a limit takes everything the others do not ask for); VMs compete
//   for the host's cores, and a VM that waits for a physical CPU sees steal time.
// - Memory: over its cgroup limit a container is OOM-killed (exit 137); a kernel out of
//   memory runs its OOM killer on the highest oom_score; a hypervisor host whose VMs are
//   promised more RAM than it has pages guests out to swap, and they slow down.
// - Disk: writable layers and volumes grow; a full disk fails the next write (ENOSPC).
// Hot loops use dense indexes and reused typed arrays: this runs for 10,000 containers.
import { endRun, hostPid, logLine } from '../containers.ts';
import type { EventSink } from '../events.ts';
import type { Container, Host, Kernel, Vm, World } from '../model.ts';
import { CONTAINER_HOST_OS, EXIT_SIGKILL, GUEST_OS, HYPERVISOR } from '../realism.ts';
import { vmSpeedPermille } from './lifecycle.ts';
import { topologyOf } from './topology.ts';

interface Scratch {
  size: number;
  cpuCap: Float64Array;
  cpuWanted: Float64Array;
  memCap: Float64Array;
  memUsed: Float64Array;
  diskCap: Float64Array;
  diskUsed: Float64Array;
  /** Water level of the max-min fair share on contended kernels (-1: not contended). */
  level: Float64Array;
  /** Per-mille of full speed for containers on this kernel (VM swapping). */
  speed: Float64Array;
  /** 1 for kernels where a container stopped running after pass 1 counted its CPU (see kernelCpuWantedNow). */
  ended: Uint8Array;
}

/** The world and tick the scratch was last filled for (serving reads cpuWanted right after). */
let filledFor: World | null = null;
let filledTick = -1;
let anyEnded = false;

export interface KernelCpuWanted {
  /** By kernel index, millicores. */
  wanted: Float64Array;
  /** By kernel index: 1 where a container stopped running after its CPU was counted. */
  ended: Uint8Array;
  anyEnded: boolean;
}

const wantedNow: KernelCpuWanted = { wanted: new Float64Array(0), ended: new Uint8Array(0), anyEnded: false };

// Reused buffers, fully rewritten every tick: a cache of storage, not of state.
let scratch: Scratch | null = null;

function scratchFor(n: number): Scratch {
  if (scratch && scratch.size >= n) return scratch;
  const size = Math.max(64, n * 2);
  scratch = {
    size,
    cpuCap: new Float64Array(size),
    cpuWanted: new Float64Array(size),
    memCap: new Float64Array(size),
    memUsed: new Float64Array(size),
    diskCap: new Float64Array(size),
    diskUsed: new Float64Array(size),
    level: new Float64Array(size),
    speed: new Float64Array(size),
    ended: new Uint8Array(size),
  };
  return scratch;
}

/** The level L with Σ min(dᵢ, L) = capacity (equal weights): CFS's fair share between cgroups. */
export function fairShareLevel(demands: number[], capacity: number): number {
  demands.sort((a, b) => a - b);
  let remaining = capacity;
  let n = demands.length;
  for (const d of demands) {
    if (d * n <= remaining) {
      remaining -= d;
      n--;
    } else {
      return remaining / n;
    }
  }
  return Infinity;
}

// The guest OS and hypervisor figures through a comparison rather than a keyed load:
// with the key alternating between VMs, `GUEST_OS[vm.os]` is a megamorphic load in
// loops over thousands of VMs. Same objects either way.
function guestOs(os: Vm['os']): (typeof GUEST_OS)[Vm['os']] {
  return os === 'linux' ? GUEST_OS.linux : GUEST_OS[os];
}

function hypervisorOf(type: NonNullable<Host['hypervisor']>): (typeof HYPERVISOR)[NonNullable<Host['hypervisor']>] {
  return type === 'type1' ? HYPERVISOR.type1 : HYPERVISOR[type];
}

interface HostScratch {
  size: number;
  wanted: Float64Array;
  committed: Float64Array;
  guestMem: Float64Array;
  vmDisk: Float64Array;
  used: Float64Array;
}

let hostScratch: HostScratch | null = null;

function hostScratchFor(n: number): HostScratch {
  if (hostScratch && hostScratch.size >= n) return hostScratch;
  const size = Math.max(64, n * 2);
  hostScratch = { size, wanted: new Float64Array(size), committed: new Float64Array(size), guestMem: new Float64Array(size), vmDisk: new Float64Array(size), used: new Float64Array(size) };
  return hostScratch;
}

function kernelLog(k: Kernel, line: string): void {
  k.log.push(line);
  if (k.log.length > 200) k.log.splice(0, k.log.length - 200);
}

/** The kernel OOM killer's choice: highest badness (share of memory + oom_score_adj). */
export function oomScore(c: Container, capacityMiB: number): number {
  if (c.oomScoreAdj <= -1000) return -Infinity;
  // A process cannot hold more than all of memory: its share tops out at 1000 even when
  // this tick's growth overshot, so oom_score_adj 1000 still outranks any share.
  return Math.min(1000, (c.metrics.memoryUsageMiB * 1000) / Math.max(1, capacityMiB)) + c.oomScoreAdj;
}

function markEnded(ki: number): void {
  if (scratch) scratch.ended[ki] = 1;
  anyEnded = true;
}

/**
 * This tick's CPU wanted per kernel index (Σ of the running containers' demand after
 * their CFS quotas, summed in container order), for the serving system that runs right
 * after this one and needs the same sums: `ended` marks the kernels where a container
 * stopped during this pass (OOM kill, full disk), whose sums serving must redo. Null
 * when this system has not run for `world` at its current tick.
 */
export function kernelCpuWantedNow(world: World): KernelCpuWanted | null {
  if (!scratch || filledFor !== world || filledTick !== world.tick) return null;
  wantedNow.wanted = scratch.cpuWanted;
  wantedNow.ended = scratch.ended;
  wantedNow.anyEnded = anyEnded;
  return wantedNow;
}

function oomKill(world: World, c: Container, k: Kernel, reason: 'cgroup' | 'global', sink: EventSink): void {
  const pid = hostPid(c, 0);
  const rssKiB = Math.round(c.metrics.memoryUsageMiB * 1024);
  kernelLog(
    k,
    reason === 'cgroup'
      ? `Memory cgroup out of memory: Killed process ${pid} (${c.profile.command}) total-vm:${rssKiB + 4096}kB, anon-rss:${rssKiB}kB, oom_score_adj:${c.oomScoreAdj}`
      : `Out of memory: Killed process ${pid} (${c.profile.command}) total-vm:${rssKiB + 4096}kB, anon-rss:${rssKiB}kB, oom_score_adj:${c.oomScoreAdj}`,
  );
  endRun(world, c, EXIT_SIGKILL, 'OOMKilled', true);
  markEnded(c.kernelIndex);
  sink.happened(world.tick, 'container-oom-killed', c.name, reason === 'cgroup' ? 'memory limit reached' : `${k.id} out of memory`);
}

export function advanceResources(world: World, sink: EventSink): void {
  const nk = world.nextIndex.kernel;
  const s = scratchFor(nk);
  const topo = topologyOf(world);
  s.ended.fill(0, 0, nk);
  anyEnded = false;
  // Set before anything can fail: a stale stamp would hand serving another world's sums.
  filledFor = world;
  filledTick = world.tick;
  for (let i = 0; i < nk; i++) {
    s.cpuWanted[i] = 0;
    s.memUsed[i] = 0;
    s.diskUsed[i] = 0;
    s.level[i] = -1;
    s.speed[i] = 1000;
    s.cpuCap[i] = 0;
    s.memCap[i] = 0;
    s.diskCap[i] = 0;
  }
  // Kernel capacities: what the OS leaves for containers. Kernels, VMs and hosts come
  // from the dense tables (topology.ts), not from Map lookups by id in every pass.
  const kernels = topo.kernel;
  for (const ki of topo.hostOwnedKernels) {
    const k = kernels[ki];
    if (!k || k.state !== 'up') continue;
    const h = topo.kernelHost[ki];
    if (!h) continue;
    s.cpuCap[k.index] = h.cores * 1000 - CONTAINER_HOST_OS.cpuMillis;
    s.memCap[k.index] = h.memoryMiB - CONTAINER_HOST_OS.memoryMiB;
    s.diskCap[k.index] = h.diskMiB;
    s.diskUsed[k.index] = CONTAINER_HOST_OS.osDiskMiB + h.store.layersMiB;
  }
  for (const vm of world.vms.values()) {
    const k = topo.vmKernel[vm.index];
    if (!k || k.state !== 'up' || k.owner.kind !== 'vm') continue;
    const g = guestOs(vm.os);
    s.cpuCap[k.index] = vm.vcpus * 1000 - g.idleCpuMillis;
    s.memCap[k.index] = vm.memoryMiB - g.memoryMiB;
    s.diskCap[k.index] = vm.diskMiB;
    s.diskUsed[k.index] = g.osDiskMiB + vm.store.layersMiB;
  }
  for (const v of world.volumes.values()) {
    if (v.driver !== 'local' || v.hostId === null) continue;
    const k = world.kernels.get(`kernel-${v.hostId}`);
    if (k) s.diskUsed[k.index] = (s.diskUsed[k.index] ?? 0) + v.usedMiB;
  }

  // Pass 1: memory growth, cgroup OOM kills, writes, CPU wanted per kernel.
  let anyWrites = false;
  for (const c of world.containers.values()) {
    const ki = c.kernelIndex;
    s.diskUsed[ki] = (s.diskUsed[ki] ?? 0) + c.metrics.writableMiB;
    if (c.state !== 'running') continue;
    const m = c.metrics;
    m.memoryUsageMiB += c.profile.memoryGrowthMiB;
    if (c.memoryLimitMiB > 0 && m.memoryUsageMiB > c.memoryLimitMiB) {
      const k = kernels[ki];
      if (k) oomKill(world, c, k, 'cgroup', sink);
      continue;
    }
    const w = c.profile.writeKiB / 1024;
    if (w > 0) {
      anyWrites = true;
      const mount = c.profile.dataPath ? c.mounts.find((mt) => mt.path === c.profile.dataPath) : undefined;
      const vol = mount ? world.volumes.get(mount.volume) : undefined;
      if (vol) vol.usedMiB += w;
      else m.writableMiB += w;
      s.diskUsed[ki] = (s.diskUsed[ki] ?? 0) + w;
    }
    const wanted = c.profile.cpuMillis + m.trafficCpuMillis;
    m.cpuDemandMillis = wanted;
    const capped = c.cpuLimitMillis > 0 && wanted > c.cpuLimitMillis ? c.cpuLimitMillis : wanted;
    m.throttledPermille = wanted > 0 ? Math.round(((wanted - capped) * 1000) / wanted) : 0;
    m.cpuUsedMillis = capped;
    // Pass 2 only revisits containers of contended or slowed kernels; the rest are not starved.
    m.starvedPermille = 0;
    s.cpuWanted[ki] = (s.cpuWanted[ki] ?? 0) + capped;
    s.memUsed[ki] = (s.memUsed[ki] ?? 0) + m.memoryUsageMiB;
  }

  // Hypervisor level: VMs compete for their host's cores and RAM. Two passes over the
  // VMs with per-host sums, so the cost stays linear in the number of VMs.
  const nh = world.nextIndex.host;
  const hs = hostScratchFor(nh);
  for (let i = 0; i < nh; i++) {
    hs.wanted[i] = 0;
    hs.committed[i] = 0;
    hs.guestMem[i] = 0;
    hs.vmDisk[i] = 0;
    hs.used[i] = 0;
  }
  for (const vm of world.vms.values()) {
    const h = topo.vmHost[vm.index];
    if (!h) continue;
    hs.vmDisk[h.index] = (hs.vmDisk[h.index] ?? 0) + vm.diskMiB;
    if (vm.state === 'shut-off' || vm.state === 'crashed' || !h.hypervisor) {
      vm.metrics.cpuDemandMillis = 0;
      vm.metrics.cpuUsedMillis = 0;
      vm.metrics.stealPermille = 0;
      continue;
    }
    const hv = hypervisorOf(h.hypervisor);
    const ki = topo.vmKernel[vm.index]?.index ?? -1;
    const inner = ki >= 0 ? (s.cpuWanted[ki] ?? 0) : 0;
    // A booting guest keeps one vCPU busy; a running one adds its processes to its idle load.
    const base = vm.state === 'booting' || vm.state === 'shutting-down' ? 1000 : guestOs(vm.os).idleCpuMillis;
    vm.metrics.cpuDemandMillis = Math.min(vm.vcpus * 1000, base + inner);
    hs.wanted[h.index] = (hs.wanted[h.index] ?? 0) + vm.metrics.cpuDemandMillis;
    hs.committed[h.index] = (hs.committed[h.index] ?? 0) + vm.memoryMiB + hv.perVmMiB + hv.perVcpuMiB * vm.vcpus;
    hs.guestMem[h.index] = (hs.guestMem[h.index] ?? 0) + vm.memoryMiB;
  }
  let anySlowed = false;
  for (const vm of world.vms.values()) {
    const h = topo.vmHost[vm.index];
    if (!h || !h.hypervisor || vm.state === 'shut-off' || vm.state === 'crashed') continue;
    const hv = hypervisorOf(h.hypervisor);
    const cpuCap = h.state === 'up' ? Math.floor((h.cores * 1000 * (1000 - hv.cpuOverheadPermille)) / 1000) : 0;
    const wanted = hs.wanted[h.index] ?? 0;
    const overcommit = Math.max(0, hv.memoryMiB + (hs.committed[h.index] ?? 0) - h.memoryMiB);
    const guestMem = hs.guestMem[h.index] ?? 0;
    const d = vm.metrics.cpuDemandMillis;
    // The host's scheduler shares its cores in proportion to what each guest asks for.
    const granted = wanted > cpuCap ? Math.floor((d * cpuCap) / wanted) : d;
    vm.metrics.cpuUsedMillis = granted;
    vm.metrics.stealPermille = d > 0 ? Math.round(((d - granted) * 1000) / d) : 0;
    vm.metrics.swappedPermille = guestMem > 0 ? Math.min(1000, Math.round((overcommit * 1000) / guestMem)) : 0;
    hs.used[h.index] = (hs.used[h.index] ?? 0) + granted;
    const ki = topo.vmKernel[vm.index]?.index ?? -1;
    if (ki >= 0) {
      // Processes in the guest get what the guest gets, minus its own idle load.
      const forProcesses = Math.max(0, granted - guestOs(vm.os).idleCpuMillis);
      s.cpuCap[ki] = Math.min(s.cpuCap[ki] ?? 0, forProcesses);
      const speed = vmSpeedPermille(vm);
      s.speed[ki] = speed;
      if (speed < 1000) anySlowed = true;
    }
  }
  for (const h of world.hosts.values()) {
    if (h.role !== 'hypervisor' || !h.hypervisor) continue;
    const hv = hypervisorOf(h.hypervisor);
    const overhead = h.state === 'up' ? h.cores * hv.cpuOverheadPermille : 0;
    const committed = hv.memoryMiB + (hs.committed[h.index] ?? 0);
    const overcommit = Math.max(0, committed - h.memoryMiB);
    h.metrics.cpuDemandMillis = (hs.wanted[h.index] ?? 0) + overhead;
    h.metrics.cpuUsedMillis = (hs.used[h.index] ?? 0) + overhead;
    h.metrics.memoryUsedMiB = Math.min(h.memoryMiB, committed);
    h.metrics.memoryOvercommitMiB = overcommit;
    h.metrics.swapUsedMiB = Math.min(h.swapMiB, overcommit);
    h.metrics.diskUsedMiB = hv.osDiskMiB + (hs.vmDisk[h.index] ?? 0);
  }

  // Contended kernels: find the fair-share level from their containers' wants.
  let anyContended = false;
  for (let i = 0; i < nk; i++) {
    if ((s.cpuWanted[i] ?? 0) > (s.cpuCap[i] ?? 0)) {
      s.level[i] = 0;
      anyContended = true;
    }
  }
  if (anyContended) {
    const wants = new Map<number, number[]>();
    for (const c of world.containers.values()) {
      if (c.state !== 'running' || (s.level[c.kernelIndex] ?? -1) < 0) continue;
      let list = wants.get(c.kernelIndex);
      if (!list) wants.set(c.kernelIndex, (list = []));
      list.push(c.metrics.cpuUsedMillis);
    }
    for (const [ki, list] of wants) s.level[ki] = fairShareLevel(list, s.cpuCap[ki] ?? 0);
  }

  // Pass 2: granted CPU per container, kernel OOM candidates, disk-full writes.
  const overMemory: number[] = [];
  for (let i = 0; i < nk; i++) if ((s.memUsed[i] ?? 0) > (s.memCap[i] ?? 0) && kernels[i]?.state === 'up') overMemory.push(i);
  const diskFull: number[] = [];
  if (anyWrites) for (let i = 0; i < nk; i++) if ((s.diskUsed[i] ?? 0) > (s.diskCap[i] ?? 0) && (s.diskCap[i] ?? 0) > 0) diskFull.push(i);
  if (anyContended || anySlowed) for (const c of world.containers.values()) {
    if (c.state !== 'running') continue;
    const ki = c.kernelIndex;
    if ((s.level[ki] ?? -1) < 0 && (s.speed[ki] ?? 1000) >= 1000) continue;
    const m = c.metrics;
    const capped = m.cpuUsedMillis;
    const level = s.level[ki] ?? -1;
    let granted = level >= 0 && capped > level ? Math.floor(level) : capped;
    const speed = s.speed[ki] ?? 1000;
    if (speed < 1000) granted = Math.floor((granted * speed) / 1000);
    m.cpuUsedMillis = granted;
    m.starvedPermille = capped > 0 ? Math.round(((capped - granted) * 1000) / capped) : 0;
  }
  for (const ki of diskFull) {
    const k = kernels[ki];
    if (!k) continue;
    for (const c of world.containers.values()) {
      if (c.kernelIndex !== ki || c.state !== 'running' || c.profile.writeKiB <= 0) continue;
      // Only the part of this tick's write that did not fit fails: the disk ends up full
      // to the last block, so the next write of anyone on it gets ENOSPC too.
      const w = Math.min(c.profile.writeKiB / 1024, Math.max(0, (s.diskUsed[ki] ?? 0) - (s.diskCap[ki] ?? 0)));
      const mount = c.profile.dataPath ? c.mounts.find((mt) => mt.path === c.profile.dataPath) : undefined;
      const vol = mount ? world.volumes.get(mount.volume) : undefined;
      if (vol) vol.usedMiB -= w;
      else c.metrics.writableMiB -= w;
      s.diskUsed[ki] = (s.diskUsed[ki] ?? 0) - w;
      const path = c.profile.dataPath ?? '/var/log/app.log';
      logLine(c, `${c.profile.command}: write ${path}: no space left on device`);
      endRun(world, c, 1, 'no space left on device', false);
      markEnded(ki);
      sink.happened(world.tick, 'container-disk-full', c.name, `${k.owner.id} disk full`);
    }
  }
  for (const ki of overMemory) {
    const k = kernels[ki];
    if (!k) continue;
    const cap = s.memCap[ki] ?? 0;
    let used = s.memUsed[ki] ?? 0;
    // One victim per OOM-killer run, repeated until memory fits, as the kernel does.
    while (used > cap) {
      let victim: Container | null = null;
      let best = -Infinity;
      for (const c of world.containers.values()) {
        if (c.kernelIndex !== ki || c.state !== 'running') continue;
        const score = oomScore(c, cap);
        if (score > best) {
          best = score;
          victim = c;
        }
      }
      if (!victim) break;
      used -= victim.metrics.memoryUsageMiB;
      oomKill(world, victim, k, 'global', sink);
    }
    s.memUsed[ki] = used;
  }

  // Readings for inspect/stats.
  for (const h of world.hosts.values()) {
    if (h.role !== 'container-host' || !h.kernelId) continue;
    const k = topo.hostKernel[h.index];
    if (!k) continue;
    const ki = k.index;
    h.metrics.cpuDemandMillis = (s.cpuWanted[ki] ?? 0) + CONTAINER_HOST_OS.cpuMillis;
    h.metrics.cpuUsedMillis = Math.min(h.cores * 1000, (s.cpuWanted[ki] ?? 0) > (s.cpuCap[ki] ?? 0) ? h.cores * 1000 : (s.cpuWanted[ki] ?? 0) + CONTAINER_HOST_OS.cpuMillis);
    h.metrics.memoryUsedMiB = Math.min(h.memoryMiB, (s.memUsed[ki] ?? 0) + CONTAINER_HOST_OS.memoryMiB);
    h.metrics.diskUsedMiB = s.diskUsed[ki] ?? 0;
  }
  for (const vm of world.vms.values()) {
    const k = topo.vmKernel[vm.index];
    if (!k) continue;
    vm.metrics.memoryUsedMiB = vm.state === 'shut-off' ? 0 : Math.min(vm.memoryMiB, guestOs(vm.os).memoryMiB + (s.memUsed[k.index] ?? 0));
    vm.metrics.diskUsedMiB = s.diskUsed[k.index] ?? guestOs(vm.os).osDiskMiB;
  }
}
