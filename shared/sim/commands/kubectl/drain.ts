// `kubectl drain <node> [--ignore-daemonsets] [--delete-emptydir-data] [--force]`:
// cordon the node, then evict its pods (each is deleted gracefully and its replica set
// creates a replacement elsewhere). A bare pod (no controller) would be lost for good,
// so drain refuses without --force, in kubectl's words. (Real kubectl cordons before it
// refuses; here a refused command changes nothing, so the node stays as it was.)
import { deletePod, isActive } from '../../k8s/pods.ts';
import { setUnschedulable } from '../../k8s/nodes.ts';
import { K8S_TERMINATION_GRACE_TICKS } from '../../realism.ts';
import { flag, hasFlag, f } from '../flags.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, type KubectlVerb } from './call.ts';

const FLAGS = [
  f('ignoreDaemonsets', ['--ignore-daemonsets'], false),
  f('deleteEmptydir', ['--delete-emptydir-data', '--delete-local-data'], false),
  f('force', ['--force'], false),
  f('grace', ['--grace-period']),
  f('timeout', ['--timeout']),
];

const UNMANAGED = 'cannot delete Pods that declare no controller (use --force to override)';

export const drainVerb: KubectlVerb = ({ ctx, args }) => {
  const r = parseVerbFlags('drain', args, FLAGS);
  if (!r.ok) return r.outcome;
  const names = r.parsed.positionals.map((w) => w.replace(/^(nodes?|no)\//, ''));
  if (names.length !== 1) return fail("error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples");
  const name = names[0] as string;
  const world = ctx.world;
  const node = world.k8s.nodes.get(name);
  if (!node) return fail(`Error from server (NotFound): nodes "${name}" not found`);
  const graceText = flag(r.parsed, 'grace') ?? '-1';
  if (!/^-?\d+$/.test(graceText)) return fail(`error: invalid argument "${graceText}" for "--grace-period" flag: strconv.ParseInt: parsing "${graceText}": invalid syntax`);
  const pods = [...world.k8s.pods.values()].filter((p) => p.nodeName === name && isActive(p));
  const bare = pods.filter((p) => p.owner === null).map((p) => `default/${p.name}`);
  const force = hasFlag(r.parsed, 'force');
  if (bare.length > 0 && !force) {
    const why = `cannot delete ${UNMANAGED}: ${bare.join(', ')}`;
    return failWithHint(ctx, `error: unable to drain node "${name}" due to error: ${why}, continuing command...\nThere are pending nodes to be drained:\n ${name}\n${why}`, 'k8s.hint.drainBare', { node: name });
  }
  // Everything checked: cordon, then evict.
  const lines = [`node/${name} ${setUnschedulable(world, node, true) ? '' : 'already '}cordoned`];
  if (bare.length > 0) lines.push(`Warning: deleting Pods that declare no controller: ${bare.join(', ')}`);
  const grace = Number(graceText) < 0 ? K8S_TERMINATION_GRACE_TICKS : Math.max(1, Number(graceText));
  for (const p of pods) lines.push(`evicting pod default/${p.name}`);
  for (const p of pods) {
    deletePod(world, p, grace);
    lines.push(`pod/${p.name} evicted`);
  }
  lines.push(`node/${name} drained`);
  return ok(lines.join('\n'));
};
