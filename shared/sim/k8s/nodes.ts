// Nodes: machines whose kubelet joined the cluster. What the scheduler may hand out is
// the machine's capacity minus the system reservations (GKE's table: a share of each
// band of CPU and memory, plus the 100 Mi hard-eviction threshold); the kernel itself
// still gives containers all the memory the OS leaves, so docker work is unchanged.
// The node lifecycle: a kubelet posts its status every 10 s while its machine is up
// and reachable; the node controller marks a node NotReady 40 s after the last post
// and taints it, and Ready again as soon as posts resume.
import type { EventSink } from '../events.ts';
import type { World } from '../model.ts';
import { K8S_EVICTION_HARD_MIB, K8S_HEARTBEAT_TICKS, K8S_MAX_PODS, K8S_NODE_GRACE_TICKS, K8S_NODE_MONITOR_TICKS } from '../realism.ts';
import { topologyOf } from '../systems/topology.ts';
import { recordEvent } from './events.ts';
import type { K8sNode, NodeResources, Taint } from './model.ts';
import { wakeUnschedulable } from './pods.ts';

export const TAINT_UNREACHABLE = 'node.kubernetes.io/unreachable';
export const TAINT_NOT_READY = 'node.kubernetes.io/not-ready';
export const TAINT_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';

/** CPU kept for the OS and kubelet, millicores: 6 % of core 1, 1 % of core 2, 0.5 % of cores 3–4, 0.25 % above. */
export function reservedCpuMillis(cores: number): number {
  let m = 0;
  if (cores >= 1) m += 60;
  if (cores >= 2) m += 10;
  m += Math.min(2, Math.max(0, cores - 2)) * 5;
  m += Math.floor((Math.max(0, cores - 4) * 1000 * 25) / 10000);
  return m;
}

/** Memory kept back, MiB: 25 % of the first 4 GiB, 20 % of the next 4, 10 % of the next 8, 6 % up to 128 GiB, 2 % above, plus the eviction threshold. */
export function reservedMemoryMiB(memoryMiB: number): number {
  if (memoryMiB < 1024) return 255 + K8S_EVICTION_HARD_MIB;
  const bands: [number, number][] = [[4096, 25], [4096, 20], [8192, 10], [114688, 6], [Infinity, 2]];
  let left = memoryMiB;
  let r = 0;
  for (const [size, pct] of bands) {
    const take = Math.min(left, size);
    r += (take * pct) / 100;
    left -= take;
    if (left <= 0) break;
  }
  return Math.floor(r) + K8S_EVICTION_HARD_MIB;
}

/** Allocatable resources for a machine of this capacity. */
export function allocatableFor(capacity: NodeResources): NodeResources {
  return {
    cpuMillis: capacity.cpuMillis - reservedCpuMillis(Math.floor(capacity.cpuMillis / 1000)),
    memoryMiB: capacity.memoryMiB - reservedMemoryMiB(capacity.memoryMiB),
    pods: capacity.pods,
  };
}

export type Reachability = 'up' | 'partitioned' | 'down';

/** Read defensively: the network-partition incident may mark a host or VM `partitioned`. */
function partitioned(m: object | undefined): boolean {
  return (m as { partitioned?: unknown } | undefined)?.partitioned === true;
}

/** Whether a node's kubelet runs (`up`), runs but cannot reach the API server, or is gone. */
export function machineReachability(world: World, machineId: string): Reachability {
  // Kernels and the VM's host from the dense tables: this runs for every node each tick.
  const topo = topologyOf(world);
  const host = world.hosts.get(machineId);
  if (host) {
    const kernel = host.kernelId ? topo.hostKernel[host.index] : undefined;
    if (host.state !== 'up' || !kernel || kernel.state !== 'up') return 'down';
    return partitioned(host) ? 'partitioned' : 'up';
  }
  const vm = world.vms.get(machineId);
  if (!vm) return 'down';
  const under = topo.vmHost[vm.index];
  const kernel = topo.vmKernel[vm.index];
  if (vm.state !== 'running' || !under || under.state !== 'up' || !kernel || kernel.state !== 'up') return 'down';
  return partitioned(vm) || partitioned(under) ? 'partitioned' : 'up';
}

/** Capacity of a container host or a Linux VM, or why it cannot be a node. */
export function machineCapacity(world: World, machineId: string): NodeResources | string {
  const host = world.hosts.get(machineId);
  if (host) {
    if (host.role !== 'container-host') return `"${machineId}" is a hypervisor host: only container hosts and Linux VMs run a kubelet`;
    return { cpuMillis: host.cores * 1000, memoryMiB: host.memoryMiB, pods: K8S_MAX_PODS };
  }
  const vm = world.vms.get(machineId);
  if (vm) {
    if (vm.os !== 'linux') return `"${machineId}" is a Windows VM: the game's nodes run Linux`;
    return { cpuMillis: vm.vcpus * 1000, memoryMiB: vm.memoryMiB, pods: K8S_MAX_PODS };
  }
  return `"${machineId}" is not a host or VM of this scenario`;
}

/** The kubelet on `machineId` registers its node. Returns the node, or why it cannot join. */
export function joinNode(world: World, machineId: string): K8sNode | string {
  const k8s = world.k8s;
  if (k8s.nodes.has(machineId)) return `"${machineId}" already joined the cluster`;
  const capacity = machineCapacity(world, machineId);
  if (typeof capacity === 'string') return capacity;
  const host = world.hosts.get(machineId) ?? world.hosts.get(world.vms.get(machineId)?.hostId ?? '');
  const cidr = k8s.nextPodCidr++;
  const n = k8s.nodes.size + 1;
  const node: K8sNode = {
    name: machineId,
    machineId,
    createdTick: world.tick,
    capacity,
    requested: { cpuMillis: 0, memoryMiB: 0, pods: 0, nonZeroCpuMillis: 0, nonZeroMemoryMiB: 0 },
    internalIP: `10.0.${Math.floor(n / 250)}.${(n % 250) + 4}`,
    podCidr: `10.244.${cidr}.0/24`,
    nextPodIp: 2,
    ready: machineReachability(world, machineId) === 'up',
    lastHeartbeatTick: world.tick,
    notReadySinceTick: -1,
    unschedulable: false,
    taints: [],
    labels: {
      'beta.kubernetes.io/arch': 'amd64',
      'beta.kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/hostname': machineId,
      'kubernetes.io/os': 'linux',
      ...(host ? { 'topology.kubernetes.io/zone': host.rack } : {}),
    },
    allocatable: allocatableFor(capacity),
  };
  if (!node.ready) markNotReady(world, node);
  k8s.nodes.set(node.name, node);
  recordEvent(world, { type: 'Normal', reason: 'Starting', object: `node/${node.name}`, message: 'Starting kubelet.', source: 'kubelet' });
  recordEvent(world, { type: 'Normal', reason: 'RegisteredNode', object: `node/${node.name}`, message: `Node ${node.name} event: Registered Node ${node.name} in Controller`, source: 'node-controller' });
  wakeUnschedulable(world);
  return node;
}

function setTaint(node: K8sNode, key: string, effect: Taint['effect'], tick: number): void {
  if (!node.taints.some((t) => t.key === key && t.effect === effect)) node.taints.push({ key, value: '', effect, sinceTick: tick });
}

function markNotReady(world: World, node: K8sNode): void {
  node.ready = false;
  node.notReadySinceTick = world.tick;
  // TaintNodesByCondition (NoSchedule) and taint-based eviction (NoExecute).
  setTaint(node, TAINT_UNREACHABLE, 'NoSchedule', world.tick);
  setTaint(node, TAINT_UNREACHABLE, 'NoExecute', world.tick);
  // The node controller marks the pods there not ready: services stop sending them traffic.
  for (const p of world.k8s.pods.values()) if (p.nodeName === node.name) p.ready = false;
}

function markReady(world: World, node: K8sNode): void {
  node.ready = true;
  node.notReadySinceTick = -1;
  node.taints = node.taints.filter((t) => t.key !== TAINT_UNREACHABLE && t.key !== TAINT_NOT_READY);
  recordEvent(world, { type: 'Normal', reason: 'NodeReady', object: `node/${node.name}`, message: `Node ${node.name} status is now: NodeReady`, source: 'kubelet' });
  wakeUnschedulable(world);
}

/**
 * Heartbeats, then the node controller's verdict. A node whose machine no longer exists
 * (a deleted VM) is deleted, as the cloud node-lifecycle controller does; its pods then
 * go with it (pod GC, in the kubelet pass). Linear in the nodes.
 */
export function advanceNodeLifecycle(world: World, _sink: EventSink): void {
  const tick = world.tick;
  for (const node of world.k8s.nodes.values()) {
    if (!world.hosts.has(node.machineId) && !world.vms.has(node.machineId)) {
      world.k8s.nodes.delete(node.name);
      recordEvent(world, { type: 'Normal', reason: 'DeletingNode', object: `node/${node.name}`, message: `Deleting node ${node.name} because it does not exist in the cloud provider`, source: 'cloud-node-lifecycle-controller' });
      continue;
    }
    // The cheap test first: the machine is looked up only when a heartbeat is due.
    if (tick - node.lastHeartbeatTick >= K8S_HEARTBEAT_TICKS && machineReachability(world, node.machineId) === 'up') {
      node.lastHeartbeatTick = tick;
      if (!node.ready) markReady(world, node);
    }
    if (node.ready && tick % K8S_NODE_MONITOR_TICKS === 0 && tick - node.lastHeartbeatTick > K8S_NODE_GRACE_TICKS) {
      markNotReady(world, node);
      recordEvent(world, { type: 'Normal', reason: 'NodeNotReady', object: `node/${node.name}`, message: `Node ${node.name} status is now: NodeNotReady`, source: 'node-controller' });
    }
  }
}

/** `kubectl cordon|uncordon`: spec.unschedulable and its taint. Returns false when nothing changes. */
export function setUnschedulable(world: World, node: K8sNode, on: boolean): boolean {
  if (node.unschedulable === on) return false;
  node.unschedulable = on;
  if (on) setTaint(node, TAINT_UNSCHEDULABLE, 'NoSchedule', world.tick);
  else node.taints = node.taints.filter((t) => t.key !== TAINT_UNSCHEDULABLE);
  const status = on ? 'NodeNotSchedulable' : 'NodeSchedulable';
  recordEvent(world, { type: 'Normal', reason: status, object: `node/${node.name}`, message: `Node ${node.name} status is now: ${status}`, source: 'kubelet' });
  if (!on) wakeUnschedulable(world);
  return true;
}

/** `STATUS` of `kubectl get nodes`: `Ready`, `NotReady`, with `,SchedulingDisabled` when cordoned. */
export function nodeStatus(node: K8sNode): string {
  return `${node.ready ? 'Ready' : 'NotReady'}${node.unschedulable ? ',SchedulingDisabled' : ''}`;
}
