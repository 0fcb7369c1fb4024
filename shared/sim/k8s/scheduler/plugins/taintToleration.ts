// TaintToleration: a node's NoSchedule and NoExecute taints keep off every pod that
// does not tolerate them (filter), and PreferNoSchedule taints make a node less
// attractive (score: fewer untolerated ones is better). Every pod carries the default
// tolerations of the DefaultTolerationSeconds admission plugin: unreachable and
// not-ready, NoExecute only, so the NoSchedule twins of those taints do keep new pods
// off a NotReady node.
import type { Taint } from '../../model.ts';
import { TAINT_NOT_READY, TAINT_UNREACHABLE } from '../../nodes.ts';
import { defaultNormalize, type FilterPlugin, type FilterResult, type ScorePlugin } from '../framework.ts';
import type { PodInfo, Snapshot } from '../snapshot.ts';

/** The default tolerations (operator Exists, effect NoExecute). */
export function tolerates(t: Taint): boolean {
  return t.effect === 'NoExecute' && (t.key === TAINT_UNREACHABLE || t.key === TAINT_NOT_READY);
}

function check(s: Snapshot, _p: PodInfo, i: number): FilterResult {
  const taints = s.taints[i];
  if (!taints) return null;
  for (const t of taints) {
    if (t.effect === 'PreferNoSchedule' || tolerates(t)) continue;
    return [`node(s) had untolerated taint {${t.key}: ${t.value}}`];
  }
  return null;
}

function preferNoSchedule(s: Snapshot, _p: PodInfo, i: number): number {
  const taints = s.taints[i];
  if (!taints) return 0;
  let n = 0;
  for (const t of taints) if (t.effect === 'PreferNoSchedule') n++;
  return n;
}

export const taintTolerationFilter: FilterPlugin = {
  name: 'TaintToleration',
  unresolvable: true,
  filter: check,
  filterNodes: (s, p, nodes, n, log) => {
    if (s.taintedCount === 0) return n;
    let kept = 0;
    for (let j = 0; j < n; j++) {
      const i = nodes[j] as number;
      const r = s.taints[i] === null ? null : check(s, p, i);
      if (r === null) nodes[kept++] = i;
      else log.fail(i, r);
    }
    return kept;
  },
};

export const taintTolerationScore: ScorePlugin = {
  name: 'TaintToleration',
  weight: 3,
  preScore: (s) => s.preferNoScheduleCount > 0,
  score: preferNoSchedule,
  scoreNodes: (s, p, nodes, n, out) => {
    for (let j = 0; j < n; j++) out[j] = preferNoSchedule(s, p, nodes[j] as number);
  },
  normalize: (scores, n) => defaultNormalize(scores, n, true),
};
