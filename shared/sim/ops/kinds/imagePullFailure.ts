// `image-pull-failure`: an image can no longer be pulled. Either a registry clean-up
// deleted its tag (`manifest unknown`), or the registry rate-limits anonymous pulls
// (`toomanyrequests`). Running containers do not care; the next deploy, scale-out or
// rescheduled pod on a machine without the layers fails (ImagePullBackOff). Responses:
// push the image again from a machine that has it, or serve it from a private registry
// (a mirror), or wait out the limit.
import { PUBLIC_REGISTRY, parseImageRef, refKey } from '../../images.ts';
import { resolveTarget } from '../../machines.ts';
import type { World } from '../../model.ts';
import { CI_BOT, botRun } from '../bot.ts';
import { markEvent } from '../marks.ts';
import { RATE_LIMIT_TICKS } from '../figures.ts';
import { pick } from '../pick.ts';
import { findContainer, findImageRef } from '../targets.ts';
import { addSubjects, num, str, type KindDef } from './types.ts';

/** The rate-limit answer of Docker Hub to an anonymous client over its pull allowance. */
export const RATE_LIMIT_ERROR = 'toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit';

/** An image reference: given as such, or the image of a running container. */
function refOf(world: World, target: string): string {
  if (parseImageRef(target) && findImageRef(world, target).ok) return target;
  const c = findContainer(world, target, true);
  return c.ok ? c.value.imageRef : target;
}

/** A machine the pipeline deploys to: one without the image if there is one (its pull must go to the registry). */
function deployTarget(world: World, imageId: string): { id: string; had: boolean } {
  let fallback = '';
  for (const id of [...world.hosts.keys(), ...world.vms.keys()]) {
    const found = resolveTarget(world, id);
    if (!found.ok || found.target.kernel.os !== world.images.get(imageId)?.os) continue;
    if (!Object.values(found.target.store.tags).includes(imageId)) return { id, had: false };
    if (!fallback) fallback = id;
  }
  return { id: fallback || world.scenario.defaultDockerHost, had: true };
}

export const imagePullFailureKind: KindDef = {
  id: 'image-pull-failure',
  needs: 'an image in a registry (<repo>:<tag>), or a running container whose image it is',
  variants: ['manifest-unknown', 'rate-limit'],
  concepts: ['registry', 'image-layers'],
  alerts: ['ImagePullFailed', 'ImagePullBackOff', 'RegistryRateLimited'],
  validate(world, target) {
    const found = findImageRef(world, refOf(world, target));
    return found.ok ? null : found.error;
  },
  candidates(world) {
    const out: string[] = [];
    for (const c of world.containers.values()) if (c.state === 'running' && findImageRef(world, c.imageRef).ok && !out.includes(c.imageRef)) out.push(c.imageRef);
    return out;
  },
  inject(world, incident, sink) {
    const ref = refOf(world, incident.target);
    const found = findImageRef(world, ref);
    if (!found.ok) return;
    const { registry, key, imageId } = found.value;
    const variant = incident.variant || pick(world, registry.id === PUBLIC_REGISTRY ? ['manifest-unknown', 'rate-limit'] : ['manifest-unknown']);
    incident.variant = variant;
    const parsed = parseImageRef(ref);
    incident.data.ref = parsed ? refKey(parsed) : ref;
    incident.data.registry = registry.id;
    incident.data.key = key;
    incident.data.imageId = imageId;
    if (variant === 'rate-limit') {
      registry.pullError = RATE_LIMIT_ERROR;
      incident.data.liftAtTick = world.tick + RATE_LIMIT_TICKS;
    } else {
      // A retention policy removed the tag; the blobs stay until garbage collection.
      delete registry.tags[key];
      incident.data.effectDone = true;
    }
    const deploy = deployTarget(world, imageId);
    incident.data.deployTo = deploy.id;
    incident.data.deployHad = deploy.had;
    addSubjects(incident, [str(incident, 'ref'), key, registry.id, deploy.id]);
    const r = botRun(world, `docker -H ${deploy.id} pull ${str(incident, 'ref')}`, sink, CI_BOT);
    if ('ok' in r && !r.ok) markEvent(world, 'ImagePullFailed', deploy.id, { image: str(incident, 'ref'), error: r.error.split('\n')[0] ?? '' });
  },
  tick(world, incident) {
    if (world.tick < num(incident, 'liftAtTick')) return;
    const reg = world.registries.get(str(incident, 'registry'));
    if (reg && reg.pullError === RATE_LIMIT_ERROR) delete reg.pullError;
    incident.data.effectDone = true;
  },
  isResolved(view, incident) {
    const world = view.world;
    const reg = world.registries.get(str(incident, 'registry'));
    const pullable = reg !== undefined && !reg.pullError && reg.tags[str(incident, 'key')] !== undefined;
    if (pullable) return true;
    // Served from elsewhere: the machine the pipeline deploys to got the image another way (a mirror).
    if (incident.data.deployHad === true) return false;
    const found = resolveTarget(world, str(incident, 'deployTo'));
    return found.ok && Object.values(found.target.store.tags).includes(str(incident, 'imageId'));
  },
};
