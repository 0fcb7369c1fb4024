// `docker [-H <target>] rmi [-f] <image>...`: removes tags and, with the last one, the
// image; its layers are deleted from disk unless another image or a container of this
// engine still uses them. A container (even a stopped one) keeps its image alive.
import { DANGLING, keysOf, keepDangling, manifestDigest, parseImageRef, refKey, removeUnusedLayers, repoColumn, resolveInStore, shortImageId } from '../../images.ts';
import type { Container, ImageStore, World } from '../../model.ts';
import { engine } from './engine.ts';
import { normalizedRef, refuse } from './imageFormat.ts';
import type { DockerSubcommand } from './index.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

const USAGE: CommandUsage = {
  path: 'docker rmi',
  use: 'docker rmi [OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  options: [
    opt('force', ['-f', '--force'], '', 'Force removal of the image'),
    opt('no-prune', ['--no-prune'], '', 'Do not delete untagged parents'),
  ],
};

/** Outcome of removing one name: lines printed, or the daemon's refusal. */
type Step = { ok: true; lines: string[]; deleted: string | null } | { ok: false; error: string; container?: string };

function userOf(world: World, targetId: string, imageId: string): Container | null {
  for (const c of world.containers.values()) if (c.targetId === targetId && c.imageId === imageId) return c;
  return null;
}

/** `Untagged: repo@sha256:…`: the repo digest an image has once pulled from (or pushed to) that repository. */
function untagLines(world: World, key: string, imageId: string): string[] {
  const lines = [`Untagged: ${key}`];
  const ref = parseImageRef(key);
  const registry = ref ? world.registries.get(ref.registry) : undefined;
  const known = ref !== null && registry !== undefined && Object.entries(registry.tags).some(([k, id]) => id === imageId && k.startsWith(`${ref.repo}:`));
  if (ref && known) lines.push(`Untagged: ${repoColumn(ref)}@${manifestDigest(imageId)}`);
  return lines;
}

/** Removes `text` from `store` (a working copy), as dockerd's image delete does. */
function removeOne(world: World, targetId: string, store: ImageStore, text: string, force: boolean): Step {
  const imageId = resolveInStore(store, text);
  if (!imageId) return { ok: false, error: `Error response from daemon: No such image: ${normalizedRef(text)}` };
  const ref = parseImageRef(text);
  const byTag = ref !== null && store.tags[refKey(ref)] === imageId;
  const tags = keysOf(store, imageId).filter((k) => !k.startsWith(DANGLING));
  const user = userOf(world, targetId, imageId);
  if (byTag && ref) {
    const key = refKey(ref);
    delete store.tags[key];
    const lines = untagLines(world, key, imageId);
    if (tags.length > 1) return { ok: true, lines, deleted: null };
    if (user && !force) {
      return { ok: false, error: `Error response from daemon: conflict: unable to remove repository reference "${text}" (must force) - container ${user.id.slice(0, 12)} is using its referenced image ${shortImageId(imageId)}`, container: user.name };
    }
    if (user) {
      keepDangling(store, imageId);
      return { ok: true, lines, deleted: null };
    }
    return { ok: true, lines: [...lines, `Deleted: ${imageId}`], deleted: imageId };
  }
  const short = shortImageId(imageId);
  if (user && user.state === 'running') {
    return { ok: false, error: `Error response from daemon: conflict: unable to delete ${short} (cannot be forced) - image is being used by running container ${user.id.slice(0, 12)}`, container: user.name };
  }
  if (user && !force) {
    return { ok: false, error: `Error response from daemon: conflict: unable to delete ${short} (must be forced) - image is being used by stopped container ${user.id.slice(0, 12)}`, container: user.name };
  }
  if (tags.length > 1 && !force) {
    return { ok: false, error: `Error response from daemon: conflict: unable to delete ${short} (must be forced) - image is referenced in multiple repositories` };
  }
  const lines: string[] = [];
  for (const key of keysOf(store, imageId)) {
    delete store.tags[key];
    if (!key.startsWith(DANGLING)) lines.push(...untagLines(world, key, imageId));
  }
  if (user) {
    keepDangling(store, imageId);
    return { ok: true, lines, deleted: null };
  }
  return { ok: true, lines: [...lines, `Deleted: ${imageId}`], deleted: imageId };
}

export const rmiCommand: DockerSubcommand = (call) => {
  const a = parseArgs(USAGE, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length < 1) return argsError(USAGE, 'at least', 1);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world } = call.ctx;
  const target = eng.target;
  const force = a.parsed.values.has('force');
  // Work on a copy: a refused name must leave the world exactly as it was.
  const copy: ImageStore = { layers: [...target.store.layers], layersMiB: target.store.layersMiB, tags: { ...target.store.tags } };
  const out: string[] = [];
  const deleted: string[] = [];
  for (const text of a.parsed.positionals) {
    const step = removeOne(world, target.id, copy, text, force);
    if (!step.ok) {
      const hint = step.container ? 'images.hint.inUse' : step.error.includes('No such image') ? 'images.hint.noSuchImage' : null;
      return refuse(call.ctx, step.error, hint, { container: step.container ?? '', target: target.id });
    }
    out.push(...step.lines);
    if (step.deleted) deleted.push(step.deleted);
  }
  target.store.tags = copy.tags;
  // Layers go with their last user; containers and pulls in flight still hold theirs.
  const holders: string[] = [];
  for (const c of world.containers.values()) if (c.targetId === target.id) holders.push(c.imageId);
  for (const job of world.jobs.values()) if (job.targetId === target.id) holders.push(job.imageId);
  for (const id of deleted) {
    const image = world.images.get(id);
    if (!image) continue;
    for (const d of removeUnusedLayers(world, target.store, image.layers, holders)) {
      if (!out.includes(`Deleted: ${d}`)) out.push(`Deleted: ${d}`);
    }
  }
  return { ok: true, output: out.join('\n') };
};
