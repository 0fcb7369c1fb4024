// `secret-leak`: the pipeline builds an image whose Dockerfile wrote a password into a
// layer (`RUN echo "DB_PASSWORD=…" > /app/.env`) and ships it. Anyone who can pull the
// image can read it (`docker history --no-trunc`); a secret scanner finds it. Deleting
// the image is not enough: the secret must be rotated (a new value in the secret store,
// given to the app at run time) and no running container may keep the leaky image.
import type { World } from '../../model.ts';
import { nextHex } from '../../rng.ts';
import type { Incident } from '../model.ts';
import { containersOfWorkload, type TickView } from '../workloads.ts';
import { workloadsOf } from './common.ts';
import { WORKLOAD, findReleaseTarget, releaseCandidates, shipRelease, validateReleaseTarget } from './release.ts';
import { addSubjects, str, type KindDef } from './types.ts';

/** The secret the leak exposes: a cluster secret's first key, or the app's database password. */
function chooseSecret(world: World, incident: Incident, env: Record<string, string>): void {
  for (const s of world.k8s.secrets.values()) {
    const key = Object.keys(s.data)[0];
    if (key === undefined) continue;
    incident.data.secretName = s.name;
    incident.data.secretVersion = s.version;
    incident.data.key = key;
    incident.data.value = s.data[key] ?? '';
    return;
  }
  incident.data.key = 'DB_PASSWORD';
  incident.data.value = env.DB_PASSWORD ?? `pg-${nextHex(world, 12)}`;
}

/** A deployment's plain (not secretKeyRef) env values: a password kept there is what the pipeline bakes in. */
function plainEnvOf(world: World, deployment: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of world.k8s.deployments.get(deployment)?.template.container.env ?? []) if (e.value !== undefined) out[e.name] = e.value;
  return out;
}

/** The secret has a new value now: in the secret store, or in the environment the app is run with. */
function rotated(world: World, incident: Incident): boolean {
  const key = str(incident, 'key');
  const leaked = str(incident, 'value');
  const name = str(incident, 'secretName');
  if (name) {
    const s = world.k8s.secrets.get(name);
    return s !== undefined && s.data[key] !== undefined && s.data[key] !== leaked;
  }
  let fresh = false;
  for (const w of workloadsOf(incident)) {
    for (const c of containersOfWorkload(world, w)) {
      const v = c.env[key];
      if (v === leaked) return false;
      if (v !== undefined) fresh = true;
    }
  }
  return fresh;
}

/** No running container uses an image that holds the leaky layer. */
function leakGone(view: TickView, incident: Incident): boolean {
  const world = view.world;
  // A deployment still set to the leaky tag rolls it out again (and is mid-rollout on the first tick).
  const deployment = str(incident, 'deployment');
  if (deployment && world.k8s.deployments.get(deployment)?.template.container.image === str(incident, 'badRef')) return false;
  const layer = str(incident, 'leakLayer');
  const leaky = new Set<string>();
  for (const img of world.images.values()) if (img.layers.includes(layer)) leaky.add(img.id);
  for (const c of world.containers.values()) if (c.state === 'running' && leaky.has(c.imageId)) return false;
  return true;
}

export const secretLeakKind: KindDef = {
  id: 'secret-leak',
  needs: WORKLOAD,
  variants: [],
  concepts: ['secrets', 'image-layers'],
  alerts: ['SecretLeaked'],
  validate: validateReleaseTarget,
  candidates: releaseCandidates,
  inject(world, incident, sink) {
    const found = findReleaseTarget(world, incident.target);
    if (!found.ok) return;
    const target = found.value;
    const env = target.kind === 'containers' ? target.containers[0]?.env ?? {} : plainEnvOf(world, target.name);
    chooseSecret(world, incident, env);
    const line = `${str(incident, 'key')}=${str(incident, 'value')}`;
    shipRelease(world, incident, target, { sizeMiB: 0, createdBy: `RUN /bin/sh -c echo "${line}" > /app/.env # buildkit`, secret: line }, {}, sink);
    const bad = world.images.get(str(incident, 'badImage'));
    incident.data.leakLayer = bad?.layers[bad.layers.length - 1] ?? '';
    addSubjects(incident, [str(incident, 'badRef'), str(incident, 'key'), ...(incident.data.secretName ? [str(incident, 'secretName')] : [])]);
  },
  isResolved: (view, incident) => rotated(view.world, incident) && leakGone(view, incident),
};
