// `kubectl describe node <name>`: labels, taints, conditions (a node whose kubelet
// stopped posting shows `Unknown` / `NodeStatusUnknown`), capacity against allocatable
// (the system reservations), the pods on it with their requests, the allocated totals
// as a share of allocatable, and the node's events.
import { eventsFor } from '../../k8s/events.ts';
import { cpuText, memoryText } from '../../k8s/manifests/quantity.ts';
import type { K8sNode, Pod } from '../../k8s/model.ts';
import type { World } from '../../model.ts';
import { describeTable, eventsSection, humanAge, keyValues, labelLines, timestamp } from './format.ts';

/** What `OS-IMAGE` and `KERNEL-VERSION` show for a node's machine. */
export function osOf(world: World, node: K8sNode): { image: string; kernel: string } {
  const host = world.hosts.get(node.machineId);
  const kernelId = host ? host.kernelId : world.vms.get(node.machineId)?.kernelId;
  const kernel = kernelId ? world.kernels.get(kernelId) : undefined;
  return { image: host ? 'Debian GNU/Linux 12 (bookworm)' : 'Ubuntu 22.04.4 LTS', kernel: kernel?.release ?? '<unknown>' };
}

/** The engine under every kubelet (cri-dockerd), as CONTAINER-RUNTIME prints it. */
export const CONTAINER_RUNTIME = 'docker://24.0.7';

const pct = (part: number, whole: number) => `${whole > 0 ? Math.floor((part * 100) / whole) : 0}%`;
const qty = (v: number, text: (n: number) => string) => (v === 0 ? '0' : text(v));

function conditions(world: World, n: K8sNode): string[] {
  const hb = timestamp(n.lastHeartbeatTick);
  const since = timestamp(n.ready ? n.createdTick : n.notReadySinceTick);
  const row = (type: string, ok: string, reason: string, message: string) =>
    n.ready ? [type, ok, hb, since, reason, message] : [type, 'Unknown', hb, since, 'NodeStatusUnknown', 'Kubelet stopped posting node status.'];
  return describeTable(['Type', 'Status', 'LastHeartbeatTime', 'LastTransitionTime', 'Reason', 'Message'], [
    row('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    row('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    row('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    row('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
  ]);
}

function podsTable(world: World, n: K8sNode, pods: Pod[]): string[] {
  const a = n.allocatable;
  const rows = pods.map((p) => {
    const s = p.spec;
    return ['default', p.name, `${qty(s.cpuRequestMillis, cpuText)} (${pct(s.cpuRequestMillis, a.cpuMillis)})`, `${qty(s.cpuLimitMillis, cpuText)} (${pct(s.cpuLimitMillis, a.cpuMillis)})`,
      `${qty(s.memoryRequestMiB, memoryText)} (${pct(s.memoryRequestMiB, a.memoryMiB)})`, `${qty(s.memoryLimitMiB, memoryText)} (${pct(s.memoryLimitMiB, a.memoryMiB)})`, humanAge(world.tick - p.createdTick)];
  });
  return [`Non-terminated Pods:          (${pods.length} in total)`, ...describeTable(['Namespace', 'Name', 'CPU Requests', 'CPU Limits', 'Memory Requests', 'Memory Limits', 'Age'], rows)];
}

function allocated(n: K8sNode, pods: Pod[]): string[] {
  let cpuLim = 0;
  let memLim = 0;
  for (const p of pods) {
    cpuLim += p.spec.cpuLimitMillis;
    memLim += p.spec.memoryLimitMiB;
  }
  const a = n.allocatable;
  const r = n.requested;
  return ['Allocated resources:', '  (Total limits may be over 100 percent, i.e., overcommitted.)', ...describeTable(['Resource', 'Requests', 'Limits'], [
    ['cpu', `${qty(r.cpuMillis, cpuText)} (${pct(r.cpuMillis, a.cpuMillis)})`, `${qty(cpuLim, cpuText)} (${pct(cpuLim, a.cpuMillis)})`],
    ['memory', `${qty(r.memoryMiB, memoryText)} (${pct(r.memoryMiB, a.memoryMiB)})`, `${qty(memLim, memoryText)} (${pct(memLim, a.memoryMiB)})`],
  ])];
}

export function describeNode(world: World, name: string): string {
  const n = world.k8s.nodes.get(name) as K8sNode;
  const os = osOf(world, n);
  const pods = [...world.k8s.pods.values()].filter((p) => p.nodeName === n.name && p.deletionTick < 0);
  const disk = (world.hosts.get(n.machineId)?.diskMiB ?? world.vms.get(n.machineId)?.diskMiB ?? 0) * 1024;
  const res = (cpu: string, mem: number, podsMax: number) => [`  cpu:                ${cpu}`, `  ephemeral-storage:  ${disk}Ki`, `  memory:             ${mem * 1024}Ki`, `  pods:               ${podsMax}`];
  return [
    ...keyValues([
      ['Name', n.name],
      ['Roles', '<none>'],
      ['Labels', labelLines(n.labels)],
      ['Annotations', 'node.alpha.kubernetes.io/ttl: 0\nvolumes.kubernetes.io/controller-managed-attach-detach: true'],
      ['CreationTimestamp', timestamp(n.createdTick)],
      ['Taints', n.taints.length ? n.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join('\n') : '<none>'],
      ['Unschedulable', String(n.unschedulable)],
    ], 0, 20),
    'Conditions:',
    ...conditions(world, n),
    'Addresses:',
    ...keyValues([['InternalIP', n.internalIP], ['Hostname', n.name]], 2),
    'Capacity:',
    ...res(cpuText(n.capacity.cpuMillis), n.capacity.memoryMiB, n.capacity.pods),
    'Allocatable:',
    ...res(cpuText(n.allocatable.cpuMillis), n.allocatable.memoryMiB, n.allocatable.pods),
    'System Info:',
    ...keyValues([
      ['Kernel Version', os.kernel],
      ['OS Image', os.image],
      ['Operating System', 'linux'],
      ['Architecture', 'amd64'],
      ['Container Runtime Version', CONTAINER_RUNTIME],
      ['Kubelet Version', world.k8s.version],
      ['Kube-Proxy Version', world.k8s.version],
    ], 2),
    `PodCIDR:                      ${n.podCidr}`,
    `PodCIDRs:                     ${n.podCidr}`,
    ...podsTable(world, n, pods),
    ...allocated(n, pods),
    ...eventsSection(eventsFor(world, `node/${n.name}`), world.tick),
  ].join('\n');
}
