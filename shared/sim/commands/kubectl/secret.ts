// `kubectl create secret generic <name> --from-literal=<key>=<value> …`: a Secret object
// holding the values (stored base64-encoded by the API server — encoding, not
// encryption). Pods read it at container start through env secretKeyRef.
import { subdomainProblem } from '../../k8s/manifests/invalid.ts';
import { secretKeyProblem } from '../../k8s/manifests/secret.ts';
import { putSecret } from '../../k8s/workloads/secrets.ts';
import { flag, flagAll, f } from '../flags.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, usageError, type KubectlCall } from './call.ts';

/** `kubectl create secret <type> …` (only `generic` is simulated). */
export function createSecretGeneric({ ctx, args }: KubectlCall) {
  const [type, ...rest] = args;
  if (type === 'docker-registry' || type === 'tls') return fail(`error: kubectl create secret ${type}: not supported by this simulation (use "generic")`);
  if (type !== 'generic') return fail(`error: unknown command "${type ?? ''}" for "kubectl create secret"\nRun 'kubectl create secret --help' for usage.`);
  const r = parseVerbFlags('create secret generic', rest, [f('literal', ['--from-literal']), f('type', ['--type'])]);
  if (!r.ok) return r.outcome;
  const names = r.parsed.positionals;
  if (names.length !== 1) return usageError('create secret generic', `exactly one NAME is required, got ${names.length}`);
  const name = names[0] as string;
  const secretType = flag(r.parsed, 'type') ?? 'Opaque';
  if (secretType !== 'Opaque') return fail(`error: --type=${secretType}: not supported by this simulation (Opaque only)`);
  const nameBad = subdomainProblem(name);
  if (nameBad) return fail(`The Secret "${name}" is invalid: metadata.name: ${nameBad}`);
  const data: Record<string, string> = {};
  for (const lit of flagAll(r.parsed, 'literal')) {
    const eq = lit.indexOf('=');
    if (eq <= 0) return failWithHint(ctx, `error: invalid literal source ${lit}, expected key=value`, 'workloads.hint.literal');
    const key = lit.slice(0, eq);
    const bad = secretKeyProblem(key);
    if (bad) return fail(`error: "${key}" is not a valid key name for a Secret: ${bad.replace(/^Invalid value: "[^"]*": /, '')}`);
    if (Object.hasOwn(data, key)) return fail(`error: cannot add key ${key}, another key by that name already exists in Data for Secret "${name}"`);
    data[key] = lit.slice(eq + 1);
  }
  if (ctx.world.k8s.secrets.has(name)) {
    return failWithHint(ctx, `error: failed to create secret secrets "${name}" already exists`, 'workloads.hint.alreadyExists', { kind: 'secret', name });
  }
  putSecret(ctx.world, name, data);
  return ok(`secret/${name} created`);
}
