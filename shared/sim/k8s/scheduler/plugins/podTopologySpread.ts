// PodTopologySpread (score) with the cluster's default constraints, which apply to any
// pod owned by a replica set: spread over hostnames (maxSkew 3) and over zones — here
// racks — (maxSkew 5), both ScheduleAnyway. A node scores worse the more pods of the
// same owner already run on it and in its rack, so replicas land on different machines
// and racks and one failure takes out as few as possible. Each constraint's count is
// weighted by log(number of domains + 2), as in kube-scheduler.
import type { ScorePlugin } from '../framework.ts';
import type { PodInfo, Snapshot, SpreadCounts } from '../snapshot.ts';

const HOST_MAX_SKEW = 3;
const ZONE_MAX_SKEW = 5;

/** 1000 × ln(x) for x ≥ 1, in integers (log2 by bit length, linear between powers of two). */
export function lnPermille(x: number): number {
  const v = Math.max(1, Math.floor(x));
  const bits = 31 - Math.clz32(v);
  const low = 2 ** bits;
  const frac = Math.floor(((v - low) * 1000) / low);
  return Math.floor(((bits * 1000 + frac) * 693) / 1000);
}

function emptyCounts(s: Snapshot): SpreadCounts {
  return {
    node: new Int32Array(s.size),
    zone: new Int32Array(Math.max(1, s.zones)),
    hostWeight: lnPermille(s.size + 2),
    zoneWeight: lnPermille(s.zones + 2),
  };
}

/** Counts every owner's active pods per node and zone in one pass over the pods, the first time one is needed. */
function counts(s: Snapshot, owner: string): SpreadCounts {
  const cached = s.spread.get(owner);
  if (cached) return cached;
  if (!s.spreadCounted) {
    s.spreadCounted = true;
    const index = new Map<string, number>();
    for (let i = 0; i < s.size; i++) index.set(s.names[i] as string, i);
    for (const p of s.world.k8s.pods.values()) {
      if (p.owner === null || p.nodeName === null || p.deletionTick >= 0) continue;
      const i = index.get(p.nodeName);
      if (i === undefined) continue;
      let c = s.spread.get(p.owner);
      if (!c) s.spread.set(p.owner, (c = emptyCounts(s)));
      c.node[i] = (c.node[i] as number) + 1;
      const z = s.zone[i] as number;
      c.zone[z] = (c.zone[z] as number) + 1;
    }
    const found = s.spread.get(owner);
    if (found) return found;
  }
  const made = emptyCounts(s);
  s.spread.set(owner, made);
  return made;
}

function spread(s: Snapshot, p: PodInfo, i: number): number {
  const c = p.spread;
  if (!c) return 0;
  const host = (c.node[i] as number) * c.hostWeight + (HOST_MAX_SKEW - 1) * 1000;
  const zone = (c.zone[s.zone[i] as number] as number) * c.zoneWeight + (ZONE_MAX_SKEW - 1) * 1000;
  return host + zone;
}

export const podTopologySpread: ScorePlugin = {
  name: 'PodTopologySpread',
  weight: 2,
  preScore: (s, p) => {
    p.spread = p.owner === null ? null : counts(s, p.owner);
    return p.spread !== null;
  },
  score: spread,
  scoreNodes: (s, p, nodes, n, out) => {
    for (let j = 0; j < n; j++) out[j] = spread(s, p, nodes[j] as number);
  },
  normalize: (scores, n) => {
    let min = Infinity;
    let max = 0;
    for (let k = 0; k < n; k++) {
      const v = scores[k] as number;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    for (let k = 0; k < n; k++) scores[k] = max === 0 ? 100 : Math.floor((100 * (max + min - (scores[k] as number))) / max);
  },
};
