// `docker [-H <target>] build -t <name:tag> <recipe>`: builds a scenario recipe (a named
// build context with its files) or an inline Dockerfile given as one quoted word with
// `\n` between lines. The build itself is build/builder.ts.
import { runBuild } from '../../build/builder.ts';
import { parseImageRef, refKey } from '../../images.ts';
import type { PendingBuild } from '../../model.ts';
import { engine } from './engine.ts';
import { refError, refuse } from './imageFormat.ts';
import type { DockerSubcommand } from './index.ts';
import { argsError, flagError, opt, parseArgs, type CommandUsage } from './usage.ts';

const USAGE: CommandUsage = {
  path: 'docker build',
  use: 'docker build [OPTIONS] PATH | URL | -',
  short: 'Build an image from a Dockerfile',
  options: [
    opt('build-arg', ['--build-arg'], 'list', 'Set build-time variables'),
    opt('no-cache', ['--no-cache'], '', 'Do not use cache when building the image'),
    opt('quiet', ['-q', '--quiet'], '', 'Suppress the build output and print image ID on success'),
    opt('tag', ['-t', '--tag'], 'list', "Name and optionally a tag in the 'name:tag' format"),
  ],
};

/** A Dockerfile typed inline rather than the name of a scenario recipe. */
function isInline(text: string): boolean {
  return text.includes('\n') || text.includes('\\n') || /^\s*(FROM|ARG)\s/i.test(text);
}

export const buildCommand: DockerSubcommand = (call) => {
  const a = parseArgs(USAGE, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length !== 1) return argsError(USAGE, 'exactly', 1);
  const source = a.parsed.positionals[0] as string;
  const tags: string[] = [];
  for (const t of a.parsed.values.get('tag') ?? []) {
    const ref = parseImageRef(t);
    if (!ref) return flagError(USAGE, `invalid argument "${t}" for "-t, --tag" flag: ${refError(t)}`);
    if (!tags.includes(refKey(ref))) tags.push(refKey(ref));
  }
  // `--build-arg NAME` without a value takes it from the client's environment: none here.
  const buildArgs = (a.parsed.values.get('build-arg') ?? []).filter((kv) => kv.indexOf('=') > 0);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world } = call.ctx;
  const recipes = [...world.recipes.keys()].join(', ') || '-';
  const named = world.recipes.has(source);
  if (!named && !isInline(source)) {
    return refuse(call.ctx, `unable to prepare context: path "${source}" not found`, 'images.hint.unknownRecipe', { recipes });
  }
  const pending: PendingBuild = {
    recipe: named ? source : '', text: named ? '' : source, tags, noCache: a.parsed.values.has('no-cache'),
    quiet: a.parsed.values.has('quiet'), buildArgs, pulled: [], prefixLines: 0,
  };
  const out = runBuild({ world, targetId: eng.target.id, pending, commandId: call.ctx.commandId, actor: call.ctx.actor.id, line: call.ctx.line });
  if (!out.done) return { pending: true, jobId: out.jobId };
  if (out.ok) return { ok: true, output: out.output };
  const noContext = !named && /^(COPY|ADD) failed/.test(out.error);
  const hint = noContext ? { key: 'images.hint.noContext', params: { recipes } } : out.hint;
  return refuse(call.ctx, out.error, hint?.key ?? null, hint?.params ?? {}, out.output);
};
