// `docker [-H <target>] commit <container> [<image>]`: the container's writable layer (all
// it wrote outside volumes) becomes a new read-only top layer over its image's layers.
// Its environment goes into the new image's config, secrets included.
import { addLayerToStore, ensureImage, ensureLayer, imageIdOf, keepDangling, layerDigest, parseImageRef, refKey, setTag } from '../../images.ts';
import type { Layer } from '../../model.ts';
import { engine } from './engine.ts';
import { lookupContainer, lookupError } from './findContainer.ts';
import { refuse } from './imageFormat.ts';
import type { DockerSubcommand } from './index.ts';
import { opt, parseArgs, type CommandUsage } from './usage.ts';
import { fail } from '../types.ts';
import { flag } from '../flags.ts';

const USAGE: CommandUsage = {
  path: 'docker commit',
  use: 'docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  short: "Create a new image from a container's changes",
  options: [
    opt('author', ['-a', '--author'], 'string', 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")'),
    opt('message', ['-m', '--message'], 'string', 'Commit message'),
    opt('pause', ['-p', '--pause'], '', 'Pause container during commit (default true)'),
  ],
};

const SECRET_NAME = /pass(word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential/i;

export const commitCommand: DockerSubcommand = (call) => {
  const a = parseArgs(USAGE, call.args);
  if (!a.ok) return a.outcome;
  const pos = a.parsed.positionals;
  if (pos.length < 1 || pos.length > 2) {
    return fail(`"docker commit" requires at least 1 and at most 2 arguments.\nSee 'docker commit --help'.\n\nUsage:  ${USAGE.use}\n\n${USAGE.short}`);
  }
  const [name, repoText] = pos as [string, string | undefined];
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world } = call.ctx;
  const found = lookupContainer(world, eng.target.id, name);
  if (!found.ok) return refuse(call.ctx, lookupError(found, name, true), 'images.hint.noSuchContainer', { target: eng.target.id });
  const c = found.c;
  const ref = repoText === undefined ? null : parseImageRef(repoText);
  if (repoText !== undefined && !ref) {
    return refuse(call.ctx, `Error response from daemon: invalid reference format`, 'images.hint.badTag');
  }
  const base = world.images.get(c.imageId);
  if (!base) return fail(`Error response from daemon: No such image: ${c.imageRef}`);
  // The diff is whole MiB on disk; a container that wrote anything makes a layer of at least 1.
  const size = c.metrics.writableMiB > 0 ? Math.max(1, Math.ceil(c.metrics.writableMiB)) : 0;
  const createdBy = (c.cmd.length ? c.cmd : [c.profile.command]).join(' ');
  const parent = base.layers[base.layers.length - 1] ?? '';
  const digest = layerDigest(parent, createdBy, `commit|${c.id}|${world.tick}|${size}`);
  const leaked = Object.entries(c.env).find(([k, v]) => v !== '' && SECRET_NAME.test(k));
  const layer: Layer = {
    digest, sizeMiB: size, createdBy, createdTick: world.tick, comment: flag(a.parsed, 'message') ?? '',
    ...(leaked ? { secret: `${leaked[0]}=${leaked[1]}` } : {}),
  };
  const layers = [...base.layers, digest];
  const env = { ...c.env };
  const profile = { ...c.profile };
  const imageId = imageIdOf(layers, base.os, profile, env);
  ensureLayer(world, layer);
  addLayerToStore(world, eng.target.store, digest);
  ensureImage(world, { id: imageId, layers, os: base.os, profile, createdTick: world.tick, env });
  if (ref) setTag(eng.target.store, refKey(ref), imageId);
  else keepDangling(eng.target.store, imageId);
  return { ok: true, output: imageId };
};
