// `docker [-H <target>] history <image>`: the image's layers, newest first, with the step
// that made each one. Whatever a step wrote (an ENV value, a RUN line with a password)
// is there for anyone who has the image: this is how secrets leak from images.
import { DANGLING, resolveInStore, shortImageId } from '../../images.ts';
import type { Image, World } from '../../model.ts';
import { stepImageId } from '../../build/builder.ts';
import { engine } from './engine.ts';
import { ago, normalizedRef, refuse } from './imageFormat.ts';
import type { DockerSubcommand } from './index.ts';
import { decimalSize, dockerTable } from './describe.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

const USAGE: CommandUsage = {
  path: 'docker history',
  use: 'docker history [OPTIONS] IMAGE',
  short: 'Show the history of an image',
  options: [
    opt('no-trunc', ['--no-trunc'], '', "Don't truncate output"),
    opt('quiet', ['-q', '--quiet'], '', 'Only show image IDs'),
  ],
};

// BuildKit records the instruction itself (`RUN /bin/sh -c …`, `WORKDIR /app`); the classic builder `/bin/sh -c …`.
const BUILDKIT_STEP = /^(RUN|COPY|ADD|WORKDIR|CMD|ENTRYPOINT|ENV|EXPOSE|LABEL|USER|ARG|VOLUME|HEALTHCHECK|SHELL|STOPSIGNAL|ONBUILD) /;

/** docker's Ellipsis: at most 45 characters, the last one `…`. */
function ellipsis(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Ids of the lower rows. Pulled images keep no parent chain (`<missing>`); an image built
 * on this engine has its intermediate images, and its base image where that is local.
 */
function rowIds(world: World, store: { tags: Record<string, string> }, image: Image, built: Set<string>): string[] {
  const ids = image.layers.map(() => '<missing>');
  const n = image.layers.length;
  if (n > 0) ids[n - 1] = image.id;
  const top = image.layers[n - 1];
  if (top === undefined || !built.has(top)) return ids;
  const local = new Map<string, string>();
  for (const [key, id] of Object.entries(store.tags)) {
    const other = world.images.get(id);
    if (other && !key.startsWith(DANGLING)) local.set(other.layers.join(','), other.id);
  }
  for (let i = 0; i < n - 1; i++) {
    const prefix = image.layers.slice(0, i + 1);
    const base = local.get(prefix.join(','));
    if (base) ids[i] = base;
    else if (built.has(prefix[i] as string)) ids[i] = stepImageId(prefix);
  }
  return ids;
}

export const historyCommand: DockerSubcommand = (call) => {
  const a = parseArgs(USAGE, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length !== 1) return argsError(USAGE, 'exactly', 1);
  const text = a.parsed.positionals[0] as string;
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world } = call.ctx;
  const id = resolveInStore(eng.target.store, text);
  const image = id ? world.images.get(id) : undefined;
  if (!image) return refuse(call.ctx, `Error response from daemon: No such image: ${normalizedRef(text)}`, 'images.hint.noSuchImage', { target: eng.target.id });
  const built = new Set<string>();
  const prefix = `${eng.target.id}|`;
  for (const [key, digest] of world.buildCache) if (key.startsWith(prefix)) built.add(digest);
  const ids = rowIds(world, eng.target.store, image, built);
  const noTrunc = a.parsed.values.has('no-trunc');
  const idText = (v: string) => (v === '<missing>' || noTrunc ? v : shortImageId(v));
  const rows: string[][] = [];
  for (let i = image.layers.length - 1; i >= 0; i--) {
    const layer = world.layers.get(image.layers[i] as string);
    if (!layer) continue;
    const createdBy = layer.createdBy.replace(/\t/g, ' ');
    const comment = layer.comment ?? (BUILDKIT_STEP.test(createdBy) ? 'buildkit.dockerfile.v0' : '');
    rows.push([idText(ids[i] as string), ago(world, layer.createdTick), noTrunc ? createdBy : ellipsis(createdBy, 45), decimalSize(layer.sizeMiB), comment]);
  }
  if (a.parsed.values.has('quiet')) return { ok: true, output: rows.map((r) => r[0]).join('\n') };
  return { ok: true, output: dockerTable(['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], rows) };
};
