// Incidents a pipeline ships: a bad release, a broken config, a leaked secret. They aim
// at a workload (a deployment, a labelled service's backends, or one container), ship a
// new image version or config with the real commands as ci-bot, and count as resolved
// when no replica runs the bad version any more and the workload is healthy again.
import type { EventSink } from '../../events.ts';
import { parseImageRef, repoTagKey } from '../../images.ts';
import type { Container, Image, Layer, World, WorkloadProfile } from '../../model.ts';
import { serviceAvailabilityPermille } from '../../services/slo.ts';
import { SLO_RESTORED_TICKS } from '../figures.ts';
import type { Incident } from '../model.ts';
import { publishRelease, replaceContainer, setDeploymentImage } from '../rollout.ts';
import { findContainer, listNames, matchesSelector, qualifiedName, type Lookup } from '../targets.ts';
import { containersOfWorkload, workloadHealthy, workloadKeyOf, type TickView } from '../workloads.ts';
import { recordWorkloads, workloadsOf } from './common.ts';
import { addSubjects, str } from './types.ts';

export const WORKLOAD = 'a deployment (deployment/<name>), a service, or a running container ([<host-or-vm>/]<name>)';

export type ReleaseTarget =
  | { kind: 'deployment'; name: string; baseRef: string; base: Image }
  | { kind: 'containers'; containers: Container[]; baseRef: string; base: Image; service: string };

function imageByRef(world: World, text: string): Image | null {
  const ref = parseImageRef(text);
  const id = ref ? world.registries.get(ref.registry)?.tags[repoTagKey(ref)] : undefined;
  return id ? world.images.get(id) ?? null : null;
}

function deploymentTarget(world: World, name: string): Lookup<ReleaseTarget> {
  const dep = world.k8s.deployments.get(name);
  if (!world.k8s.enabled || !dep) return { ok: false, error: `no deployment "${name}"; deployments: ${listNames([...world.k8s.deployments.keys()])}` };
  const base = imageByRef(world, dep.template.container.image);
  if (!base) return { ok: false, error: `deployment ${name} runs ${dep.template.container.image}, which no registry serves` };
  return { ok: true, value: { kind: 'deployment', name, baseRef: dep.template.container.image, base } };
}

function containersTarget(world: World, containers: Container[], service: string): Lookup<ReleaseTarget> {
  const first = containers[0];
  const base = first ? world.images.get(first.imageId) : undefined;
  if (!first || !base) return { ok: false, error: `${service || 'it'} has no running container` };
  // A pod's container belongs to its deployment: the pipeline changes the deployment.
  const key = workloadKeyOf(world, first);
  if (key.startsWith('deploy:')) return deploymentTarget(world, key.slice(7));
  if (!parseImageRef(first.imageRef) || !world.registries.has(parseImageRef(first.imageRef)?.registry ?? '')) {
    return { ok: false, error: `${qualifiedName(first)} runs ${first.imageRef}, which no registry serves` };
  }
  return { ok: true, value: { kind: 'containers', containers, baseRef: first.imageRef, base, service } };
}

/** Resolves `deployment/<name>`, a service name, or a container. */
export function findReleaseTarget(world: World, text: string): Lookup<ReleaseTarget> {
  const m = /^(?:deployment|deploy|deployments)\/(.+)$/.exec(text);
  if (m) return deploymentTarget(world, m[1] as string);
  if (world.k8s.enabled && world.k8s.deployments.has(text)) return deploymentTarget(world, text);
  const svc = world.services.get(text);
  if (svc) {
    if (svc.entry.kind === 'k8s-service') {
      const k8sSvc = world.k8s.services.get(svc.entry.name);
      for (const dep of world.k8s.deployments.values()) {
        if (k8sSvc && matchesSelector(k8sSvc.selector, dep.template.labels)) return deploymentTarget(world, dep.name);
      }
      return { ok: false, error: `service ${text} has no deployment behind it` };
    }
    const selector = svc.entry.selector;
    const backends: Container[] = [];
    for (const c of world.containers.values()) if (c.state === 'running' && matchesSelector(selector, c.labels)) backends.push(c);
    return containersTarget(world, backends, text);
  }
  const found = findContainer(world, text, true);
  if (!found.ok) return found;
  return containersTarget(world, [found.value], '');
}

/** `validate` of the kinds that ship a release to a workload: null when the target is one. */
export function validateReleaseTarget(world: World, target: string): string | null {
  const found = findReleaseTarget(world, target);
  return found.ok ? null : found.error;
}

/** Valid workload targets now: deployments, labelled services, running containers. */
export function releaseCandidates(world: World): string[] {
  const out: string[] = [];
  if (world.k8s.enabled) for (const d of world.k8s.deployments.keys()) out.push(`deployment/${d}`);
  for (const s of world.services.values()) if (s.entry.kind === 'labels') out.push(s.name);
  if (out.length === 0) {
    for (const c of world.containers.values()) {
      if (c.state === 'running' && !c.profile.registry && c.labels['io.kubernetes.pod.name'] === undefined) out.push(qualifiedName(c));
    }
  }
  return out;
}

/**
 * Ships a new version of the target's image (one more layer, a changed behaviour) and
 * rolls it out as ci-bot. Records the workloads, the bad image and the subjects.
 */
export function shipRelease(world: World, incident: Incident, target: ReleaseTarget, layer: Omit<Layer, 'digest'>, profile: Partial<WorkloadProfile>, sink: EventSink): void {
  const release = publishRelease(world, target.baseRef, target.base, layer, profile, incident.id);
  if (!release) return;
  incident.data.badImage = release.image.id;
  incident.data.badRef = release.ref;
  incident.data.goodRef = target.baseRef;
  sink.happened(world.tick, 'image-published', release.ref, 'by ci-bot');
  if (target.kind === 'deployment') {
    incident.data.deployment = target.name;
    recordWorkloads(world, incident, [`deploy:${target.name}`]);
    addSubjects(incident, [`deployment/${target.name}`]);
    setDeploymentImage(world, target.name, release.ref, sink);
    return;
  }
  incident.data.service = target.service;
  if (target.service) addSubjects(incident, [target.service]);
  recordWorkloads(world, incident, target.containers.map((c) => workloadKeyOf(world, c)));
  for (const c of target.containers) replaceContainer(world, c, release.ref, sink);
}

/** No running replica of the workloads uses the bad image, every workload is healthy, and its service meets its SLO. */
export function releaseUndone(view: TickView, incident: Incident): boolean {
  const world = view.world;
  const bad = str(incident, 'badImage');
  const deployment = str(incident, 'deployment');
  if (deployment) {
    const dep = world.k8s.deployments.get(deployment);
    if (!dep || dep.template.container.image === str(incident, 'badRef')) return false;
  }
  for (const key of workloadsOf(incident)) {
    if (!workloadHealthy(view, key)) return false;
    for (const c of containersOfWorkload(world, key)) if (c.imageId === bad || c.profile.crashAfterTicks !== undefined) return false;
  }
  return serviceRestored(world, str(incident, 'service'), incident.openedTick);
}

/** A service (if named) has met its SLO over the last SLO_RESTORED_TICKS, and that long after the incident began. */
export function serviceRestored(world: World, name: string, openedTick: number): boolean {
  if (!name) return true;
  const svc = world.services.get(name);
  if (!svc) return true;
  if (world.tick - openedTick < SLO_RESTORED_TICKS) return false;
  if (serviceAvailabilityPermille(svc, SLO_RESTORED_TICKS) < svc.slo.availabilityPermille) return false;
  return svc.metrics.latencyMsP95 <= svc.slo.latencyMs;
}
