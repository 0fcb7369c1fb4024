// `kubectl describe pod <name>`: the pod as kubectl prints it — node, labels, status,
// IP, owner, the container's state and last state (OOMKilled, exit 137 …), requests and
// limits, environment (secret references are named, never shown), conditions, QoS,
// the default tolerations, and the events (Scheduled, Pulling, BackOff, …) at the end.
// Under it, a hint in the player's language says why the scheduler chose that node.
import { translate } from '../../../i18n/index.ts';
import { eventsFor } from '../../k8s/events.ts';
import { cpuText, memoryText } from '../../k8s/manifests/quantity.ts';
import type { Pod } from '../../k8s/model.ts';
import { qosClass } from '../../k8s/pods.ts';
import type { World } from '../../model.ts';
import type { Lang } from '../types.ts';
import { describeTable, eventsSection, keyValues, labelLines, timestamp } from './format.ts';
import { podStatusText } from './podStatus.ts';

function containerState(world: World, pod: Pod): [string, string][] {
  const c = pod.containerId === null ? undefined : world.containers.get(pod.containerId);
  const out: [string, string][] = [];
  if (c && c.state === 'running' && pod.deletionTick < 0) {
    out.push(['State', 'Running'], ['  Started', timestamp(c.startedTick)]);
  } else if (pod.nodeName === null) {
    out.push(['State', 'Waiting'], ['  Reason', 'ContainerCreating']);
  } else if (['CrashLoopBackOff', 'ContainerCreating', 'ErrImagePull', 'ImagePullBackOff', 'CreateContainerConfigError', 'RunContainerError', 'Pending'].includes(pod.status)) {
    out.push(['State', 'Waiting'], ['  Reason', pod.status === 'Pending' ? 'ContainerCreating' : pod.status]);
    if (pod.statusMessage) out.push(['  Message', pod.statusMessage]);
  } else if (c && pod.lastTermination) {
    const t = pod.lastTermination;
    out.push(['State', 'Terminated'], ['  Reason', t.reason], ['  Exit Code', String(t.exitCode)], ['  Started', timestamp(t.startedTick ?? t.tick)], ['  Finished', timestamp(t.tick)]);
    return out;
  } else {
    out.push(['State', 'Waiting'], ['  Reason', 'ContainerCreating']);
  }
  const t = pod.lastTermination;
  if (t) out.push(['Last State', 'Terminated'], ['  Reason', t.reason], ['  Exit Code', String(t.exitCode)], ['  Started', timestamp(t.startedTick ?? t.tick)], ['  Finished', timestamp(t.tick)]);
  return out;
}

function resources(pod: Pod): [string, string][] {
  const s = pod.spec;
  const out: [string, string][] = [];
  const block = (title: string, cpu: number, mem: number) => {
    if (cpu === 0 && mem === 0) return;
    out.push([title, '']);
    if (cpu > 0) out.push(['  cpu', cpuText(cpu)]);
    if (mem > 0) out.push(['  memory', memoryText(mem)]);
  };
  block('Limits', s.cpuLimitMillis, s.memoryLimitMiB);
  block('Requests', s.cpuRequestMillis, s.memoryRequestMiB);
  return out;
}

function environment(pod: Pod): string {
  if (pod.spec.env.length === 0) return '<none>';
  return pod.spec.env.map((e) => (e.secretKeyRef ? `${e.name}:  <set to the key '${e.secretKeyRef.key}' in secret '${e.secretKeyRef.name}'>  Optional: false` : `${e.name}:  ${e.value ?? ''}`)).join('\n');
}

function placementHint(pod: Pod, lang: Lang): string[] {
  const p = pod.placement;
  if (!p || pod.nodeName === null) return [];
  const scores = p.scores.map((s) => `${s.plugin} ${s.score}×${s.weight}`).join(', ');
  const key = p.feasible === 1 ? 'k8s.hint.placedOnly' : 'k8s.hint.placed';
  const text = translate(lang, key, { node: pod.nodeName, feasible: p.feasible, evaluated: p.evaluated, total: p.total, score: p.score, scores, runnerUp: p.runnerUp, runnerUpScore: p.runnerUpScore });
  return ['', translate(lang, 'common.hint', { text })];
}

export function describePod(world: World, name: string, lang: Lang): string {
  const pod = world.k8s.pods.get(name) as Pod;
  const node = pod.nodeName === null ? undefined : world.k8s.nodes.get(pod.nodeName);
  const c = pod.containerId === null ? undefined : world.containers.get(pod.containerId);
  const scheduled = pod.nodeName !== null;
  const ready = pod.ready ? 'True' : 'False';
  const top = keyValues([
    ['Name', pod.name],
    ['Namespace', 'default'],
    ['Priority', '0'],
    ['Service Account', 'default'],
    ['Node', node ? `${node.name}/${node.internalIP}` : '<none>'],
    ...(pod.startTick >= 0 ? [['Start Time', timestamp(pod.startTick)] as [string, string]] : []),
    ['Labels', labelLines(pod.labels)],
    ['Annotations', '<none>'],
    ['Status', pod.deletionTick >= 0 ? `${podStatusText(pod)} (lasts ${pod.deletionGraceTicks}s)` : pod.phase],
    ...(pod.deletionTick >= 0 ? [['Termination Grace Period', `${pod.deletionGraceTicks}s`] as [string, string]] : []),
    ['IP', pod.ip],
  ], 0, 18);
  // kubectl's tab writer restarts after the IPs block, so what follows aligns on its own.
  const after = [
    ...(pod.ip ? ['IPs:', `  IP:  ${pod.ip}`] : ['IPs:              <none>']),
    ...(pod.owner ? [`Controlled By:  ReplicaSet/${pod.owner}`] : []),
  ];
  const container = keyValues([
    ...(c ? [['Container ID', `docker://${c.id}`] as [string, string]] : []),
    ['Image', pod.spec.image],
    ...(c ? [['Image ID', `docker-pullable://${pod.spec.image.replace(/:[^:/]+$/, '')}@${c.imageId}`] as [string, string]] : []),
    ['Port', pod.spec.containerPort > 0 ? `${pod.spec.containerPort}/TCP` : '<none>'],
    ['Host Port', pod.spec.containerPort > 0 ? '0/TCP' : '<none>'],
    ...containerState(world, pod),
    ['Ready', ready],
    ['Restart Count', String(pod.restartCount)],
    ...resources(pod),
    ...(pod.spec.readinessDelayTicks > 0 && pod.spec.containerPort > 0 ? [['Readiness', `http-get http://:${pod.spec.containerPort}/ delay=${pod.spec.readinessDelayTicks}s timeout=1s period=10s #success=1 #failure=3`] as [string, string]] : []),
    ['Environment', environment(pod)],
    ['Mounts', '<none>'],
  ], 4, 16);
  const conditions = describeTable(['Type', 'Status'], [
    ['Initialized', scheduled ? 'True' : 'False'],
    ['Ready', ready],
    ['ContainersReady', ready],
    ['PodScheduled', scheduled ? 'True' : 'False'],
  ]).filter((_, i) => i !== 1);
  const tail = keyValues([
    ['QoS Class', qosClass(pod.spec)],
    ['Node-Selectors', '<none>'],
    ['Tolerations', [`node.kubernetes.io/not-ready:NoExecute op=Exists for ${world.k8s.evictionTolerationTicks}s`, `node.kubernetes.io/unreachable:NoExecute op=Exists for ${world.k8s.evictionTolerationTicks}s`].join('\n')],
  ], 0, 29);
  return [
    ...top,
    ...after,
    'Containers:',
    `  ${pod.spec.name}:`,
    ...container,
    'Conditions:',
    ...conditions,
    'Volumes:                      <none>',
    ...tail,
    ...eventsSection(eventsFor(world, `pod/${pod.name}`), world.tick),
    ...placementHint(pod, lang),
  ].join('\n');
}
