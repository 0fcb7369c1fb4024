// `kubectl cordon|uncordon <node>`: marks the node unschedulable (spec.unschedulable and
// the `node.kubernetes.io/unschedulable:NoSchedule` taint) or schedulable again. Pods
// already there stay; only new placements avoid it.
import { setUnschedulable } from '../../k8s/nodes.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, type KubectlVerb } from './call.ts';

function cordonVerb(on: boolean): KubectlVerb {
  const verb = on ? 'cordon' : 'uncordon';
  return ({ ctx, args }) => {
    const r = parseVerbFlags(verb, args, []);
    if (!r.ok) return r.outcome;
    const names = r.parsed.positionals.map((w) => w.replace(/^(nodes?|no)\//, ''));
    if (names.length === 0) return fail(`error: USAGE: ${verb} NODE [flags]\nSee 'kubectl ${verb} -h' for help and examples`);
    for (const n of names) if (!ctx.world.k8s.nodes.has(n)) return fail(`Error from server (NotFound): nodes "${n}" not found`);
    const lines = names.map((n) => {
      const node = ctx.world.k8s.nodes.get(n);
      const changed = node !== undefined && setUnschedulable(ctx.world, node, on);
      return `node/${n} ${changed ? '' : 'already '}${verb}ed`;
    });
    return ok(lines.join('\n'));
  };
}

export const cordonCommand = cordonVerb(true);
export const uncordonCommand = cordonVerb(false);
