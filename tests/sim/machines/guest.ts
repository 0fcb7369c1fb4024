// Test helpers for the machines tests: run a container on a host or inside a VM through
// containers.ts directly (as `docker -H <target> run -d` would), and wait for VM states.
import { createContainer, startContainer } from '../../../shared/sim/containers.ts';
import { PUBLIC_REGISTRY, parseImageRef, putImageInStore, refKey } from '../../../shared/sim/images.ts';
import { resolveTarget } from '../../../shared/sim/machines.ts';
import type { Container, RestartPolicy, VmState, World } from '../../../shared/sim/model.ts';
import type { SimSession } from '../../../shared/sim/session.ts';

export interface RunOptions {
  memoryLimitMiB?: number;
  cpuLimitMillis?: number;
  restart?: RestartPolicy;
}

/** Starts `image` as container `name` on machine `targetId` (image preloaded); throws if the target cannot run it. */
export function runIn(world: World, targetId: string, image: string, name: string, o: RunOptions = {}): Container {
  const found = resolveTarget(world, targetId);
  if (!found.ok) throw new Error(`${targetId} cannot run containers: ${found.reason}`);
  const ref = parseImageRef(image);
  const imageId = ref ? world.registries.get(PUBLIC_REGISTRY)?.tags[refKey(ref)] : undefined;
  const img = imageId ? world.images.get(imageId) : undefined;
  if (!ref || !imageId || !img) throw new Error(`unknown image ${image}`);
  putImageInStore(world, found.target.store, refKey(ref), imageId);
  const c = createContainer(world, found.target, {
    name,
    imageRef: refKey(ref),
    imageId,
    cpuLimitMillis: o.cpuLimitMillis ?? 0,
    memoryLimitMiB: o.memoryLimitMiB ?? 0,
    oomScoreAdj: 0,
    ports: [],
    network: 'bridge',
    userns: false,
    restartPolicy: o.restart ?? 'no',
    env: { ...img.env },
    mounts: [],
    profile: img.profile,
  });
  const refused = startContainer(world, c);
  if (refused) throw new Error(refused);
  return c;
}

/** Advances time until VM `name` reaches `state`; returns the ticks it took (throws after `limit`). */
export function waitForVm(sh: SimSession, name: string, state: VmState, limit = 600): number {
  for (let t = 0; t <= limit; t++) {
    if (sh.world.vms.get(name)?.state === state) return t;
    sh.wait(1);
  }
  throw new Error(`${name} did not reach ${state} within ${limit} ticks (is ${sh.world.vms.get(name)?.state})`);
}

/** Runs a command that must succeed; returns its output. */
export function must(sh: SimSession, line: string): string {
  const r = sh.exec(line);
  if (!r.ok) throw new Error(`${line}\n${r.error}`);
  return r.output;
}
