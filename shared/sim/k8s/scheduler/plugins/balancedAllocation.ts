// NodeResourcesBalancedAllocation (score): prefers the node where, with the pod added,
// the shares of CPU and of memory requested are closest, so that neither resource is
// stranded (a node full on memory with idle CPU can take nothing more). Score =
// (1 − standard deviation of the two fractions) × 100; for two resources the standard
// deviation is half their difference.
import type { ScorePlugin } from '../framework.ts';
import type { PodInfo, Snapshot } from '../snapshot.ts';

function fractionPpm(requested: number, allocatable: number): number {
  if (allocatable <= 0) return 1_000_000;
  return Math.min(1_000_000, Math.floor((requested * 1_000_000) / allocatable));
}

function balanced(s: Snapshot, p: PodInfo, i: number): number {
  const cpu = fractionPpm((s.reqCpu[i] as number) + p.cpu, s.allocCpu[i] as number);
  const mem = fractionPpm((s.reqMem[i] as number) + p.mem, s.allocMem[i] as number);
  const std = Math.abs(cpu - mem) / 2;
  return Math.floor(((1_000_000 - std) * 100) / 1_000_000);
}

export const balancedAllocation: ScorePlugin = {
  name: 'NodeResourcesBalancedAllocation',
  weight: 1,
  score: balanced,
  scoreNodes: (s, p, nodes, n, out) => {
    for (let j = 0; j < n; j++) out[j] = balanced(s, p, nodes[j] as number);
  },
};
