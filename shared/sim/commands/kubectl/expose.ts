// `kubectl expose deployment <name> --port <p> [--target-port <t>] [--type LoadBalancer]`:
// a Service selecting the deployment's pods. It gets a virtual ClusterIP from
// 10.96.0.0/12 and a DNS name (<name>.default.svc.cluster.local); its endpoints are the
// Ready pods it selects, wherever they run.
import { notSimulated, serviceNameProblem } from '../../k8s/manifests/invalid.ts';
import { addService } from '../../k8s/workloads/objects.ts';
import { flag, f } from '../flags.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, type KubectlVerb } from './call.ts';
import { deploymentOf, workloadTarget } from './workloadTarget.ts';

const portProblem = (flagName: string, v: string) => `error: invalid argument "${v}" for "${flagName}" flag: strconv.ParseInt: parsing "${v}": invalid syntax`;

export const exposeVerb: KubectlVerb = ({ ctx, args }) => {
  const r = parseVerbFlags('expose', args, [f('port', ['--port']), f('target', ['--target-port']), f('type', ['--type']), f('name', ['--name']), f('protocol', ['--protocol'])]);
  if (!r.ok) return r.outcome;
  const world = ctx.world;
  const t = workloadTarget(world, r.parsed.positionals, ['deployment'], 'error: cannot expose a {{kind}} in this simulation (deployments only)');
  if (!t.ok) return t.error.startsWith('error: cannot expose') ? failWithHint(ctx, t.error, 'workloads.hint.deploymentOnly', { verb: 'expose' }) : fail(t.error);
  const d = deploymentOf(world, t.name);
  const type = flag(r.parsed, 'type') ?? 'ClusterIP';
  if (type === 'NodePort' || type === 'ExternalName') {
    const n = notSimulated(`--type=${type}`, 'ClusterIP, LoadBalancer');
    return failWithHint(ctx, n.error, 'workloads.hint.notSimulated', n.hint?.params ?? {});
  }
  if (type !== 'ClusterIP' && type !== 'LoadBalancer') return fail(`The Service "${d.name}" is invalid: spec.type: Unsupported value: "${type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
  const protocol = flag(r.parsed, 'protocol') ?? 'TCP';
  if (protocol !== 'TCP') return fail(`error: --protocol=${protocol}: not supported by this simulation (TCP only)`);
  const portText = flag(r.parsed, 'port') ?? (d.template.container.containerPort > 0 ? String(d.template.container.containerPort) : '');
  if (portText === '') return failWithHint(ctx, "error: couldn't find port via --port flag or introspection", 'workloads.hint.noPort', { name: d.name });
  if (!/^-?\d+$/.test(portText)) return fail(portProblem('--port', portText));
  const targetText = flag(r.parsed, 'target') ?? portText;
  if (!/^-?\d+$/.test(targetText)) return fail(`error: --target-port=${targetText}: named ports are not supported by this simulation (use a number)`);
  const port = Number(portText);
  const targetPort = Number(targetText);
  const name = flag(r.parsed, 'name') ?? d.name;
  const causes: string[] = [];
  const nameBad = serviceNameProblem(name);
  if (nameBad) causes.push(`metadata.name: ${nameBad}`);
  if (port < 1 || port > 65535) causes.push(`spec.ports[0].port: Invalid value: ${port}: must be between 1 and 65535, inclusive`);
  if (targetPort < 1 || targetPort > 65535) causes.push(`spec.ports[0].targetPort: Invalid value: ${targetPort}: must be between 1 and 65535, inclusive`);
  if (causes.length > 0) return fail(`The Service "${name}" is invalid: ${causes.length === 1 ? causes[0] : `[${causes.join(', ')}]`}`);
  if (world.k8s.services.has(name)) {
    return failWithHint(ctx, `Error from server (AlreadyExists): services "${name}" already exists`, 'workloads.hint.alreadyExists', { kind: 'service', name });
  }
  addService(world, { name, type, selector: { ...d.selector }, port, targetPort });
  return ok(`service/${name} exposed`);
};
