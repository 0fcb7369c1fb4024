// NodeName (filter): a pod that names its node (spec.nodeName) fits only there.
import { filterEach, type FilterPlugin, type FilterResult } from '../framework.ts';
import type { PodInfo, Snapshot } from '../snapshot.ts';

const REASON = ["node(s) didn't match the requested node name"] as const;

function check(s: Snapshot, p: PodInfo, i: number): FilterResult {
  return p.nodeName !== '' && s.names[i] !== p.nodeName ? REASON : null;
}

export const nodeName: FilterPlugin = {
  name: 'NodeName',
  unresolvable: true,
  filter: check,
  filterNodes: (s, p, nodes, n, log) => {
    if (p.nodeName === '') return n;
    return filterEach(s, p, nodes, n, log, check);
  },
};
