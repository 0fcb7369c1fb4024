// The horizontal pod autoscaler: every 15 s it compares the pods' CPU use with their CPU
// requests and asks for ceil(replicas × utilisation / target) pods, within ±10 %
// tolerance. Pods without a CPU request give no utilisation (`<unknown>`), so nothing
// happens. Scale-up is immediate (at most double or +4 per period); scale-down takes the
// highest recommendation of the last 5 minutes, so a short dip does not drop capacity.
import type { World } from '../../model.ts';
import type { Deployment, Hpa, Pod } from '../model.ts';
import { recordEvent } from '../events.ts';
import { isActive } from '../pods.ts';

/** kube-controller-manager `horizontal-pod-autoscaler-sync-period`. */
export const HPA_SYNC_TICKS = 15;
/** Default scale-down stabilization window (behavior.scaleDown.stabilizationWindowSeconds). */
export const HPA_DOWNSCALE_WINDOW_TICKS = 300;
/** `horizontal-pod-autoscaler-tolerance`: ratios within 10 % of 1 change nothing. */
export const HPA_TOLERANCE_PERMILLE = 100;

function podsOf(world: World, d: Deployment): Pod[] {
  const out: Pod[] = [];
  for (const p of world.k8s.pods.values()) {
    if (p.owner === null || !isActive(p)) continue;
    if (world.k8s.replicaSets.get(p.owner)?.deployment === d.name) out.push(p);
  }
  return out;
}

export interface CpuReading {
  /** Utilisation in percent of requests over Ready pods (-1: unknown). */
  percent: number;
  usedMillis: number;
  requestedMillis: number;
  ready: number;
  unready: number;
  /** CPU requests of the not-Ready pods, millicores. */
  unreadyRequestedMillis: number;
  /** A pod without a CPU request: utilisation cannot be computed. */
  missingRequest: Pod | null;
}

/** CPU use against requests over the Ready pods; a pod without a CPU request makes it unknown. */
export function cpuUtilization(world: World, pods: readonly Pod[]): CpuReading {
  const r: CpuReading = { percent: -1, usedMillis: 0, requestedMillis: 0, ready: 0, unready: 0, unreadyRequestedMillis: 0, missingRequest: null };
  for (const p of pods) {
    if (p.spec.cpuRequestMillis <= 0) return { ...r, missingRequest: p };
    if (!p.ready || p.containerId === null) {
      r.unready++;
      r.unreadyRequestedMillis += p.spec.cpuRequestMillis;
      continue;
    }
    r.usedMillis += world.containers.get(p.containerId)?.metrics.cpuUsedMillis ?? 0;
    r.requestedMillis += p.spec.cpuRequestMillis;
    r.ready++;
  }
  if (r.ready > 0) r.percent = Math.round((r.usedMillis * 100) / r.requestedMillis);
  return r;
}

const withinTolerance = (ratioPermille: number) => Math.abs(ratioPermille - 1000) <= HPA_TOLERANCE_PERMILLE;

/** The replica count the metric asks for (before stabilization and limits). */
function recommend(current: number, r: CpuReading, target: number): number {
  const ratio = Math.round((r.usedMillis * 100_000) / (r.requestedMillis * target));
  if (r.unready === 0 || ratio < 1000) return withinTolerance(ratio) ? current : Math.ceil((ratio * r.ready) / 1000);
  // Scaling up with pods not Ready yet: count them as idle, so starting pods are not
  // mistaken for missing capacity.
  const spread = Math.round((r.usedMillis * 100_000) / ((r.requestedMillis + r.unreadyRequestedMillis) * target));
  if (spread <= 1000 || withinTolerance(spread)) return current;
  return Math.ceil((spread * (r.ready + r.unready)) / 1000);
}

function rescale(world: World, hpa: Hpa, d: Deployment, to: number, reason: string): void {
  recordEvent(world, { type: 'Normal', reason: 'SuccessfulRescale', object: `horizontalpodautoscaler/${hpa.name}`, message: `New size: ${to}; reason: ${reason}`, source: 'horizontal-pod-autoscaler' });
  d.replicas = to;
  hpa.lastScaleTick = world.tick;
}

function evaluate(world: World, hpa: Hpa): void {
  const d = world.k8s.deployments.get(hpa.deployment);
  if (!d) {
    hpa.currentCpuPercent = -1;
    recordEvent(world, { type: 'Warning', reason: 'FailedGetScale', object: `horizontalpodautoscaler/${hpa.name}`, message: `deployments/scale.apps "${hpa.deployment}" not found`, source: 'horizontal-pod-autoscaler' });
    return;
  }
  // A target scaled to zero by hand switches autoscaling off until it is scaled up again.
  if (d.replicas === 0) return;
  if (d.replicas < hpa.minReplicas || d.replicas > hpa.maxReplicas) {
    const to = d.replicas < hpa.minReplicas ? hpa.minReplicas : hpa.maxReplicas;
    rescale(world, hpa, d, to, d.replicas < hpa.minReplicas ? 'Current number of replicas below Spec.MinReplicas' : 'Current number of replicas above Spec.MaxReplicas');
    return;
  }
  const pods = podsOf(world, d);
  const util = cpuUtilization(world, pods);
  hpa.currentCpuPercent = util.percent;
  if (util.missingRequest) {
    recordEvent(world, {
      type: 'Warning',
      reason: 'FailedGetResourceMetric',
      object: `horizontalpodautoscaler/${hpa.name}`,
      message: `failed to get cpu utilization: missing request for cpu in container ${util.missingRequest.spec.name} of Pod ${util.missingRequest.name}`,
      source: 'horizontal-pod-autoscaler',
    });
    return;
  }
  if (util.percent < 0) return;
  const raw = recommend(d.replicas, util, hpa.targetCpuPercent);
  hpa.recent.push({ tick: world.tick, replicas: raw });
  while (hpa.recent.length > 0 && (hpa.recent[0] as { tick: number }).tick <= world.tick - HPA_DOWNSCALE_WINDOW_TICKS) hpa.recent.shift();
  let desired = raw;
  if (raw < d.replicas) {
    for (const r of hpa.recent) desired = Math.max(desired, r.replicas);
    desired = Math.min(desired, d.replicas);
  }
  desired = Math.min(desired, Math.max(d.replicas * 2, d.replicas + 4));
  desired = Math.max(hpa.minReplicas, Math.min(hpa.maxReplicas, desired));
  if (desired === d.replicas) return;
  rescale(world, hpa, d, desired, desired > d.replicas ? 'cpu resource utilization (percentage of request) above target' : 'All metrics below target');
}

/** Runs each autoscaler on its 15-second period. */
export function syncAutoscalers(world: World): void {
  for (const hpa of world.k8s.hpas.values()) {
    if ((world.tick - hpa.createdTick) % HPA_SYNC_TICKS !== 0) continue;
    evaluate(world, hpa);
  }
}
