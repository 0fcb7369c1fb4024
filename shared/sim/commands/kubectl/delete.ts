// `kubectl delete <type> <name>… [--grace-period=N] [--force]`: every name is checked
// before anything is deleted (a refused command changes nothing); each type removes its
// objects its own way (a pod gracefully, a deployment with its replica sets and pods).
import { flag, hasFlag, f } from '../flags.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, type KubectlVerb } from './call.ts';
import { notFound, parseTargets } from './resources.ts';

export const deleteVerb: KubectlVerb = ({ ctx, args, namespace }) => {
  const r = parseVerbFlags('delete', args, [f('grace', ['--grace-period']), f('force', ['--force'], false), f('now', ['--now'], false), f('wait', ['--wait'])]);
  if (!r.ok) return r.outcome;
  const targets = parseTargets(r.parsed.positionals);
  if (targets === null) return fail("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
  if (!targets.ok) return fail(targets.error);
  const { type, names } = targets;
  if (names.length === 0) return fail('error: resource(s) were provided, but no name was specified');
  const graceText = flag(r.parsed, 'grace') ?? (hasFlag(r.parsed, 'now') ? '1' : '-1');
  if (!/^-?\d+$/.test(graceText)) return fail(`error: invalid argument "${graceText}" for "--grace-period" flag: strconv.ParseInt: parsing "${graceText}": invalid syntax`);
  const world = ctx.world;
  const remove = type.delete;
  if (!remove) return fail(`Error from server (MethodNotAllowed): the server does not allow this method on the requested resource`);
  for (const n of names) if ((type.namespaced && namespace !== 'default') || !type.exists(world, n)) return fail(notFound(type, n));
  const opts = { gracePeriod: Number(graceText), force: hasFlag(r.parsed, 'force') };
  return ok(names.map((n) => remove(world, n, opts)).join('\n'));
};
