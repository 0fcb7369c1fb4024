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

/** Layers of `imageId` that the store does not hold yet, bottom to top. */
export function missingLayers(world: World, store: ImageStore, imageId: string): string[] {
  const image = world.images.get(imageId);
  if (!image) return [];
  const have = new Set(store.layers);
  const out: string[] = [];
  for (const d of image.layers) if (!have.has(d) && !out.includes(d)) out.push(d);
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

/** Removes layers no tagged image and no container still uses, as `docker image prune` would. */
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
