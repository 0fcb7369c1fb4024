// How a bot ships a change: a new image version (an app layer on top of the running
// one, with a changed behaviour) published to the registry the workload pulls from,
// then rolled out with the real commands: `kubectl set image` for a deployment, or
// for containers run by hand, `docker rm -f` and `docker run` with the same options.
import type { EventSink } from '../events.ts';
import { ensureImage, ensureLayer, imageIdOf, layerDigest, parseImageRef, refKey } from '../images.ts';
import { recordPush } from '../registries.ts';
import type { Container, Image, Layer, Registry, World, WorkloadProfile } from '../model.ts';
import { botRun, shellWord, CI_BOT } from './bot.ts';
import { imageCmd } from '../commands/docker/commandProfile.ts';
import type { Actor, Outcome } from '../commands/types.ts';

/** The next version tag not yet in the registry: 1.1 → 1.2, 2 → 3, `latest` → `latest-2`. */
export function nextTag(registry: Registry, repo: string, tag: string): string {
  const m = /^(\d+)\.(\d+)(.*)$/.exec(tag) ?? /^(\d+)()(.*)$/.exec(tag);
  for (let n = 1; n < 1000; n++) {
    let candidate: string;
    if (m && m[2] !== '') candidate = `${m[1]}.${Number(m[2]) + n}${m[3]}`;
    else if (m) candidate = `${Number(m[1]) + n}${m[3]}`;
    else candidate = `${tag}-${n + 1}`;
    if (registry.tags[`${repo}:${candidate}`] === undefined) return candidate;
  }
  return `${tag}-x`;
}

export interface Release {
  /** Store key of the new image (`shop/web:1.2`, `host-2:5000/shop/web:1.2`). */
  ref: string;
  image: Image;
}

/**
 * Builds a new version of `base` with one more app layer (`layer`) and a changed
 * behaviour, and publishes it as the next tag of `baseRef`'s repository.
 */
export function publishRelease(world: World, baseRef: string, base: Image, layer: Omit<Layer, 'digest'>, profile: Partial<WorkloadProfile>, salt: string): Release | null {
  const ref = parseImageRef(baseRef);
  const registry = ref ? world.registries.get(ref.registry) : undefined;
  if (!ref || !registry) return null;
  const parent = base.layers[base.layers.length - 1] ?? '';
  const digest = ensureLayer(world, { ...layer, digest: layerDigest(parent, layer.createdBy, salt), createdTick: world.tick });
  const layers = [...base.layers, digest];
  const fullProfile: WorkloadProfile = { ...base.profile, ...profile };
  const image = ensureImage(world, { id: imageIdOf(layers, base.os, fullProfile, base.env), layers, os: base.os, profile: fullProfile, createdTick: world.tick, env: { ...base.env } });
  const tag = nextTag(registry, ref.repo, ref.tag);
  const newRef = { ...ref, tag };
  // Filed as a push would: a private registry also writes it to its storage.
  recordPush(world, registry, newRef, image.id, layers);
  return { ref: refKey(newRef), image };
}

/** What a redeploy changes besides the image: environment variables, the restart policy. */
export interface RunOverrides {
  env?: Record<string, string>;
  restart?: string;
}

function cpusText(millis: number): string {
  return millis % 1000 === 0 ? String(millis / 1000) : (millis / 1000).toFixed(3).replace(/0+$/, '');
}

/** The `docker run` options that recreate `c` as it was started (image defaults left out). */
export function runOptions(world: World, c: Container, overrides: RunOverrides = {}): string[] {
  const out: string[] = ['-d', '--name', c.name];
  if (c.cpuLimitMillis > 0) out.push('--cpus', cpusText(c.cpuLimitMillis));
  if (c.memoryLimitMiB > 0) out.push('-m', `${c.memoryLimitMiB}m`);
  if (c.memorySwapMiB !== 0) out.push('--memory-swap', c.memorySwapMiB < 0 ? '-1' : `${c.memorySwapMiB}m`);
  if (c.oomScoreAdj !== 0) out.push('--oom-score-adj', String(c.oomScoreAdj));
  for (const p of c.ports) out.push('-p', `${p.hostPort}:${p.containerPort}`);
  if (c.network !== 'bridge') out.push('--network', c.network);
  if (c.userns) out.push('--userns');
  if (c.autoRemove) out.push('--rm');
  const restart = overrides.restart ?? (c.restartPolicy === 'on-failure' && c.restartMaxRetries > 0 ? `on-failure:${c.restartMaxRetries}` : c.restartPolicy);
  if (restart !== 'no') out.push('--restart', restart);
  const imageEnv = world.images.get(c.imageId)?.env ?? {};
  const env = { ...c.env, ...overrides.env };
  for (const k of Object.keys(env)) if (imageEnv[k] !== env[k]) out.push('-e', `${k}=${env[k]}`);
  for (const k of Object.keys(c.labels)) out.push('-l', `${k}=${c.labels[k]}`);
  for (const m of c.mounts) out.push('-v', `${world.volumes.get(m.volume)?.name ?? m.volume}:${m.path}`);
  return out.map(shellWord);
}

/**
 * Replaces a hand-run container by one from `imageRef` with the same options, as a
 * deploy script would: `docker rm -f` then `docker run`. Returns the run's outcome.
 */
export function replaceContainer(world: World, c: Container, imageRef: string, sink: EventSink, overrides: RunOverrides = {}, actor: Actor = CI_BOT): Outcome {
  const image = world.images.get(c.imageId);
  const options = runOptions(world, c, overrides);
  // A command given to `docker run` is given again; the image's own CMD is left to the image.
  const defaultCmd = image ? imageCmd(world, image) : [];
  const custom = image && c.cmd.join('\0') !== defaultCmd.join('\0') ? c.cmd.map(shellWord) : [];
  const engine = c.targetId;
  botRun(world, `docker -H ${engine} rm -f ${shellWord(c.name)}`, sink, actor);
  return botRun(world, ['docker', '-H', engine, 'run', ...options, shellWord(imageRef), ...custom].join(' '), sink, actor);
}

/** `kubectl set image deployment/<name> <container>=<image>` as the pipeline does it. */
export function setDeploymentImage(world: World, deployment: string, imageRef: string, sink: EventSink): Outcome {
  const dep = world.k8s.deployments.get(deployment);
  const container = dep?.template.container.name ?? deployment;
  return botRun(world, `kubectl set image deployment/${deployment} ${container}=${imageRef}`, sink);
}

/** The image reference a deployment's pods run now. */
export function deploymentImage(world: World, deployment: string): string | null {
  return world.k8s.deployments.get(deployment)?.template.container.image ?? null;
}
