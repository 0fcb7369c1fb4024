// `kubectl get|describe deployments` and `replicasets`: the columns and the describe
// layout kubectl prints, computed from the pods (READY counts Ready pods, UP-TO-DATE the
// pods of the newest template, AVAILABLE those Ready for minReadySeconds = 0).
import type { World } from '../../../model.ts';
import type { ContainerSpec, Deployment, PodTemplate, ReplicaSet } from '../../model.ts';
import { isoTime } from '../../../commands/docker/time.ts';
import { timestamp } from '../../../commands/kubectl/format.ts';
import { cpuText, memoryText } from '../../manifests/quantity.ts';
import { deploymentStatus, podsByOwner, rsCounts } from '../status.ts';
import { resolveFenceposts } from '../strategy.ts';
import { ageOf, eventsBlock, kv, labelLines, selectorText, type KvRow } from './format.ts';

/** Columns of `kubectl get deployments [-o wide]`. */
export function deploymentHeader(wide: boolean): string[] {
  return ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])];
}

export function deploymentRow(world: World, d: Deployment, wide: boolean): string[] {
  const st = deploymentStatus(world, d);
  const c = d.template.container;
  return [d.name, `${st.ready}/${d.replicas}`, String(st.updated), String(st.available), ageOf(world, d.createdTick), ...(wide ? [c.name, c.image, selectorText(d.selector)] : [])];
}

/** Columns of `kubectl get replicasets [-o wide]`. */
export function replicaSetHeader(wide: boolean): string[] {
  return ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE', ...(wide ? ['CONTAINERS', 'IMAGES', 'SELECTOR'] : [])];
}

export function replicaSetRow(world: World, rs: ReplicaSet, wide: boolean): string[] {
  const c = rsCounts(podsByOwner(world).get(rs.name));
  const t = rs.template.container;
  const sel = { ...(world.k8s.deployments.get(rs.deployment)?.selector ?? rs.template.labels), 'pod-template-hash': rs.templateHash };
  return [rs.name, String(rs.replicas), String(c.current), String(c.ready), ageOf(world, rs.createdTick), ...(wide ? [t.name, t.image, selectorText(sel)] : [])];
}

function resourceLines(c: ContainerSpec): string[] {
  const out: string[] = [];
  if (c.cpuLimitMillis > 0 || c.memoryLimitMiB > 0) {
    out.push('    Limits:');
    if (c.cpuLimitMillis > 0) out.push(`      cpu:     ${cpuText(c.cpuLimitMillis)}`);
    if (c.memoryLimitMiB > 0) out.push(`      memory:  ${memoryText(c.memoryLimitMiB)}`);
  }
  if (c.cpuRequestMillis > 0 || c.memoryRequestMiB > 0) {
    out.push('    Requests:');
    if (c.cpuRequestMillis > 0) out.push(`      cpu:     ${cpuText(c.cpuRequestMillis)}`);
    if (c.memoryRequestMiB > 0) out.push(`      memory:  ${memoryText(c.memoryRequestMiB)}`);
  }
  return out;
}

/** A container field, aligned as kubectl aligns them (on `Environment:`, the longest key). */
function field(key: string, value: string): string {
  return `    ${`${key}:`.padEnd(14)}${value}`;
}

/** The `Environment:` lines: `<none>` inline, or one variable per line below it. */
function envLines(c: ContainerSpec): string[] {
  if (c.env.length === 0) return [field('Environment', '<none>')];
  const width = Math.max(...c.env.map((e) => e.name.length + 1)) + 2;
  return ['    Environment:', ...c.env.map((e) => {
    const value = e.secretKeyRef ? `<set to the key '${e.secretKeyRef.key}' in secret '${e.secretKeyRef.name}'>  Optional: false` : e.value ?? '';
    return `      ${`${e.name}:`.padEnd(width)}${value}`;
  })];
}

/** The `Pod Template:` block shared by deployments and replica sets. */
export function podTemplateLines(template: PodTemplate, extraLabels: Record<string, string> = {}): string[] {
  const c = template.container;
  const head = [field('Image', c.image), field('Port', c.containerPort > 0 ? `${c.containerPort}/TCP` : '<none>'), field('Host Port', c.containerPort > 0 ? '0/TCP' : '<none>')];
  const readiness = c.readinessDelayTicks > 0 ? [field('Readiness', `delay=${c.readinessDelayTicks}s timeout=1s period=10s #success=1 #failure=3`)] : [];
  const meta: KvRow[] = [['Labels', labelLines({ ...template.labels, ...extraLabels })]];
  if (template.restartedAt !== undefined) meta.push(['Annotations', `kubectl.kubernetes.io/restartedAt: ${isoTime(template.restartedAt)}`]);
  return [
    'Pod Template:',
    ...kv(meta, '  '),
    '  Containers:',
    `   ${c.name}:`,
    ...head,
    ...resourceLines(c),
    ...readiness,
    ...envLines(c),
    field('Mounts', '<none>'),
    '  Volumes:         <none>',
  ];
}

function rsSummary(world: World, rs: ReplicaSet | undefined, byOwner: ReturnType<typeof podsByOwner>): string {
  if (!rs) return '<none>';
  return `${rs.name} (${rsCounts(byOwner.get(rs.name)).current}/${rs.replicas} replicas created)`;
}

/** `kubectl describe deployment <name>`. */
export function describeDeployment(world: World, d: Deployment): string {
  const byOwner = podsByOwner(world);
  const st = deploymentStatus(world, d, byOwner);
  const annotations = [`deployment.kubernetes.io/revision: ${d.revision}`, ...(d.changeCause ? [`kubernetes.io/change-cause: ${d.changeCause}`] : [])];
  const olds = st.oldRSs.filter((rs) => rs.replicas > 0 || (byOwner.get(rs.name)?.length ?? 0) > 0);
  const available = st.available >= d.replicas - resolveFenceposts(d.maxSurge, d.maxUnavailable, d.replicas).unavailable;
  const progressing = d.progressDeadlineExceeded
    ? ['Progressing    False   ProgressDeadlineExceeded']
    : [`Progressing    True    ${d.rolloutStartedTick < 0 ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated'}`];
  return [
    ...kv([
      ['Name', d.name],
      ['Namespace', 'default'],
      ['CreationTimestamp', timestamp(d.createdTick)],
      ['Labels', labelLines(d.labels)],
      ['Annotations', annotations],
      ['Selector', selectorText(d.selector)],
      ['Replicas', `${d.replicas} desired | ${st.updated} updated | ${st.replicas} total | ${st.available} available | ${st.unavailable} unavailable`],
      ['StrategyType', 'RollingUpdate'],
      ['MinReadySeconds', '0'],
      ['RollingUpdateStrategy', `${d.maxUnavailable} max unavailable, ${d.maxSurge} max surge`],
    ]),
    ...podTemplateLines(d.template),
    'Conditions:',
    '  Type           Status  Reason',
    '  ----           ------  ------',
    `  Available      ${available ? 'True    MinimumReplicasAvailable' : 'False   MinimumReplicasUnavailable'}`,
    ...progressing.map((l) => `  ${l}`),
    ...kv([['OldReplicaSets', olds.length === 0 ? '<none>' : olds.map((rs) => rsSummary(world, rs, byOwner))], ['NewReplicaSet', rsSummary(world, st.newRS, byOwner)]]),
    ...eventsBlock(world, `deployment/${d.name}`),
  ].join('\n');
}

/** `kubectl describe replicaset <name>`. */
export function describeReplicaSet(world: World, rs: ReplicaSet): string {
  const pods = podsByOwner(world).get(rs.name) ?? [];
  const running = pods.filter((p) => p.phase === 'Running').length;
  const d = world.k8s.deployments.get(rs.deployment);
  const hash = { 'pod-template-hash': rs.templateHash };
  const max = d ? d.replicas + resolveFenceposts(d.maxSurge, d.maxUnavailable, d.replicas).surge : rs.replicas;
  return [
    ...kv([
      ['Name', rs.name],
      ['Namespace', 'default'],
      ['Selector', selectorText({ ...(d?.selector ?? rs.template.labels), ...hash })],
      ['Labels', labelLines({ ...rs.template.labels, ...hash })],
      ['Annotations', [`deployment.kubernetes.io/desired-replicas: ${d?.replicas ?? rs.replicas}`, `deployment.kubernetes.io/max-replicas: ${max}`, `deployment.kubernetes.io/revision: ${rs.revision}`]],
      ['Controlled By', `Deployment/${rs.deployment}`],
      ['Replicas', `${pods.length} current / ${rs.replicas} desired`],
      ['Pods Status', `${running} Running / ${pods.length - running} Waiting / 0 Succeeded / 0 Failed`],
    ]),
    ...podTemplateLines(rs.template, hash),
    ...eventsBlock(world, `replicaset/${rs.name}`),
  ].join('\n');
}
