// The alert rules: each looks at a symptom a monitoring stack can see (a process that
// exited, a host that stopped answering probes, latency over the SLO, a disk at 90 %),
// never at the cause, as good alerting does. A rule must hold for `forTicks` before it
// fires (Prometheus `for:`); containers on a dead kernel are left to the machine's own
// alert (inhibition), so a dead host raises one page, not fifty.
import type { Container, World } from '../model.ts';
import { topologyOf } from '../systems/topology.ts';
import { windowCounts } from '../services/slo.ts';
import { breachSubject } from './kinds/containerEscape.ts';
import { str } from './kinds/types.ts';
import { qualifiedName } from './targets.ts';

export interface RuleSpec {
  severity: 'warning' | 'critical';
  forTicks: number;
}

export const RULES: Readonly<Record<string, RuleSpec>> = {
  ContainerOOMKilled: { severity: 'warning', forTicks: 0 },
  ContainerExited: { severity: 'warning', forTicks: 0 },
  ContainerRestarting: { severity: 'warning', forTicks: 0 },
  ContainerCrashLooping: { severity: 'critical', forTicks: 0 },
  ContainerCpuStarved: { severity: 'warning', forTicks: 60 },
  CPUThrottlingHigh: { severity: 'warning', forTicks: 60 },
  HostDown: { severity: 'critical', forTicks: 30 },
  HostHighCpu: { severity: 'warning', forTicks: 60 },
  MemoryPressure: { severity: 'warning', forTicks: 10 },
  HostSwapping: { severity: 'warning', forTicks: 30 },
  DiskAlmostFull: { severity: 'warning', forTicks: 0 },
  VmDown: { severity: 'critical', forTicks: 30 },
  HighCpuSteal: { severity: 'warning', forTicks: 60 },
  NodeNotReady: { severity: 'critical', forTicks: 0 },
  KubePodCrashLooping: { severity: 'critical', forTicks: 0 },
  ImagePullBackOff: { severity: 'warning', forTicks: 0 },
  ImagePullFailed: { severity: 'warning', forTicks: 0 },
  RegistryUnreachable: { severity: 'critical', forTicks: 30 },
  RegistryRateLimited: { severity: 'warning', forTicks: 0 },
  HighLatency: { severity: 'warning', forTicks: 60 },
  ErrorBudgetBurn: { severity: 'critical', forTicks: 0 },
  SecurityBreach: { severity: 'critical', forTicks: 0 },
  SecretLeaked: { severity: 'critical', forTicks: 0 },
};

/** How long an instant symptom (a mark) keeps its rule firing, seconds. */
export const MARK_WINDOW: Readonly<Record<string, number>> = { ContainerOOMKilled: 300, ImagePullFailed: 600 };

/** A restart within this many seconds counts as recent. */
const RECENT_RESTART_TICKS = 300;
/** Burn rate (times the sustainable rate) over the last 5 minutes that pages (SRE workbook's fast burn is 14.4 over 1 h). */
const FAST_BURN = 10;
const BURN_WINDOW_TICKS = 300;

export type Params = Record<string, string | number>;
export type Emit = (rule: string, subject: string, params: Params) => void;

/** The alert subject of a container: its pod, or `engine/name`. */
export function containerSubject(c: Container): string {
  const pod = c.labels['io.kubernetes.pod.name'];
  return pod !== undefined ? `pod/${pod}` : qualifiedName(c);
}

/** Whether a container could raise any container rule now (cheap fields only; most cannot). */
function suspicious(c: Container, tick: number): boolean {
  if (c.state === 'running') return c.metrics.starvedPermille >= 200 || c.metrics.throttledPermille >= 250 || (c.restartCount > 0 && tick - c.finishedTick <= 2 * RECENT_RESTART_TICKS);
  if (c.state === 'exited') return c.exitCode !== 0 && !c.stoppedByUser;
  return c.state === 'restarting';
}

function containers(world: World, emit: Emit): void {
  const tick = world.tick;
  const k8s = world.k8s.enabled;
  const kernels = topologyOf(world).kernel;
  for (const c of world.containers.values()) {
    if (!suspicious(c, tick)) continue;
    const k = kernels[c.kernelIndex];
    if (!k || k.state !== 'up') continue;
    // The kubelet owns pod restarts: their status rules below speak for them.
    const pod = k8s && c.labels['io.kubernetes.pod.name'] !== undefined;
    if (c.state === 'running') {
      if (c.metrics.starvedPermille >= 200) emit('ContainerCpuStarved', containerSubject(c), { subject: containerSubject(c), percent: Math.round(c.metrics.starvedPermille / 10) });
      if (c.metrics.throttledPermille >= 250) emit('CPUThrottlingHigh', containerSubject(c), { subject: containerSubject(c), percent: Math.round(c.metrics.throttledPermille / 10) });
    }
    if (pod) continue;
    if (c.state === 'exited') {
      emit('ContainerExited', qualifiedName(c), { subject: qualifiedName(c), code: c.exitCode });
      continue;
    }
    if (c.restartCount > 0) {
      const age = tick - c.finishedTick;
      if (c.restartBackoff >= 3 || (c.restartCount >= 3 && age <= 2 * RECENT_RESTART_TICKS)) emit('ContainerCrashLooping', qualifiedName(c), { subject: qualifiedName(c), restarts: c.restartCount });
      else if (age <= RECENT_RESTART_TICKS) emit('ContainerRestarting', qualifiedName(c), { subject: qualifiedName(c), restarts: c.restartCount });
    }
  }
}

function machines(world: World, emit: Emit): void {
  // Kernels and hosts from the dense tables: 5,000 machines per evaluation at the reference size.
  const topo = topologyOf(world);
  for (const h of world.hosts.values()) {
    const k = h.kernelId ? topo.hostKernel[h.index] : undefined;
    // A partitioned host and a dead one look the same from the monitoring system.
    if (h.state !== 'up' || h.partitioned || (h.role === 'container-host' && k && k.state !== 'up')) {
      emit('HostDown', h.id, { subject: h.id });
      continue;
    }
    const m = h.metrics;
    if (m.cpuDemandMillis >= h.cores * 950) emit('HostHighCpu', h.id, { subject: h.id, percent: Math.round(m.cpuDemandMillis / (h.cores * 10)) });
    if (h.role === 'container-host' && m.memoryUsedMiB * 100 >= h.memoryMiB * 90) emit('MemoryPressure', h.id, { subject: h.id, percent: Math.floor((m.memoryUsedMiB * 100) / h.memoryMiB) });
    if (m.swapUsedMiB > 0) emit('HostSwapping', h.id, { subject: h.id, swapMiB: Math.round(m.swapUsedMiB) });
    if (m.diskUsedMiB * 10 >= h.diskMiB * 9) emit('DiskAlmostFull', h.id, { subject: h.id, percent: Math.floor((m.diskUsedMiB * 100) / h.diskMiB) });
  }
  for (const vm of world.vms.values()) {
    const h = topo.vmHost[vm.index];
    if (!h || h.state !== 'up' || h.partitioned) continue;
    const k = topo.vmKernel[vm.index];
    if (vm.state === 'crashed' || (vm.state === 'running' && k && k.state !== 'up')) {
      emit('VmDown', vm.name, { subject: vm.name });
      continue;
    }
    if (vm.state !== 'running') continue;
    if (vm.metrics.stealPermille >= 100) emit('HighCpuSteal', vm.name, { subject: vm.name, percent: Math.round(vm.metrics.stealPermille / 10) });
    if (vm.metrics.diskUsedMiB * 10 >= vm.diskMiB * 9) emit('DiskAlmostFull', vm.name, { subject: vm.name, percent: Math.floor((vm.metrics.diskUsedMiB * 100) / vm.diskMiB) });
  }
}

function cluster(world: World, emit: Emit): void {
  const k8s = world.k8s;
  if (!k8s.enabled) return;
  for (const n of k8s.nodes.values()) if (!n.ready) emit('NodeNotReady', `node/${n.name}`, { subject: n.name });
  for (const p of k8s.pods.values()) {
    if (p.status === 'CrashLoopBackOff') emit('KubePodCrashLooping', `pod/${p.name}`, { subject: p.name, restarts: p.restartCount });
    else if (p.status === 'ImagePullBackOff' || p.status === 'ErrImagePull') emit('ImagePullBackOff', `pod/${p.name}`, { subject: p.name, image: p.spec.image });
  }
}

function outside(world: World, emit: Emit): void {
  for (const r of world.registries.values()) {
    // An unused private registry that was never started is nobody's outage.
    if (!r.available && (r.kind === 'public' || r.containerId !== null)) emit('RegistryUnreachable', r.id, { subject: r.id });
    else if (r.available && r.pullError) emit('RegistryRateLimited', r.id, { subject: r.id });
  }
  for (const s of world.services.values()) {
    if (s.metrics.offeredRps > 0 && s.metrics.latencyMsP95 > s.slo.latencyMs) emit('HighLatency', s.name, { subject: s.name, latency: Math.round(s.metrics.latencyMsP95), slo: s.slo.latencyMs });
    const { good, total } = windowCounts(s, BURN_WINDOW_TICKS);
    const budget = 1000 - s.slo.availabilityPermille;
    // burn = error ratio / allowed ratio = (bad/total) / (budget/1000)
    if (total > 0 && budget > 0 && (total - good) * 1000 >= FAST_BURN * budget * total) {
      emit('ErrorBudgetBurn', s.name, { subject: s.name, errors: Math.round(((total - good) * 1000) / total) / 10, burn: Math.floor(((total - good) * 1000) / (budget * total)) });
    }
  }
  for (const inc of world.ops.incidents.values()) {
    if (inc.state !== 'open') continue;
    if (inc.kind === 'container-escape') {
      emit('SecurityBreach', breachSubject(inc), { subject: breachSubject(inc), container: str(inc, 'container'), uid: inc.data.uid === 0 ? 'root (uid 0)' : `uid ${String(inc.data.uid)}` });
    } else if (inc.kind === 'secret-leak' && str(inc, 'badRef')) {
      emit('SecretLeaked', str(inc, 'badRef'), { subject: str(inc, 'badRef'), key: str(inc, 'key') });
    }
  }
}

function marks(world: World, emit: Emit): void {
  const ops = world.ops;
  for (const [key, m] of ops.marks) {
    const keep = MARK_WINDOW[m.rule] ?? 300;
    if (world.tick - m.tick > keep) ops.marks.delete(key);
    else emit(m.rule, m.subject, m.params);
  }
}

/** Runs every rule once; `emit` receives each symptom present now. */
export function evaluateRules(world: World, emit: Emit): void {
  containers(world, emit);
  machines(world, emit);
  cluster(world, emit);
  outside(world, emit);
  marks(world, emit);
}
