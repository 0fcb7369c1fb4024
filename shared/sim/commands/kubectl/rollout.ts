// `kubectl rollout status|history|undo|restart deployment/<name>`. status watches until
// the rollout ends (the answer comes when it does); history lists the revisions kept as
// replica sets; undo puts an older revision's template back (it becomes the newest
// revision); restart stamps the template so every pod is replaced by a rolling update.
import type { Deployment, ReplicaSet } from '../../k8s/model.ts';
import { cloneTemplate } from '../../k8s/workloads/objects.ts';
import { rolloutStatusLine } from '../../k8s/workloads/rolloutStatus.ts';
import { replicaSetsOf } from '../../k8s/workloads/status.ts';
import { canonicalJson } from '../../k8s/workloads/templateHash.ts';
import { podTemplateLines } from '../../k8s/workloads/views/deployments.ts';
import { parseDurationSeconds } from '../../units.ts';
import { flag, f } from '../flags.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok, type Outcome } from '../types.ts';
import { parseVerbFlags, type KubectlCall, type KubectlVerb } from './call.ts';
import { deploymentOf, workloadTarget } from './workloadTarget.ts';

const SUBS = ['status', 'history', 'undo', 'restart'];

function status(call: KubectlCall, d: Deployment, watch: boolean, timeout: string | undefined): Outcome {
  const world = call.ctx.world;
  const s = rolloutStatusLine(world, d);
  if (s.error) return fail(s.error);
  if (s.done || !watch) return ok(s.line);
  let deadlineTick = -1;
  if (timeout !== undefined) {
    const secs = parseDurationSeconds(timeout);
    if (secs === null) return fail(`error: invalid argument "${timeout}" for "--timeout" flag: time: invalid duration "${timeout}"`);
    if (secs > 0) deadlineTick = world.tick + secs;
  }
  world.k8s.rolloutWatches.push({ commandId: call.ctx.commandId, actor: call.ctx.actor.id, line: call.ctx.line, deployment: d.name, lines: [s.line], deadlineTick });
  return { pending: true, jobId: `rollout-status-${call.ctx.commandId}` };
}

function history(sets: readonly ReplicaSet[], d: Deployment, revision: string | undefined): Outcome {
  const ordered = [...sets].sort((a, b) => a.revision - b.revision);
  if (revision !== undefined && revision !== '0') {
    const rs = ordered.find((s) => String(s.revision) === revision);
    if (!rs) return fail('error: unable to find the specified revision');
    return ok([`deployment.apps/${d.name} with revision #${rs.revision}`, ...podTemplateLines(rs.template, { 'pod-template-hash': rs.templateHash })].join('\n'));
  }
  const rows = ordered.map((rs) => `${String(rs.revision).padEnd(10)}${d.changeCauses[rs.revision] || '<none>'}`);
  return ok([`deployment.apps/${d.name} `, 'REVISION  CHANGE-CAUSE', ...rows].join('\n'));
}

function undo(call: KubectlCall, sets: readonly ReplicaSet[], d: Deployment, toRevision: string): Outcome {
  if (!/^\d+$/.test(toRevision)) return fail(`error: invalid argument "${toRevision}" for "--to-revision" flag: strconv.ParseInt: parsing "${toRevision}": invalid syntax`);
  const ordered = [...sets].sort((a, b) => b.revision - a.revision);
  const wanted = Number(toRevision);
  let target: ReplicaSet | undefined;
  if (wanted === 0) {
    if (ordered.length < 2) return failWithHint(call.ctx, `error: no rollout history found for deployment "${d.name}"`, 'workloads.hint.noHistory', { name: d.name });
    target = ordered[1];
  } else {
    target = ordered.find((rs) => rs.revision === wanted);
    if (!target) {
      const revisions = ordered.map((rs) => rs.revision).reverse().join(', ');
      return failWithHint(call.ctx, `error: unable to find specified revision ${wanted} in history`, 'workloads.hint.revisionNotFound', { name: d.name, revisions });
    }
  }
  const rs = target as ReplicaSet;
  if (canonicalJson(rs.template) === canonicalJson(d.template)) return ok(`deployment.apps/${d.name} skipped rollback (current template already matches revision ${rs.revision})`);
  d.template = cloneTemplate(rs.template);
  // The rollback copies the revision's change-cause annotation back onto the deployment.
  d.changeCause = d.changeCauses[rs.revision] ?? '';
  return ok(`deployment.apps/${d.name} rolled back`);
}

export const rolloutVerb: KubectlVerb = (call) => {
  const [sub, ...rest] = call.args;
  if (sub === undefined || !SUBS.includes(sub)) {
    return fail(`error: unknown command "${sub ?? ''}" for "kubectl rollout"\nDid you mean this?\n\t${SUBS.join('\n\t')}\nRun 'kubectl rollout --help' for usage.`);
  }
  // `--watch` is a boolean that is on by default: only `--watch=false` turns it off.
  const noWatch = rest.some((w) => w === '--watch=false' || w === '-w=false');
  const r = parseVerbFlags(`rollout ${sub}`, rest.filter((w) => w !== '--watch=false' && w !== '-w=false'), [
    f('watch', ['-w', '--watch'], false),
    f('timeout', ['--timeout']),
    f('revision', ['--revision']),
    f('to', ['--to-revision']),
  ]);
  if (!r.ok) return r.outcome;
  const world = call.ctx.world;
  const viewer = sub === 'status' ? 'status viewer' : sub === 'history' ? 'history viewer' : sub === 'undo' ? 'rollbacker' : 'restarter';
  const t = workloadTarget(world, r.parsed.positionals, ['deployment'], `error: no ${viewer} has been implemented for "{{kind}}"`);
  if (!t.ok) return fail(t.error);
  const d = deploymentOf(world, t.name);
  if (sub === 'status') return status(call, d, !noWatch, flag(r.parsed, 'timeout'));
  const sets = replicaSetsOf(world, d.name);
  if (sub === 'history') return history(sets, d, flag(r.parsed, 'revision'));
  if (sub === 'undo') return undo(call, sets, d, flag(r.parsed, 'to') ?? '0');
  d.template.restartedAt = world.tick;
  return ok(`deployment.apps/${d.name} restarted`);
};
