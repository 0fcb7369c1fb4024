// The scheduler's view of the cluster for one scheduling pass (kube-scheduler's cache
// snapshot): per-node allocatable and booked requests in flat typed arrays, so that a
// decision over thousands of nodes touches numbers, not objects. Built once per pass
// from the nodes' incrementally kept sums (no pod is summed), then updated in place as
// each pod is assumed onto a node. Image presence and per-owner spread counts are
// computed the first time a pod needs them and kept for the rest of the pass.
import { parseImageRef, refKey, repoTagKey } from '../../images.ts';
import type { ImageStore, World } from '../../model.ts';
import { storeOf } from '../../machines.ts';
import type { K8sNode, Pod, Taint } from '../model.ts';
import { podRequests } from '../pods.ts';

/** Which nodes hold an image, and how many. */
export interface ImagePresence {
  has: Uint8Array;
  count: number;
}

/** Active pods of one owner per node and per zone. */
export interface SpreadCounts {
  node: Int32Array;
  zone: Int32Array;
  /** Each constraint's weight, 1000 × ln(domains + 2). */
  hostWeight: number;
  zoneWeight: number;
}

export interface Snapshot {
  world: World;
  size: number;
  nodes: K8sNode[];
  names: string[];
  /** Position of each node's name in sorted order (the tie-break compares these integers). */
  nameRank: Int32Array;
  allocCpu: Float64Array;
  allocMem: Float64Array;
  allocPods: Float64Array;
  reqCpu: Float64Array;
  reqMem: Float64Array;
  reqPods: Float64Array;
  nzCpu: Float64Array;
  nzMem: Float64Array;
  unschedulable: Uint8Array;
  /** null for a node without taints (the common case, checked without a loop). */
  taints: (Taint[] | null)[];
  /** How many nodes are cordoned, have taints, have PreferNoSchedule taints (plugins with nothing to do skip). */
  unschedulableCount: number;
  taintedCount: number;
  preferNoScheduleCount: number;
  /** Zone (rack) index of each node, and the number of zones. */
  zone: Int32Array;
  zones: number;
  stores: (ImageStore | null)[];
  images: Map<string, ImagePresence>;
  spread: Map<string, SpreadCounts>;
  /** Set once the pods have been counted per owner for PodTopologySpread. */
  spreadCounted: boolean;
  /** Image reference → store key and size, MiB (parsed once per pass). */
  imageInfo: Map<string, { key: string; sizeMiB: number }>;
}

/** A pod's needs, computed once per decision (kube-scheduler's PreFilter state). */
export interface PodInfo {
  pod: Pod;
  owner: string | null;
  cpu: number;
  mem: number;
  nzCpu: number;
  nzMem: number;
  /** Store key of its image (`shop/web:1.1`) and the image's size, MiB. */
  imageKey: string;
  imageSizeMiB: number;
  /** Node the pod asks for by name ('' for any). */
  nodeName: string;
  /** Filled by the score plugins' PreScore. */
  image: ImagePresence | null;
  spread: SpreadCounts | null;
}

export function buildSnapshot(world: World): Snapshot {
  const nodes = [...world.k8s.nodes.values()];
  const size = nodes.length;
  const zoneIds = new Map<string, number>();
  const s: Snapshot = {
    world,
    size,
    nodes,
    names: nodes.map((n) => n.name),
    nameRank: new Int32Array(size),
    allocCpu: new Float64Array(size),
    allocMem: new Float64Array(size),
    allocPods: new Float64Array(size),
    reqCpu: new Float64Array(size),
    reqMem: new Float64Array(size),
    reqPods: new Float64Array(size),
    nzCpu: new Float64Array(size),
    nzMem: new Float64Array(size),
    unschedulable: new Uint8Array(size),
    taints: [],
    unschedulableCount: 0,
    taintedCount: 0,
    preferNoScheduleCount: 0,
    zone: new Int32Array(size),
    zones: 0,
    stores: [],
    images: new Map(),
    spread: new Map(),
    spreadCounted: false,
    imageInfo: new Map(),
  };
  for (let i = 0; i < size; i++) {
    const n = nodes[i] as K8sNode;
    s.allocCpu[i] = n.allocatable.cpuMillis;
    s.allocMem[i] = n.allocatable.memoryMiB;
    s.allocPods[i] = n.allocatable.pods;
    s.reqCpu[i] = n.requested.cpuMillis;
    s.reqMem[i] = n.requested.memoryMiB;
    s.reqPods[i] = n.requested.pods;
    s.nzCpu[i] = n.requested.nonZeroCpuMillis;
    s.nzMem[i] = n.requested.nonZeroMemoryMiB;
    s.unschedulable[i] = n.unschedulable ? 1 : 0;
    if (n.unschedulable) s.unschedulableCount++;
    s.taints.push(n.taints.length ? n.taints : null);
    if (n.taints.length) s.taintedCount++;
    if (n.taints.some((t) => t.effect === 'PreferNoSchedule')) s.preferNoScheduleCount++;
    const zoneName = n.labels['topology.kubernetes.io/zone'] ?? '';
    let z = zoneIds.get(zoneName);
    if (z === undefined) zoneIds.set(zoneName, (z = zoneIds.size));
    s.zone[i] = z;
    s.stores.push(storeOf(world, n.machineId));
  }
  s.zones = zoneIds.size;
  const order = s.names.map((_, i) => i).sort((a, b) => ((s.names[a] as string) < (s.names[b] as string) ? -1 : 1));
  order.forEach((i, rank) => {
    s.nameRank[i] = rank;
  });
  return s;
}

/** Store key and size of an image reference, from the registry that serves it. */
function imageOf(world: World, text: string): { key: string; sizeMiB: number } {
  const ref = parseImageRef(text);
  const imageId = ref ? world.registries.get(ref.registry)?.tags[repoTagKey(ref)] : undefined;
  const image = imageId ? world.images.get(imageId) : undefined;
  let sizeMiB = 0;
  if (image) for (const d of image.layers) sizeMiB += world.layers.get(d)?.sizeMiB ?? 0;
  return { key: ref ? refKey(ref) : text, sizeMiB };
}

/** The pod's requests and image, as the filters and scores read them. */
export function podInfo(s: Snapshot, pod: Pod): PodInfo {
  const r = podRequests(pod.spec);
  let img = s.imageInfo.get(pod.spec.image);
  if (!img) s.imageInfo.set(pod.spec.image, (img = imageOf(s.world, pod.spec.image)));
  return { pod, owner: pod.owner, cpu: r.cpuMillis, mem: r.memoryMiB, nzCpu: r.nonZeroCpuMillis, nzMem: r.nonZeroMemoryMiB, imageKey: img.key, imageSizeMiB: img.sizeMiB, nodeName: '', image: null, spread: null };
}

/** Books the pod on node `i` in the snapshot (the scheduler's "assume" before the next pod). */
export function assume(s: Snapshot, p: PodInfo, i: number): void {
  s.reqCpu[i] = (s.reqCpu[i] as number) + p.cpu;
  s.reqMem[i] = (s.reqMem[i] as number) + p.mem;
  s.reqPods[i] = (s.reqPods[i] as number) + 1;
  s.nzCpu[i] = (s.nzCpu[i] as number) + p.nzCpu;
  s.nzMem[i] = (s.nzMem[i] as number) + p.nzMem;
  if (p.owner !== null) {
    const c = s.spread.get(p.owner);
    if (c) {
      c.node[i] = (c.node[i] as number) + 1;
      const z = s.zone[i] as number;
      c.zone[z] = (c.zone[z] as number) + 1;
    }
  }
}
