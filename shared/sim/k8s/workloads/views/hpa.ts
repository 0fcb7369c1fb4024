// `kubectl get|describe hpa`: target utilisation against current (`cpu: 85%/60%`, or
// `cpu: <unknown>/60%` when the pods request no CPU or have no metrics yet).
import type { World } from '../../../model.ts';
import type { Hpa } from '../../model.ts';
import { timestamp } from '../../../commands/kubectl/format.ts';
import { cpuText } from '../../manifests/quantity.ts';
import { ageOf, eventsBlock, kv } from './format.ts';

function current(hpa: Hpa): string {
  return hpa.currentCpuPercent < 0 ? '<unknown>' : `${hpa.currentCpuPercent}%`;
}

function replicasOf(world: World, hpa: Hpa): number {
  return world.k8s.deployments.get(hpa.deployment)?.replicas ?? 0;
}

/** A row of `kubectl get hpa` (NAME REFERENCE TARGETS MINPODS MAXPODS REPLICAS AGE). */
export function hpaRow(world: World, h: Hpa): string[] {
  return [h.name, `Deployment/${h.deployment}`, `cpu: ${current(h)}/${h.targetCpuPercent}%`, String(h.minReplicas), String(h.maxReplicas), String(replicasOf(world, h)), ageOf(world, h.createdTick)];
}

/** `kubectl describe hpa <name>`. */
export function describeHpa(world: World, hpa: Hpa): string {
  const d = world.k8s.deployments.get(hpa.deployment);
  const perPod = d?.template.container.cpuRequestMillis ?? 0;
  const used = hpa.currentCpuPercent < 0 ? '<unknown>' : `${hpa.currentCpuPercent}% (${cpuText(Math.round((hpa.currentCpuPercent * perPod) / 100))})`;
  return [
    ...kv([
      ['Name', hpa.name],
      ['Namespace', 'default'],
      ['Labels', '<none>'],
      ['Annotations', '<none>'],
      ['CreationTimestamp', timestamp(hpa.createdTick)],
      ['Reference', `Deployment/${hpa.deployment}`],
      ['Metrics', ['( current / target )']],
    ]),
    `  resource cpu on pods  (as a percentage of request):  ${used} / ${hpa.targetCpuPercent}%`,
    ...kv([
      ['Min replicas', String(hpa.minReplicas)],
      ['Max replicas', String(hpa.maxReplicas)],
      ['Deployment pods', `${replicasOf(world, hpa)} current / ${replicasOf(world, hpa)} desired`],
    ]),
    ...eventsBlock(world, `horizontalpodautoscaler/${hpa.name}`),
  ].join('\n');
}
