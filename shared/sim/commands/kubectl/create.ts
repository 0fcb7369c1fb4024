// `kubectl create deployment <name> --image=<image> [--replicas=<n>] [--port=<p>]` and
// `kubectl create secret generic …` (secret.ts). The deployment gets the label app=<name>
// on itself, its selector and its pod template, and one container named after the image.
import { subdomainProblem } from '../../k8s/manifests/invalid.ts';
import { addDeployment, createdDeploymentFields } from '../../k8s/workloads/objects.ts';
import { flag, f, hasFlag } from '../flags.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, usageError, type KubectlCall, type KubectlVerb } from './call.ts';
import { createSecretGeneric } from './secret.ts';

const int = (flagName: string, v: string) => `error: invalid argument "${v}" for "${flagName}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`;

function createDeployment({ ctx, args }: KubectlCall) {
  const r = parseVerbFlags('create deployment', args, [
    f('image', ['--image']),
    f('replicas', ['-r', '--replicas']),
    f('port', ['--port']),
    f('record', ['--record'], false),
  ]);
  if (!r.ok) return r.outcome;
  const names = r.parsed.positionals;
  if (names.length !== 1) return usageError('create deployment', `exactly one NAME is required, got ${names.length}`);
  const name = names[0] as string;
  const image = flag(r.parsed, 'image');
  if (image === undefined || image === '') return fail('error: required flag(s) "image" not set');
  const replicasText = flag(r.parsed, 'replicas') ?? '1';
  if (!/^-?\d+$/.test(replicasText)) return fail(int('-r, --replicas', replicasText));
  const portText = flag(r.parsed, 'port') ?? '-1';
  if (!/^-?\d+$/.test(portText)) return fail(int('--port', portText));
  const replicas = Number(replicasText);
  const port = Number(portText);
  const causes: string[] = [];
  const bad = subdomainProblem(name);
  if (bad) causes.push(`metadata.name: ${bad}`);
  if (replicas < 0) causes.push(`spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`);
  if (port === 0 || port > 65535) causes.push(`spec.template.spec.containers[0].ports[0].containerPort: Invalid value: ${port}: must be between 1 and 65535, inclusive`);
  if (causes.length > 0) return fail(`The Deployment "${name}" is invalid: ${causes.length === 1 ? causes[0] : `[${causes.join(', ')}]`}`);
  const world = ctx.world;
  if (world.k8s.deployments.has(name)) {
    return failWithHint(ctx, `error: failed to create deployment: deployments.apps "${name}" already exists`, 'workloads.hint.alreadyExists', { kind: 'deployment', name });
  }
  const fields = createdDeploymentFields(name, image, replicas, port > 0 ? port : 0);
  const record = hasFlag(r.parsed, 'record');
  if (record) fields.changeCause = `kubectl ${ctx.line.replace(/^\s*kubectl\s+/, '')}`;
  addDeployment(world, fields);
  const warning = record ? 'Flag --record has been deprecated, --record will be removed in the future\n' : '';
  return ok(`${warning}deployment.apps/${name} created`);
}

export const createVerb: KubectlVerb = (call) => {
  const [kind, ...rest] = call.args;
  if (kind === 'deployment' || kind === 'deploy') return createDeployment({ ...call, args: rest });
  if (kind === 'secret') return createSecretGeneric({ ...call, args: rest });
  if (kind === undefined || kind.startsWith('-')) return fail("error: must specify one of -f and -k\n\nerror: unknown command \"\" for \"kubectl create\"");
  return fail(`error: unknown command "${kind}" for "kubectl create"\nRun 'kubectl create --help' for usage.`);
};
