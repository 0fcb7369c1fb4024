// `docker [-H <target>] pull <image>`: downloads only the layers the engine lacks, from
// Docker Hub or a private registry, as a job answered when the last layer is in; an
// image already complete here is answered at once.
import { addLayerToStore, parseImageRef, setTag } from '../../images.ts';
import { reportLines, startJob } from '../../jobs.ts';
import { planPull, pullingFrom } from '../../registries.ts';
import { engine } from './engine.ts';
import { refError, refuse } from './imageFormat.ts';
import type { DockerSubcommand } from './index.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

const USAGE: CommandUsage = {
  path: 'docker pull',
  use: 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  options: [opt('quiet', ['-q', '--quiet'], '', 'Suppress verbose output')],
};

export const pullCommand: DockerSubcommand = (call) => {
  const a = parseArgs(USAGE, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length !== 1) return argsError(USAGE, 'exactly', 1);
  const text = a.parsed.positionals[0] as string;
  const quiet = a.parsed.values.has('quiet');
  if (!parseImageRef(text)) return refuse(call.ctx, refError(text), null);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world } = call.ctx;
  const target = eng.target;
  // The CLI says so when it fills in the tag for you.
  const header = quiet || /:[^/]+$/.test(text) ? [] : ['Using default tag: latest'];
  const plan = planPull(world, target, text);
  if (!plan.ok) {
    const output = quiet ? '' : [...header, ...(plan.output ? [plan.output] : [])].join('\n');
    return refuse(call.ctx, plan.error, plan.hint, plan.params, output);
  }
  if (plan.missing.length > 0) {
    const job = startJob(world, {
      kind: 'pull', targetId: target.id, registry: plan.registry, imageRef: plan.key, imageId: plan.imageId,
      missing: plan.missing, allLayers: plan.allLayers, commandId: call.ctx.commandId, actor: call.ctx.actor.id,
      line: call.ctx.line, header, quiet,
    });
    return { pending: true, jobId: job.id };
  }
  // Every blob is here already (shared with other images): only the tag is new, if that.
  const lines = reportLines(world, { kind: 'pull', imageRef: plan.key, imageId: plan.imageId, header: [...header, pullingFrom(plan.ref)], transfers: [], thenStart: [], thenBuild: null, quiet }, plan.upToDate);
  const image = world.images.get(plan.imageId);
  for (const d of image?.layers ?? []) addLayerToStore(world, target.store, d);
  setTag(target.store, plan.key, plan.imageId);
  return { ok: true, output: lines.join('\n') };
};
