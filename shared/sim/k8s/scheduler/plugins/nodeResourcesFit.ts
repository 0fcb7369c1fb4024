// NodeResourcesFit: the filter checks the pod's requests against what is left of the
// node's allocatable resources (allocatable minus the requests already booked there;
// actual usage does not matter), and the pod count against max-pods. Its default score,
// LeastAllocated, prefers the emptiest node: per resource (allocatable − requested) ×
// 100 / allocatable, averaged over CPU and memory with equal weights, counting a pod
// without requests as 100m and 200 MB.
import { filterEach, type FilterPlugin, type FilterResult, type ScorePlugin } from '../framework.ts';
import type { PodInfo, Snapshot } from '../snapshot.ts';

const CPU = ['Insufficient cpu'] as const;
const MEM = ['Insufficient memory'] as const;
const BOTH = ['Insufficient cpu', 'Insufficient memory'] as const;
const PODS = ['Too many pods'] as const;

function fits(s: Snapshot, p: PodInfo, i: number): FilterResult {
  if ((s.reqPods[i] as number) + 1 > (s.allocPods[i] as number)) return PODS;
  const cpu = p.cpu > 0 && p.cpu > (s.allocCpu[i] as number) - (s.reqCpu[i] as number);
  const mem = p.mem > 0 && p.mem > (s.allocMem[i] as number) - (s.reqMem[i] as number);
  if (cpu) return mem ? BOTH : CPU;
  return mem ? MEM : null;
}

export const nodeResourcesFit: FilterPlugin = {
  name: 'NodeResourcesFit',
  unresolvable: false,
  filter: fits,
  filterNodes: (s, p, nodes, n, log) => {
    return filterEach(s, p, nodes, n, log, fits);
  },
};

function least(requested: number, allocatable: number): number {
  if (allocatable <= 0 || requested > allocatable) return 0;
  return Math.floor(((allocatable - requested) * 100) / allocatable);
}

function leastScore(s: Snapshot, p: PodInfo, i: number): number {
  const cpu = least((s.nzCpu[i] as number) + p.nzCpu, s.allocCpu[i] as number);
  const mem = least((s.nzMem[i] as number) + p.nzMem, s.allocMem[i] as number);
  return Math.floor((cpu + mem) / 2);
}

export const leastAllocated: ScorePlugin = {
  name: 'NodeResourcesFit',
  weight: 1,
  score: leastScore,
  scoreNodes: (s, p, nodes, n, out) => {
    for (let j = 0; j < n; j++) out[j] = leastScore(s, p, nodes[j] as number);
  },
};
