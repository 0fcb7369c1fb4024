// NodeUnschedulable (filter): a cordoned node (spec.unschedulable) takes no new pods.
// Pods do not tolerate `node.kubernetes.io/unschedulable`, so evicting others cannot
// help, and this plugin runs first: a cordoned node is reported as unschedulable even
// when it is also full.
import { filterEach, type FilterPlugin, type FilterResult } from '../framework.ts';
import type { PodInfo, Snapshot } from '../snapshot.ts';

const REASON = ['node(s) were unschedulable'] as const;

function check(s: Snapshot, _p: PodInfo, i: number): FilterResult {
  return s.unschedulable[i] === 1 ? REASON : null;
}

export const nodeUnschedulable: FilterPlugin = {
  name: 'NodeUnschedulable',
  unresolvable: true,
  filter: check,
  filterNodes: (s, p, nodes, n, log) => {
    if (s.unschedulableCount === 0) return n;
    return filterEach(s, p, nodes, n, log, check);
  },
};
