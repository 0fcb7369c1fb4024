// `kubectl autoscale deployment <name> --min <a> --max <b> --cpu-percent <c>`: a
// HorizontalPodAutoscaler that resizes the deployment every 15 s from the pods' CPU use
// as a share of their CPU requests (pods without requests give `<unknown>`: no scaling).
import { addHpa } from '../../k8s/workloads/objects.ts';
import { flag, f } from '../flags.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, type KubectlVerb } from './call.ts';
import { deploymentOf, workloadTarget } from './workloadTarget.ts';

/** The autoscaler's CPU target when none is given (the API server's default). */
const DEFAULT_CPU_PERCENT = 80;

const intFlag = (name: string, v: string) => `error: invalid argument "${v}" for "${name}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`;

export const autoscaleVerb: KubectlVerb = ({ ctx, args }) => {
  const r = parseVerbFlags('autoscale', args, [f('min', ['--min']), f('max', ['--max']), f('cpu', ['--cpu-percent']), f('name', ['--name'])]);
  if (!r.ok) return r.outcome;
  const world = ctx.world;
  const t = workloadTarget(world, r.parsed.positionals, ['deployment'], 'error: cannot autoscale a {{kind}} in this simulation (deployments only)');
  if (!t.ok) return t.error.startsWith('error: cannot autoscale') ? failWithHint(ctx, t.error, 'workloads.hint.deploymentOnly', { verb: 'autoscale' }) : fail(t.error);
  const values: Record<string, number> = {};
  for (const [key, spelling, dflt] of [['min', '--min', '-1'], ['max', '--max', '-1'], ['cpu', '--cpu-percent', '-1']] as const) {
    const v = flag(r.parsed, key) ?? dflt;
    if (!/^-?\d+$/.test(v)) return fail(intFlag(spelling, v));
    values[key] = Number(v);
  }
  const max = values.max as number;
  const min = (values.min as number) < 0 ? 1 : (values.min as number);
  const cpu = (values.cpu as number) < 0 ? DEFAULT_CPU_PERCENT : (values.cpu as number);
  if (max < 1) return fail(`error: --max=MAXPODS is required and must be at least 1, max: ${max}`);
  if (max < min) return fail(`error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
  if (min === 0) return fail('The HorizontalPodAutoscaler "' + t.name + '" is invalid: spec.minReplicas: Invalid value: 0: must be greater than or equal to 1');
  const name = flag(r.parsed, 'name') ?? t.name;
  if (world.k8s.hpas.has(name)) {
    return failWithHint(ctx, `Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "${name}" already exists`, 'workloads.hint.alreadyExists', { kind: 'hpa', name });
  }
  addHpa(world, name, deploymentOf(world, t.name).name, min, max, cpu);
  return ok(`horizontalpodautoscaler.autoscaling/${name} autoscaled`);
};
