// Images, layers and image stores: references, content digests, and what a docker
// engine or a registry holds. Layers are content-addressed, so two images that share
// lower layers share them on disk and on the wire.
import { digestOf } from './hash.ts';
import type { Image, ImageStore, Layer, OsKind, World, WorkloadProfile } from './model.ts';

export const PUBLIC_REGISTRY = 'docker.io';

export interface ImageRef {
  /** `docker.io` or `host:port` of a private registry. */
  registry: string;
  repo: string;
  tag: string;
}

const REF_RE = /^(?:([a-z0-9][a-z0-9.-]*(?::\d{1,5})?)\/)?([a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?$/;

/**
 * Parses `nginx`, `nginx:1.25`, `shop/web:1.1` or `host-2:5000/shop/web:1.1` the way
 * docker does: a first component with a `:port` or a `.` names a registry.
 */
export function parseImageRef(text: string): ImageRef | null {
  const m = REF_RE.exec(text);
  if (!m) return null;
  let registry = m[1];
  let repo = m[2] ?? '';
  // "shop/web": "shop" has no dot or port, so it is a namespace, not a registry.
  if (registry && !registry.includes('.') && !registry.includes(':') && registry !== 'localhost') {
    repo = `${registry}/${repo}`;
    registry = undefined;
  }
  return { registry: registry ?? PUBLIC_REGISTRY, repo, tag: m[3] ?? 'latest' };
}

/** The key under which stores and registries file a reference (no docker.io prefix). */
export function refKey(ref: ImageRef): string {
  return ref.registry === PUBLIC_REGISTRY ? `${ref.repo}:${ref.tag}` : `${ref.registry}/${ref.repo}:${ref.tag}`;
}

/** Repository column as `docker images` prints it. */
export function repoColumn(ref: ImageRef): string {
  return ref.registry === PUBLIC_REGISTRY ? ref.repo : `${ref.registry}/${ref.repo}`;
}

/** Content digest of a layer made by `createdBy` on top of `parent` (like a build cache key). */
export function layerDigest(parent: string, createdBy: string, contentKey: string): string {
  return `sha256:${digestOf(`${parent}\n${createdBy}\n${contentKey}`)}`;
}

/** Adds a layer to the world's content store if it is new; returns its digest. */
export function ensureLayer(world: World, layer: Layer): string {
  if (!world.layers.has(layer.digest)) world.layers.set(layer.digest, layer);
  return layer.digest;
}

/** Image id: the digest of its config (layers + os + what it runs). */
export function imageIdOf(layers: readonly string[], os: OsKind, profile: WorkloadProfile, env: Record<string, string>): string {
  const envText = Object.keys(env).sort().map((k) => `${k}=${env[k]}`).join(',');
  return `sha256:${digestOf(`${layers.join(',')}|${os}|${JSON.stringify(profile)}|${envText}`)}`;
}

/** Registers an image in the world (content-addressed: the same content is one image). */
export function ensureImage(world: World, image: Image): Image {
  const existing = world.images.get(image.id);
  if (existing) return existing;
  world.images.set(image.id, image);
  return image;
}

export function emptyStore(): ImageStore {
  return { layers: [], layersMiB: 0, tags: {} };
}

// Classic builder (`/bin/sh -c #(nop)  ENV …`), Windows (`cmd /S /C #(nop) …`) and BuildKit (`ENV …`) spellings.
const METADATA_STEP = /^(?:(?:\/bin\/sh -c|cmd \/S \/C) #\(nop\)\s+)?(?:CMD|ENTRYPOINT|ENV|EXPOSE|LABEL|USER|ARG|WORKDIR|VOLUME|STOPSIGNAL|HEALTHCHECK|SHELL|ONBUILD|MAINTAINER)\b/;

/**
 * A metadata-only step (ENV, CMD, EXPOSE, …): docker records it in the history but it
 * has no filesystem diff, so it is not in the manifest and never travels.
 */
export function isEmptyLayer(layer: Layer): boolean {
  return layer.sizeMiB === 0 && METADATA_STEP.test(layer.createdBy);
}

/** Layers of `imageId` that carry a blob the store does not hold yet, bottom to top. */
export function missingLayers(world: World, store: ImageStore, imageId: string): string[] {
  const image = world.images.get(imageId);
  if (!image) return [];
  const have = new Set(store.layers);
  const out: string[] = [];
  for (const d of image.layers) {
    const layer = world.layers.get(d);
    if (!have.has(d) && !out.includes(d) && layer && !isEmptyLayer(layer)) out.push(d);
  }
  return out;
}

export function storeHasLayer(store: ImageStore, digest: string): boolean {
  return store.layers.includes(digest);
}

/** Puts a layer blob on a store's disk (once). */
export function addLayerToStore(world: World, store: ImageStore, digest: string): void {
  if (store.layers.includes(digest)) return;
  store.layers.push(digest);
  store.layersMiB += world.layers.get(digest)?.sizeMiB ?? 0;
}

/** Tags an image in a store and makes sure all of its layers are present (used for preloads). */
export function putImageInStore(world: World, store: ImageStore, key: string, imageId: string): void {
  const image = world.images.get(imageId);
  if (!image) return;
  for (const d of image.layers) addLayerToStore(world, store, d);
  store.tags[key] = imageId;
}

/** Layers that images of the store (tagged or dangling) and `extraImageIds` (containers, pulls) still use. */
export function layersInUse(world: World, store: ImageStore, extraImageIds: Iterable<string>): Set<string> {
  const used = new Set<string>();
  const add = (id: string) => {
    const img = world.images.get(id);
    if (img) for (const d of img.layers) used.add(d);
  };
  for (const id of Object.values(store.tags)) add(id);
  for (const id of extraImageIds) add(id);
  return used;
}

/** Short image id as `docker images` prints it (12 hex after `sha256:`). */
export function shortImageId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** Short layer id as `docker pull` prints it. */
export function shortLayer(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12);
}

/** Finds the image a reference names in a store: by tag, or by (short) id. */
export function resolveInStore(store: ImageStore, text: string): string | null {
  const ref = parseImageRef(text);
  if (ref) {
    const id = store.tags[refKey(ref)];
    if (id) return id;
  }
  const hex = text.replace(/^sha256:/, '');
  if (/^[0-9a-f]{4,64}$/.test(hex)) {
    for (const id of Object.values(store.tags)) if (id.replace(/^sha256:/, '').startsWith(hex)) return id;
  }
  return null;
}

/** Store key of an untagged (dangling) image, listed as `<none>` by `docker images`. */
export const DANGLING = '<none>@';

/** Registry-side key of a reference: `repo:tag` (the registry's own host is implied). */
export function repoTagKey(ref: ImageRef): string {
  return `${ref.repo}:${ref.tag}`;
}

/** Fully qualified name, as `docker pull` prints last: `docker.io/library/nginx:1.25`. */
export function fullRef(ref: ImageRef): string {
  const repo = ref.registry === PUBLIC_REGISTRY && !ref.repo.includes('/') ? `library/${ref.repo}` : ref.repo;
  return `${ref.registry}/${repo}:${ref.tag}`;
}

/** Repository as the push header prints it: `docker.io/shop/web`, `host-2:5000/shop/web`. */
export function fullRepo(ref: ImageRef): string {
  const repo = ref.registry === PUBLIC_REGISTRY && !ref.repo.includes('/') ? `library/${ref.repo}` : ref.repo;
  return `${ref.registry}/${repo}`;
}

/** The manifest digest a registry reports for an image (`Digest: sha256:…`); stable per image. */
export function manifestDigest(imageId: string): string {
  return `sha256:${digestOf(`manifest\n${imageId}`)}`;
}

/** Total size of an image's layers, MiB (what `docker images` shows as SIZE). */
export function imageSizeMiB(world: World, image: Image): number {
  let sum = 0;
  for (const d of image.layers) sum += world.layers.get(d)?.sizeMiB ?? 0;
  return sum;
}

/** Store keys (tags, or the dangling key) that point at `imageId`. */
export function keysOf(store: ImageStore, imageId: string): string[] {
  const out: string[] = [];
  for (const [key, id] of Object.entries(store.tags)) if (id === imageId) out.push(key);
  return out;
}

/**
 * Points `key` at `imageId`. An image that loses its last tag this way stays on disk as
 * a dangling `<none>` image (a rebuilt or re-pulled tag leaves the old one behind).
 */
export function setTag(store: ImageStore, key: string, imageId: string): void {
  const previous = store.tags[key];
  delete store.tags[`${DANGLING}${imageId}`];
  store.tags[key] = imageId;
  if (previous && previous !== imageId && keysOf(store, previous).length === 0) store.tags[`${DANGLING}${previous}`] = previous;
}

/** Records an untagged image (a build without -t, a commit without a name) if it has no tag. */
export function keepDangling(store: ImageStore, imageId: string): void {
  if (keysOf(store, imageId).length === 0) store.tags[`${DANGLING}${imageId}`] = imageId;
}

/**
 * Deletes layer blobs of `candidates` that no image left in the store and no image in
 * `extraImageIds` (containers, transfers in flight) uses. Returns the deleted digests, top first.
 */
export function removeUnusedLayers(world: World, store: ImageStore, candidates: readonly string[], extraImageIds: Iterable<string>): string[] {
  const used = layersInUse(world, store, extraImageIds);
  const removed: string[] = [];
  for (let i = candidates.length - 1; i >= 0; i--) {
    const d = candidates[i] as string;
    if (used.has(d) || removed.includes(d)) continue;
    const at = store.layers.indexOf(d);
    if (at < 0) continue;
    store.layers.splice(at, 1);
    store.layersMiB -= world.layers.get(d)?.sizeMiB ?? 0;
    removed.push(d);
  }
  return removed;
}
