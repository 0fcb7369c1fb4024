// `docker [-H <target>] push <image>`: uploads an image from this engine's store to the
// registry its name points at (Docker Hub, or `<host>:<port>/…` for a private one). Only
// the layers the registry lacks travel; the others say `Layer already exists`.
import { fullRepo, isEmptyLayer, parseImageRef, refKey, shortLayer } from '../../images.ts';
import { reportLines, startJob } from '../../jobs.ts';
import { lookupRegistry, recordPush, syncPrivateRegistries } from '../../registries.ts';
import { engine } from './engine.ts';
import { refError, refuse } from './imageFormat.ts';
import type { DockerSubcommand } from './index.ts';
import { argsError, opt, parseArgs, type CommandUsage } from './usage.ts';

const USAGE: CommandUsage = {
  path: 'docker push',
  use: 'docker push [OPTIONS] NAME[:TAG]',
  short: 'Upload an image to a registry',
  options: [opt('quiet', ['-q', '--quiet'], '', 'Suppress verbose output')],
};

export const pushCommand: DockerSubcommand = (call) => {
  const a = parseArgs(USAGE, call.args);
  if (!a.ok) return a.outcome;
  if (a.parsed.positionals.length !== 1) return argsError(USAGE, 'exactly', 1);
  const text = a.parsed.positionals[0] as string;
  const quiet = a.parsed.values.has('quiet');
  const ref = parseImageRef(text);
  if (!ref) return refuse(call.ctx, refError(text), null);
  const eng = engine(call);
  if (!eng.ok) return eng.outcome;
  const { world } = call.ctx;
  const store = eng.target.store;
  const key = refKey(ref);
  const header = `The push refers to repository [${fullRepo(ref)}]`;
  const imageId = store.tags[key];
  const image = imageId ? world.images.get(imageId) : undefined;
  if (!imageId || !image) {
    const repoKey = key.slice(0, key.length - ref.tag.length - 1);
    const repoHere = Object.keys(store.tags).some((k) => k.startsWith(`${repoKey}:`));
    // dockerd: no tag of the repository at all, or just not this tag.
    const error = repoHere ? `tag does not exist: ${key}` : `An image does not exist locally with the tag: ${repoKey}`;
    return refuse(call.ctx, error, 'images.hint.notLocal', { ref: key }, quiet ? '' : header);
  }
  const blobs = image.layers.filter((d) => {
    const layer = world.layers.get(d);
    return layer !== undefined && !isEmptyLayer(layer);
  });
  if (ref.registry === 'docker.io' && !ref.repo.includes('/')) {
    const preparing = [...blobs].reverse().map((d) => `${shortLayer(d)}: Preparing`);
    return refuse(call.ctx, 'denied: requested access to the resource is denied', 'images.hint.pushDenied', {}, quiet ? '' : [header, ...preparing].join('\n'));
  }
  const found = lookupRegistry(world, ref.registry);
  if (!found.ok) return refuse(call.ctx, found.error, found.hint, { registry: ref.registry }, quiet ? '' : header);
  const missing = blobs.filter((d) => !found.registry.blobs.includes(d));
  if (missing.length > 0) {
    const job = startJob(world, {
      kind: 'push', targetId: eng.target.id, registry: found.registry, imageRef: key, imageId,
      missing, allLayers: blobs, commandId: call.ctx.commandId, actor: call.ctx.actor.id, line: call.ctx.line, quiet,
    });
    return { pending: true, jobId: job.id };
  }
  // Every blob is there already: only the manifest (and so the tag) is uploaded.
  if (found.registry.kind === 'private') syncPrivateRegistries(world);
  const registry = world.registries.get(ref.registry);
  if (registry) recordPush(world, registry, ref, imageId, image.layers);
  const lines = reportLines(world, { kind: 'push', imageRef: key, imageId, header: [header], transfers: [], thenStart: [], thenBuild: null, quiet }, false);
  return { ok: true, output: lines.join('\n') };
};
