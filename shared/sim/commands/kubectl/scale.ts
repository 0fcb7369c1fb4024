// `kubectl scale deployment/<name> --replicas=<n>` (also `deployment <name>`, and replica
// sets): sets the desired count; the controllers add or remove pods. A replica set owned
// by a deployment is put back to the deployment's count on its next pass — scale the
// deployment. An autoscaler, if any, overrides a hand-set count at its next evaluation.
import { flag, f } from '../flags.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, type KubectlVerb } from './call.ts';
import { workloadTarget } from './workloadTarget.ts';

export const scaleVerb: KubectlVerb = ({ ctx, args }) => {
  const r = parseVerbFlags('scale', args, [f('replicas', ['--replicas']), f('current', ['--current-replicas'])]);
  if (!r.ok) return r.outcome;
  const world = ctx.world;
  const t = workloadTarget(world, r.parsed.positionals, ['deployment', 'replicaset'], 'error: no scaler has been implemented for {{kind}}');
  if (!t.ok) return fail(t.error);
  const text = flag(r.parsed, 'replicas');
  if (text === undefined) return failWithHint(ctx, 'error: required flag(s) "replicas" not set', 'workloads.hint.replicasRequired', { name: t.name });
  if (!/^-?\d+$/.test(text)) return fail(`error: invalid argument "${text}" for "--replicas" flag: strconv.ParseInt: parsing "${text}": invalid syntax`);
  const replicas = Number(text);
  if (replicas < 0) return fail('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const isDeployment = t.type.singular === 'deployment';
  const obj = isDeployment ? world.k8s.deployments.get(t.name) : world.k8s.replicaSets.get(t.name);
  if (!obj) return fail(`error: ${t.name} not found`);
  const current = flag(r.parsed, 'current');
  if (current !== undefined && Number(current) !== obj.replicas) {
    return fail(`error: Expected replicas to be ${current}, was ${obj.replicas}`);
  }
  obj.replicas = replicas;
  return ok(`${t.type.qualified}/${t.name} scaled`);
};
