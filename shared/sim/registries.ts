// Registries: the public one (docker.io) and private ones, each a `registry:2` container
// published on a machine's port (`host-2:5000`). A private registry exists while its
// container runs; its blobs live where the container keeps /var/lib/registry: in a
// volume mounted there (kept when the container goes) or in its writable layer (lost
// with `docker rm`). Also what a pull needs to know before it starts.
import { PUBLIC_REGISTRY, isEmptyLayer, missingLayers, parseImageRef, refKey, repoTagKey, type ImageRef } from './images.ts';
import { resolveTarget, type DockerTarget } from './machines.ts';
import type { Container, Registry, Volume, World } from './model.ts';
import { PRIVATE_REGISTRY_PER_LAYER_MIBPS } from './realism.ts';

/** Where a registry container keeps its data (registry:2's storage root). */
const REGISTRY_ROOT = '/var/lib/registry';

/** `host:port` addresses a running registry container answers on. */
function addressesOf(c: Container): string[] {
  const port = c.profile.listenPort;
  if (c.network === 'host') return port > 0 ? [`${c.targetId}:${port}`] : [];
  return c.ports.filter((p) => p.containerPort === port).map((p) => `${c.targetId}:${p.hostPort}`);
}

/** The volume mounted at the registry's storage root, if any. */
export function registryVolume(world: World, c: Container): Volume | null {
  const path = c.profile.dataPath ?? REGISTRY_ROOT;
  const mount = c.mounts.find((m) => m.path === path);
  return mount ? world.volumes.get(mount.volume) ?? null : null;
}

function containerById(world: World, id: string | null): Container | null {
  return id === null ? null : world.containers.get(id) ?? null;
}

interface Serving {
  /** Running registry containers by the address they answer on. */
  serving: Map<string, Container>;
  /** Ids of every registry container that still exists (running or not). */
  existing: Set<string>;
}

function scanRegistryContainers(world: World): Serving {
  const serving = new Map<string, Container>();
  const existing = new Set<string>();
  for (const c of world.containers.values()) {
    if (!c.profile.registry) continue;
    existing.add(c.id);
    if (c.state !== 'running' || !resolveTarget(world, c.targetId).ok) continue;
    for (const a of addressesOf(c)) if (!serving.has(a)) serving.set(a, c);
  }
  return { serving, existing };
}

/** What the registry at `address` is right now, given who serves it (a new object when it changed). */
function current(world: World, address: string, reg: Registry | undefined, c: Container | undefined, existing: Set<string>): Registry | undefined {
  if (c) {
    if (reg && reg.containerId === c.id) return reg.available ? reg : { ...reg, available: true };
    const stored = registryVolume(world, c)?.registry;
    return {
      id: address,
      kind: 'private',
      containerId: c.id,
      available: true,
      perLayerMiBps: reg?.perLayerMiBps ?? PRIVATE_REGISTRY_PER_LAYER_MIBPS,
      tags: stored ? { ...stored.tags } : {},
      blobs: stored ? [...stored.blobs] : [],
    };
  }
  if (!reg) return undefined;
  // Its container is gone: without a volume, the blobs went with its writable layer.
  if (reg.containerId !== null && !existing.has(reg.containerId)) return { ...reg, available: false, containerId: null, tags: {}, blobs: [] };
  return reg.available ? { ...reg, available: false } : reg;
}

/** The registry at `id` as it is now, without changing the world (for validation). */
export function viewRegistry(world: World, id: string): Registry | undefined {
  const reg = world.registries.get(id);
  if (id === PUBLIC_REGISTRY || (reg && reg.kind === 'public')) return reg;
  const { serving, existing } = scanRegistryContainers(world);
  return current(world, id, reg, serving.get(id), existing);
}

/**
 * Brings `world.registries` in line with the registry containers: a running one serves
 * its address (created on first sight, with what its storage already holds), a stopped
 * one's registry is unavailable, and a removed one without a volume takes its data along.
 */
export function syncPrivateRegistries(world: World): void {
  const { serving, existing } = scanRegistryContainers(world);
  for (const reg of world.registries.values()) {
    if (reg.kind !== 'private') continue;
    const next = current(world, reg.id, reg, serving.get(reg.id), existing);
    serving.delete(reg.id);
    if (next && next !== reg) Object.assign(reg, next);
  }
  for (const [address, c] of serving) {
    const next = current(world, address, undefined, c, existing);
    if (next) world.registries.set(address, next);
  }
}

/** The physical host under a private registry's container (for NIC sharing), or null. */
export function registryHostId(world: World, reg: Registry): string | null {
  const c = containerById(world, reg.containerId);
  return c ? c.hostId : null;
}

/** The daemon's error when a registry cannot be reached (connection refused). */
export function unreachableError(registryId: string): string {
  const endpoint = registryId === PUBLIC_REGISTRY ? 'registry-1.docker.io' : registryId;
  const dial = registryId === PUBLIC_REGISTRY ? 'registry-1.docker.io:443' : registryId;
  return `Error response from daemon: Get "https://${endpoint}/v2/": dial tcp ${dial}: connect: connection refused`;
}

export type RegistryLookup = { ok: true; registry: Registry } | { ok: false; error: string; hint: string };

/** The registry a reference names, if it answers now (a view: call syncPrivateRegistries before using it). */
export function lookupRegistry(world: World, registryId: string): RegistryLookup {
  const reg = viewRegistry(world, registryId);
  if (reg && reg.available) return { ok: true, registry: reg };
  if (reg) return { ok: false, error: unreachableError(registryId), hint: reg.kind === 'public' ? 'images.hint.publicDown' : 'images.hint.privateDown' };
  const host = registryId.replace(/:\d+$/, '');
  if (world.hosts.has(host) || world.vms.has(host)) return { ok: false, error: unreachableError(registryId), hint: 'images.hint.noRegistryThere' };
  return { ok: false, error: `Error response from daemon: Get "https://${registryId}/v2/": dial tcp: lookup ${host}: no such host`, hint: 'images.hint.unknownRegistry' };
}

export type PullPlan =
  | {
      ok: true;
      ref: ImageRef;
      /** Store key the image will be tagged under (`nginx:1.25`, `host-2:5000/shop/web:1.1`). */
      key: string;
      registry: Registry;
      imageId: string;
      /** Layers to download, bottom to top. */
      missing: string[];
      /** The image's layers that carry a blob (manifest layers), bottom to top. */
      allLayers: string[];
      /** Already there under that tag: `Image is up to date`. */
      upToDate: boolean;
    }
  | { ok: false; error: string; output: string; hint: string | null; params: Record<string, string> };

/** `1.25: Pulling from library/nginx`: docker names official images `library/<name>`. */
export function pullingFrom(ref: ImageRef): string {
  const repo = ref.registry === PUBLIC_REGISTRY && !ref.repo.includes('/') ? `library/${ref.repo}` : ref.repo;
  return `${ref.tag}: Pulling from ${repo}`;
}

/**
 * Everything a pull of `text` onto `target` needs, checked against the registry and the
 * engine's kernel, without changing anything (used by pull, build's FROM and run).
 */
export function planPull(world: World, target: DockerTarget, text: string): PullPlan {
  const ref = parseImageRef(text);
  const refused = (error: string, hint: string | null, output = '', params: Record<string, string> = {}): PullPlan => ({ ok: false, error, output, hint, params });
  if (!ref) return refused('invalid reference format', null);
  const found = lookupRegistry(world, ref.registry);
  if (!found.ok) return refused(found.error, found.hint, '', { registry: ref.registry });
  const registry = found.registry;
  if (registry.pullError) return refused(`Error response from daemon: ${registry.pullError}`, 'ops.hint.pullRefused', '', { registry: ref.registry });
  const key = refKey(ref);
  const imageId = registry.tags[repoTagKey(ref)];
  if (!imageId) {
    const repoKnown = Object.keys(registry.tags).some((k) => k.startsWith(`${ref.repo}:`));
    if (registry.kind === 'public' && !repoKnown) {
      return refused(`Error response from daemon: pull access denied for ${ref.repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`, 'images.hint.noSuchRepo', '', { repo: ref.repo });
    }
    return refused(`Error response from daemon: manifest for ${key} not found: manifest unknown: manifest unknown`, 'images.hint.noSuchTag', '', { repo: ref.repo, tags: tagsOf(registry, ref.repo) });
  }
  const image = world.images.get(imageId);
  if (!image) return refused(`Error response from daemon: manifest for ${key} not found: manifest unknown: manifest unknown`, null);
  if (image.os !== target.kernel.os) {
    const hint = image.os === 'windows' ? 'images.hint.windowsImage' : 'images.hint.linuxImage';
    return refused(`image operating system "${image.os}" cannot be used on this platform`, hint, pullingFrom(ref), { target: target.id });
  }
  const missing = missingLayers(world, target.store, imageId);
  const allLayers = image.layers.filter((d) => {
    const layer = world.layers.get(d);
    return layer !== undefined && !isEmptyLayer(layer);
  });
  return { ok: true, ref, key, registry, imageId, missing, allLayers, upToDate: missing.length === 0 && target.store.tags[key] === imageId };
}

function tagsOf(registry: Registry, repo: string): string {
  const tags = Object.keys(registry.tags).filter((k) => k.startsWith(`${repo}:`)).map((k) => k.slice(repo.length + 1));
  return tags.length ? tags.join(', ') : '-';
}

/**
 * Files pushed blobs and a tag in a registry. A private registry writes them to its
 * storage: the volume at /var/lib/registry, or the container's writable layer.
 */
export function recordPush(world: World, registry: Registry, ref: ImageRef, imageId: string, layers: readonly string[]): void {
  let addedMiB = 0;
  for (const d of layers) {
    if (registry.blobs.includes(d)) continue;
    registry.blobs.push(d);
    addedMiB += world.layers.get(d)?.sizeMiB ?? 0;
  }
  registry.tags[repoTagKey(ref)] = imageId;
  if (registry.kind !== 'private') return;
  const c = containerById(world, registry.containerId);
  if (!c) return;
  const volume = registryVolume(world, c);
  if (volume) {
    volume.registry = { tags: { ...registry.tags }, blobs: [...registry.blobs] };
    volume.usedMiB += addedMiB;
  } else {
    c.metrics.writableMiB += addedMiB;
  }
}
