// Volumes as one engine sees them (its local ones, keyed `${engine}/${name}`, and every
// replicated one, keyed by name), and the mounts of a new container, which create the
// named volumes that do not exist yet, as dockerd does.
import { volumeKey } from '../../containers.ts';
import type { DockerTarget } from '../../machines.ts';
import type { VolumeMount, Volume, World } from '../../model.ts';
import { nextHex } from '../../rng.ts';
import type { RunPlan } from './runChecks.ts';
import type { RunRequest } from './runSpec.ts';

/** The key of the volume `name` as seen from an engine: a replicated one, else this engine's local one. */
export function keyFor(world: World, engine: string, name: string): string | null {
  if (world.volumes.get(name)?.driver === 'replicated') return name;
  const local = volumeKey(engine, name);
  return world.volumes.has(local) ? local : null;
}

/** Volumes an engine sees: its local ones and every replicated one, by name. */
export function volumesOf(world: World, engine: string): Volume[] {
  return [...world.volumes.values()]
    .filter((v) => v.driver === 'replicated' || v.hostId === engine)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The mounts, creating named volumes that do not exist yet (docker does) and anonymous ones. */
export function mountsFor(world: World, target: DockerTarget, req: RunRequest, plan: RunPlan): VolumeMount[] {
  return req.volumes.map((v, i) => {
    if (v.kind === 'bind') return { volume: v.source, path: v.path };
    const key = plan.volumeKeys[i] ?? volumeKey(target.id, nextHex(world, 64));
    if (!world.volumes.has(key)) {
      world.volumes.set(key, { name: key.slice(target.id.length + 1), driver: 'local', hostId: target.id, usedMiB: 0, replicas: 1 });
    }
    return { volume: key, path: v.path };
  });
}

