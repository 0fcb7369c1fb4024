// `kubectl describe <type> [name…]`: the type's long form, every object of the type
// when no name is given (separated by a blank line, as kubectl does).
import { fail, ok } from '../types.ts';
import { parseVerbFlags, type KubectlVerb } from './call.ts';
import { notFound, parseTargets } from './resources.ts';

export const describeVerb: KubectlVerb = ({ ctx, args, namespace }) => {
  const r = parseVerbFlags('describe', args, []);
  if (!r.ok) return r.outcome;
  const targets = parseTargets(r.parsed.positionals);
  if (targets === null) return fail("You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nSee 'kubectl describe -h' for help and examples");
  if (!targets.ok) return fail(targets.error);
  const { type, names } = targets;
  const world = ctx.world;
  const describe = type.describe;
  if (!describe) return fail(`error: describing ${type.plural} is not supported here (try "kubectl get ${type.plural}")`);
  const elsewhere = type.namespaced && namespace !== 'default';
  for (const n of names) if (elsewhere || !type.exists(world, n)) return fail(notFound(type, n));
  const list = names.length ? names : elsewhere ? [] : type.names(world);
  if (list.length === 0) return ok(type.namespaced ? `No resources found in ${namespace} namespace.` : 'No resources found');
  return ok(list.map((n) => describe(world, n, ctx.actor.lang)).join('\n\n\n'));
};
