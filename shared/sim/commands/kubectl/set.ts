// `kubectl set image deployment/<name> <container>=<image> …`: a new pod template, so a
// new revision and a rolling update. `*=<image>` sets every container. Setting the image
// it already has changes nothing and prints nothing.
import { f, hasFlag } from '../flags.ts';
import { failWithHint } from '../hint.ts';
import { fail, ok } from '../types.ts';
import { parseVerbFlags, type KubectlCall, type KubectlVerb } from './call.ts';
import { deploymentOf, workloadTarget } from './workloadTarget.ts';

function setImage({ ctx, args }: KubectlCall) {
  const r = parseVerbFlags('set image', args, [f('record', ['--record'], false)]);
  if (!r.ok) return r.outcome;
  const world = ctx.world;
  const t = workloadTarget(world, r.parsed.positionals, ['deployment'], 'error: {{kind}} is not supported by this simulation\'s set image (deployments only)');
  if (!t.ok) return fail(t.error);
  if (t.rest.length === 0) return fail("error: at least one image update is required\nSee 'kubectl set image -h' for help and examples");
  const d = deploymentOf(world, t.name);
  const c = d.template.container;
  let image: string | null = null;
  for (const pair of t.rest) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) return fail(`error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
    const container = pair.slice(0, eq);
    if (container !== '*' && container !== c.name) {
      return failWithHint(ctx, `error: unable to find container named "${container}"`, 'workloads.hint.containerNotFound', { name: d.name, container: c.name });
    }
    image = pair.slice(eq + 1);
  }
  if (image === null || image === c.image) return ok('');
  c.image = image;
  const record = hasFlag(r.parsed, 'record');
  if (record) d.changeCause = `kubectl ${ctx.line.replace(/^\s*kubectl\s+/, '')}`;
  return ok(`${record ? 'Flag --record has been deprecated, --record will be removed in the future\n' : ''}deployment.apps/${d.name} image updated`);
}

export const setVerb: KubectlVerb = (call) => {
  const [what, ...rest] = call.args;
  if (what === 'image') return setImage({ ...call, args: rest });
  if (what === undefined) return fail("error: unknown command \"\" for \"kubectl set\"\nRun 'kubectl set --help' for usage.");
  return fail(`error: unknown command "${what}" for "kubectl set"\nRun 'kubectl set --help' for usage.`);
};
