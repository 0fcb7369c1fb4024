// `kubectl get <type> [name…] [-o wide|name]`: a table with the type's columns, or
// `type/name` lines. Names that do not exist are reported as the API server does; an
// empty list says `No resources found in default namespace.`
import { table } from '../../format/table.ts';
import { flag, hasFlag, f } from '../flags.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, type KubectlVerb } from './call.ts';
import { notFound, parseTargets } from './resources.ts';

const REQUIRED = [
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.',
  '',
  'error: Required resource not specified.',
  'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
  "See 'kubectl get -h' for help and examples",
].join('\n');

export const getVerb: KubectlVerb = ({ ctx, args, namespace }) => {
  const r = parseVerbFlags('get', args, [f('output', ['-o', '--output']), f('watch', ['-w', '--watch'], false), f('all', ['-A', '--all-namespaces'], false)]);
  if (!r.ok) return r.outcome;
  const output = flag(r.parsed, 'output') ?? '';
  if (!['', 'wide', 'name'].includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: name,wide`);
  }
  const targets = parseTargets(r.parsed.positionals);
  if (targets === null) return fail(REQUIRED);
  if (!targets.ok) return fail(targets.error);
  const { type, names } = targets;
  const world = ctx.world;
  const all = hasFlag(r.parsed, 'all') && type.namespaced;
  const elsewhere = type.namespaced && namespace !== 'default' && !all;
  const missing = names.filter((n) => elsewhere || !type.exists(world, n));
  const shown = names.length ? names.filter((n) => !missing.includes(n)) : elsewhere ? [] : type.names(world);
  const errors = missing.map((n) => notFound(type, n));
  let text: string;
  if (shown.length === 0) {
    text = names.length ? '' : type.namespaced && !all ? `No resources found in ${namespace} namespace.` : 'No resources found';
  } else if (output === 'name') {
    // Workloads helper: kubectl names objects with their API group here (`deployment.apps/web`).
    text = shown.map((n) => `${type.qualified}/${n}`).join('\n');
  } else {
    const wide = output === 'wide';
    // Every object of the game lives in the default namespace.
    const ns = all ? ['NAMESPACE'] : [];
    text = table([...ns, ...type.header(wide)], shown.map((n) => [...(all ? ['default'] : []), ...type.row(world, n, wide)]));
  }
  if (errors.length) return fail(errors.join('\n'), text || undefined);
  return ok(text);
};
