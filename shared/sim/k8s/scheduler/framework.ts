// kube-scheduler's framework, reduced to what the game needs: filter plugins decide
// which nodes can take the pod (a node stops at its first failing plugin, whose
// reasons are counted for the "why Pending" message), score plugins rank the nodes
// that passed (each normalised to 0–100, then weighted and summed), and the best total
// wins with a deterministic tie-break by node name. As in kube-scheduler, a large
// cluster is not searched in full: the search starts where the last one stopped and
// ends once enough feasible nodes were found (percentageOfNodesToScore, adaptive).
import type { Placement } from '../model.ts';
import type { PodInfo, Snapshot } from './snapshot.ts';

/** Reasons a node cannot take the pod (kube's Status reasons), or null when it can. */
export type FilterResult = readonly string[] | null;

/** Where a filter reports the nodes it turns down. */
export interface FailureLog {
  fail(node: number, reasons: readonly string[]): void;
}

/**
 * A filter plugin. `filter` judges one node; `filterNodes` applies it to a batch (the
 * framework's hot path: one call per plugin per batch, a tight loop inside), keeping
 * in `nodes` those that pass, in order, and reporting the others.
 */
export interface FilterPlugin {
  name: string;
  /** Evicting other pods would not help (taints, cordon): the preemption half of the message says so. */
  unresolvable: boolean;
  filter(s: Snapshot, p: PodInfo, node: number): FilterResult;
  filterNodes(s: Snapshot, p: PodInfo, nodes: Int32Array, n: number, log: FailureLog): number;
}

/**
 * The usual `filterNodes`: runs `check` on each node of the batch, keeps the nodes that
 * pass (in order, compacting `nodes` in place) and reports the others; returns how many passed.
 */
export function filterEach(s: Snapshot, p: PodInfo, nodes: Int32Array, n: number, log: FailureLog, check: (s: Snapshot, p: PodInfo, node: number) => FilterResult): number {
  let kept = 0;
  for (let j = 0; j < n; j++) {
    const i = nodes[j] as number;
    const r = check(s, p, i);
    if (r === null) nodes[kept++] = i;
    else log.fail(i, r);
  }
  return kept;
}

/**
 * A score plugin. `score` rates one node; `scoreNodes` rates a batch into `out` (same
 * positions as `nodes`), the framework's hot path.
 */
export interface ScorePlugin {
  name: string;
  weight: number;
  /**
   * Prepares per-pod state once per decision (kube's PreScore). Returning false skips
   * the plugin for this pod, as kube's Skip status does: it would rate every node alike.
   */
  preScore?(s: Snapshot, p: PodInfo): boolean;
  score(s: Snapshot, p: PodInfo, node: number): number;
  scoreNodes(s: Snapshot, p: PodInfo, nodes: Int32Array, n: number, out: Float64Array): void;
  /** Maps the raw scores of the feasible nodes to 0–100 in place (kube's NormalizeScore). */
  normalize?(scores: Float64Array, n: number): void;
}

export interface Profile {
  filters: readonly FilterPlugin[];
  scores: readonly ScorePlugin[];
}

export const MAX_NODE_SCORE = 100;

/** How many feasible nodes to find before scoring: all below 100 nodes, else 50 % − nodes/125 (at least 5 %, at least 100). */
export function numFeasibleNodesToFind(total: number): number {
  if (total < 100) return total;
  const pct = Math.max(5, 50 - Math.floor(total / 125));
  return Math.max(100, Math.floor((total * pct) / 100));
}

export interface FilterOutcome {
  /** Feasible node indexes (a shared scratch buffer: valid until the next decision). */
  feasible: Int32Array;
  count: number;
  evaluated: number;
  /** Reason → number of nodes that failed with it. */
  reasons: ReadonlyMap<string, number>;
  /** Failed nodes whose failure preemption could not fix. */
  unresolvable: number;
}

let feasibleBuf = new Int32Array(64);
let totalBuf = new Float64Array(64);
let pluginBufs: Float64Array[] = [];
/** Which score plugins skipped the last decision (left out of its explanation). */
const skipped: boolean[] = [];

function ensure(n: number, plugins: number): void {
  if (feasibleBuf.length < n) {
    feasibleBuf = new Int32Array(n * 2);
    totalBuf = new Float64Array(n * 2);
    pluginBufs = [];
  }
  while (pluginBufs.length < plugins) pluginBufs.push(new Float64Array(feasibleBuf.length));
}

class Failures implements FailureLog {
  reasons: Map<string, number> | null = null;
  unresolvable = 0;
  current: FilterPlugin | null = null;

  fail(_node: number, reasons: readonly string[]): void {
    const m = (this.reasons ??= new Map());
    for (const r of reasons) m.set(r, (m.get(r) ?? 0) + 1);
    if (this.current?.unresolvable) this.unresolvable++;
  }
}

let chunkBuf = new Int32Array(64);
const NO_REASONS: ReadonlyMap<string, number> = new Map();

/** Reused for every decision (reset at its start). */
const failures = new Failures();

/**
 * Runs the filters from node `start` round-robin until `need` nodes passed or all were
 * tried. Nodes go through in batches of exactly the number still needed, so the nodes
 * examined, the feasible ones (in order) and each node's first failing filter are those
 * of a node-by-node search that stops at the `need`-th fit.
 */
export function runFilters(s: Snapshot, p: PodInfo, filters: readonly FilterPlugin[], start: number, need: number): FilterOutcome {
  ensure(s.size, 0);
  if (chunkBuf.length < s.size) chunkBuf = new Int32Array(s.size * 2);
  const feasible = feasibleBuf;
  const chunk = chunkBuf;
  const log = failures;
  log.reasons = null;
  log.unresolvable = 0;
  const n = s.size;
  let count = 0;
  let evaluated = 0;
  let next = start;
  while (count < need && evaluated < n) {
    const m = Math.min(need - count, n - evaluated);
    for (let j = 0; j < m; j++) {
      chunk[j] = next;
      next = next + 1 === n ? 0 : next + 1;
    }
    evaluated += m;
    let kept = m;
    for (let k = 0; k < filters.length && kept > 0; k++) {
      const plugin = filters[k] as FilterPlugin;
      log.current = plugin;
      kept = plugin.filterNodes(s, p, chunk, kept, log);
    }
    for (let j = 0; j < kept; j++) feasible[count++] = chunk[j] as number;
  }
  return { feasible, count, evaluated, reasons: log.reasons ?? NO_REASONS, unresolvable: log.unresolvable };
}

/** kube's DefaultNormalizeScore: scale to 0–100 by the maximum; `reverse` for "fewer is better". */
export function defaultNormalize(scores: Float64Array, n: number, reverse: boolean): void {
  let max = 0;
  for (let k = 0; k < n; k++) if ((scores[k] as number) > max) max = scores[k] as number;
  for (let k = 0; k < n; k++) {
    let v = max === 0 ? 0 : Math.floor((MAX_NODE_SCORE * (scores[k] as number)) / max);
    if (reverse) v = MAX_NODE_SCORE - v;
    scores[k] = v;
  }
}

/** Scores the feasible nodes: per plugin raw → normalised → × weight, summed into the returned buffer. */
export function runScores(s: Snapshot, p: PodInfo, plugins: readonly ScorePlugin[], feasible: Int32Array, n: number): Float64Array {
  ensure(s.size, plugins.length);
  const total = totalBuf;
  total.fill(0, 0, n);
  for (let k = 0; k < plugins.length; k++) {
    const plugin = plugins[k] as ScorePlugin;
    const buf = pluginBufs[k] as Float64Array;
    skipped[k] = plugin.preScore !== undefined && !plugin.preScore(s, p);
    if (skipped[k]) continue;
    plugin.scoreNodes(s, p, feasible, n, buf);
    plugin.normalize?.(buf, n);
    for (let j = 0; j < n; j++) total[j] = (total[j] as number) + (buf[j] as number) * plugin.weight;
  }
  return total;
}

/** Position (in `feasible`) of the best total; ties go to the node whose name sorts first. */
export function selectHost(s: Snapshot, total: Float64Array, feasible: Int32Array, n: number): number {
  const rank = s.nameRank;
  let best = 0;
  let bestTotal = total[0] as number;
  let bestRank = rank[feasible[0] as number] as number;
  for (let j = 1; j < n; j++) {
    const t = total[j] as number;
    if (t < bestTotal) continue;
    const r = rank[feasible[j] as number] as number;
    if (t > bestTotal || r < bestRank) {
      best = j;
      bestTotal = t;
      bestRank = r;
    }
  }
  return best;
}

/** `0/4 nodes are available: 2 Insufficient memory, 2 node(s) were unschedulable. preemption: …` */
export function fitErrorMessage(total: number, f: FilterOutcome): string {
  if (total === 0) return 'no nodes available to schedule pods';
  const sorted = (m: ReadonlyMap<string, number>) => [...m].map(([r, c]) => `${c} ${r}`).sort();
  const pre = new Map<string, number>();
  const resolvable = f.evaluated - f.count - f.unresolvable;
  if (resolvable > 0) pre.set('No preemption victims found for incoming pod', resolvable);
  if (f.unresolvable > 0) pre.set('Preemption is not helpful for scheduling', f.unresolvable);
  return `0/${total} nodes are available: ${sorted(f.reasons).join(', ')}. preemption: 0/${total} nodes are available: ${sorted(pre).join(', ')}.`;
}

export interface Decision {
  /** Chosen node index, or -1. */
  node: number;
  nextStart: number;
  /** Nodes the filters examined. */
  evaluated: number;
  /** The FitError text when no node fits. */
  message: string;
  placement: Placement | null;
}

/** One scheduling decision for one pod. With `explain`, the answer to "why here" is kept. */
export function schedulePod(s: Snapshot, p: PodInfo, profile: Profile, start: number, explain: boolean): Decision {
  const n = s.size;
  if (n === 0) return { node: -1, nextStart: 0, evaluated: 0, message: 'no nodes available to schedule pods', placement: null };
  const f = runFilters(s, p, profile.filters, start % n, numFeasibleNodesToFind(n));
  const nextStart = (start + f.evaluated) % n;
  const evaluated = f.evaluated;
  if (f.count === 0) return { node: -1, nextStart, evaluated, message: fitErrorMessage(n, f), placement: null };
  if (f.count === 1) {
    const only = f.feasible[0] as number;
    return { node: only, nextStart, evaluated, message: '', placement: explain ? { total: n, evaluated: f.evaluated, feasible: 1, score: 0, scores: [], runnerUp: '', runnerUpScore: 0 } : null };
  }
  const total = runScores(s, p, profile.scores, f.feasible, f.count);
  const best = selectHost(s, total, f.feasible, f.count);
  const node = f.feasible[best] as number;
  return { node, nextStart, evaluated, message: '', placement: explain ? explainPlacement(s, profile, f, total, best) : null };
}

function explainPlacement(s: Snapshot, profile: Profile, f: FilterOutcome, total: Float64Array, best: number): Placement {
  let second = -1;
  for (let j = 0; j < f.count; j++) {
    if (j === best) continue;
    if (second < 0 || (total[j] as number) > (total[second] as number)) second = j;
  }
  return {
    total: s.size,
    evaluated: f.evaluated,
    feasible: f.count,
    score: total[best] as number,
    scores: profile.scores.map((pl, k) => ({ plugin: pl.name, weight: pl.weight, score: (pluginBufs[k] as Float64Array)[best] as number })).filter((_, k) => !skipped[k]),
    runnerUp: second < 0 ? '' : (s.names[f.feasible[second] as number] as string),
    runnerUpScore: second < 0 ? 0 : (total[second] as number),
  };
}
