// The batch programs other teams run: a CPU burner and a memory eater, as the sandbox
// ships them. A scenario without them gets them in the public registry on first use,
// so noisy neighbours and busy VMs work in every datacenter.
import { PUBLIC_REGISTRY, ensureImage, ensureLayer, imageIdOf, layerDigest } from '../images.ts';
import type { World, WorkloadProfile } from '../model.ts';

const HOGS: Record<'cpu' | 'memory', { repo: string; profile: WorkloadProfile; binary: string }> = {
  cpu: { repo: 'cpuhog:1.0', binary: 'cpuhog', profile: { cpuMillis: 32000, memoryMiB: 24, memoryGrowthMiB: 0, writeKiB: 0, listenPort: 0, command: 'cpuhog', workers: 32 } },
  memory: { repo: 'memhog:1.0', binary: 'memhog', profile: { cpuMillis: 100, memoryMiB: 16, memoryGrowthMiB: 64, writeKiB: 0, listenPort: 0, command: 'memhog' } },
};

/** The reference of the hog image (`cpuhog:1.0`), published on docker.io if it was not there. */
export function ensureHogImage(world: World, kind: 'cpu' | 'memory'): string {
  const hog = HOGS[kind];
  const registry = world.registries.get(PUBLIC_REGISTRY);
  if (!registry || registry.tags[hog.repo] !== undefined) return hog.repo;
  const base = ensureLayer(world, { digest: layerDigest('', 'ADD file:hog-base in /', '3'), sizeMiB: 3, createdBy: '/bin/sh -c #(nop) ADD file:hog-base in /' });
  const step = `COPY ${hog.binary} /usr/local/bin/${hog.binary} # buildkit`;
  const top = ensureLayer(world, { digest: layerDigest(base, step, '1'), sizeMiB: 1, createdBy: step });
  const layers = [base, top];
  const image = ensureImage(world, { id: imageIdOf(layers, 'linux', hog.profile, {}), layers, os: 'linux', profile: hog.profile, createdTick: world.tick, env: {} });
  registry.tags[hog.repo] = image.id;
  for (const d of layers) if (!registry.blobs.includes(d)) registry.blobs.push(d);
  return hog.repo;
}

/** Image id of a hog reference as docker.io serves it. */
export function hogImageId(world: World, ref: string): string {
  return world.registries.get(PUBLIC_REGISTRY)?.tags[ref] ?? '';
}

/** A container name free on an engine: `batch-1`, `batch-2`, … */
export function freeName(world: World, engine: string, prefix: string): string {
  const taken = new Set<string>();
  for (const c of world.containers.values()) if (c.targetId === engine) taken.add(c.name);
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
