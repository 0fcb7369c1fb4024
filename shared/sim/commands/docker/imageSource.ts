// Where `docker run` gets its image: the engine's local store, or else the registry the
// reference names, which the engine pulls from first (planned by registries.ts, as for
// `docker pull`). Nothing changes here.
import { parseImageRef, refKey, resolveInStore } from '../../images.ts';
import type { DockerTarget } from '../../machines.ts';
import type { Image, World } from '../../model.ts';
import { planPull, type PullPlan } from '../../registries.ts';
import { refError } from './imageFormat.ts';

export type ImageSource =
  | { ok: true; local: true; image: Image; key: string }
  | { ok: true; local: false; image: Image; key: string; plan: PullPlan & { ok: true } }
  | { ok: false; error: string; output: string; hint: string | null; params: Record<string, string> };

/** Finds the image `text` names for a run on `target`: in its store, or in a reachable registry. */
export function findImage(world: World, target: DockerTarget, text: string): ImageSource {
  const localId = resolveInStore(target.store, text);
  const ref = parseImageRef(text);
  if (localId) {
    const image = world.images.get(localId);
    if (image) return { ok: true, local: true, image, key: ref ? refKey(ref) : text };
  }
  if (!ref) return { ok: false, error: refError(text), output: '', hint: null, params: {} };
  const unable = `Unable to find image '${refKey(ref)}' locally`;
  const plan = planPull(world, target, text);
  if (!plan.ok) {
    const error = plan.error.startsWith('Error response from daemon: ') || plan.error.startsWith('invalid reference') ? plan.error : `Error response from daemon: ${plan.error}`;
    return { ok: false, error, output: [unable, ...(plan.output ? [plan.output] : [])].join('\n'), hint: plan.hint, params: plan.params };
  }
  const image = world.images.get(plan.imageId);
  if (!image) return { ok: false, error: `Error response from daemon: manifest for ${plan.key} not found: manifest unknown: manifest unknown`, output: unable, hint: null, params: {} };
  return { ok: true, local: false, image, key: plan.key, plan };
}
