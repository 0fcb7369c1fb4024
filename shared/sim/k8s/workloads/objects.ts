// Creating, updating and deleting workload objects the way the API server stores them.
// Commands and the scenario builder validate first and then call these; the controllers
// do the rest on their next pass (a new deployment gets its replica set and pods there).
import type { World } from '../../model.ts';
import type { ContainerSpec, Deployment, Hpa, K8sService, PodTemplate } from '../model.ts';
import { deletePod } from '../pods.ts';
import { canonicalJson } from './templateHash.ts';
import { DEFAULT_PROGRESS_DEADLINE_SECONDS, DEFAULT_ROLLING_PERCENT } from './strategy.ts';

export interface DeploymentFields {
  name: string;
  labels: Record<string, string>;
  changeCause: string;
  /** Null: keep the current count (a manifest without `replicas`); 1 for a new deployment. */
  replicas: number | null;
  selector: Record<string, string>;
  template: PodTemplate;
  maxSurge: string;
  maxUnavailable: string;
  progressDeadlineSeconds: number;
}

/** A deep copy of a pod template (replica sets keep their own; a later edit must not reach them). */
export function cloneTemplate(t: PodTemplate): PodTemplate {
  const env = t.container.env.map((e) => (e.secretKeyRef ? { ...e, secretKeyRef: { ...e.secretKeyRef } } : { ...e }));
  const copy: PodTemplate = { labels: { ...t.labels }, container: { ...t.container, env } };
  if (t.restartedAt !== undefined) copy.restartedAt = t.restartedAt;
  return copy;
}

/** The container `kubectl create deployment` writes: named after the image, nothing else set. */
export function plainContainer(image: string, port: number): ContainerSpec {
  let name = image.split('/').pop() ?? image;
  name = (name.split('@')[0] ?? name).split(':')[0] ?? name;
  name = name.toLowerCase().replace(/[^a-z0-9-]/g, '-').replace(/^-+|-+$/g, '') || 'container';
  return { name, image, cpuRequestMillis: 0, cpuLimitMillis: 0, memoryRequestMiB: 0, memoryLimitMiB: 0, containerPort: port, env: [], readinessDelayTicks: 0 };
}

/** What `kubectl create deployment <name> --image=…` asks for: label app=<name> everywhere. */
export function createdDeploymentFields(name: string, image: string, replicas: number, port: number): DeploymentFields {
  const app = { app: name };
  return {
    name,
    labels: { ...app },
    changeCause: '',
    replicas,
    selector: { ...app },
    template: { labels: { ...app }, container: plainContainer(image, port) },
    maxSurge: DEFAULT_ROLLING_PERCENT,
    maxUnavailable: DEFAULT_ROLLING_PERCENT,
    progressDeadlineSeconds: DEFAULT_PROGRESS_DEADLINE_SECONDS,
  };
}

export function addDeployment(world: World, f: DeploymentFields): Deployment {
  const d: Deployment = {
    name: f.name,
    replicas: f.replicas ?? 1,
    selector: { ...f.selector },
    template: cloneTemplate(f.template),
    maxSurge: f.maxSurge,
    maxUnavailable: f.maxUnavailable,
    revision: 0,
    progressDeadlineTicks: f.progressDeadlineSeconds,
    rolloutStartedTick: -1,
    lastProgressTick: world.tick,
    progressDeadlineExceeded: false,
    changeCauses: {},
    createdTick: world.tick,
    labels: { ...f.labels },
    changeCause: f.changeCause,
  };
  world.k8s.deployments.set(d.name, d);
  return d;
}

/** True when the template would change (a new revision). */
export function templateDiffers(d: Deployment, template: PodTemplate): boolean {
  return canonicalJson(d.template) !== canonicalJson(template);
}

/** Applies new desired state to an existing deployment; says whether anything changed. */
export function updateDeployment(d: Deployment, f: DeploymentFields): 'configured' | 'unchanged' {
  const before = canonicalJson(d);
  if (f.replicas !== null) d.replicas = f.replicas;
  d.template = cloneTemplate(f.template);
  d.maxSurge = f.maxSurge;
  d.maxUnavailable = f.maxUnavailable;
  d.progressDeadlineTicks = f.progressDeadlineSeconds;
  d.labels = { ...f.labels };
  d.changeCause = f.changeCause;
  return canonicalJson(d) === before ? 'unchanged' : 'configured';
}

/** Deletes a deployment with its replica sets; their pods terminate gracefully (background cascade). */
export function removeDeployment(world: World, d: Deployment): void {
  const k8s = world.k8s;
  k8s.deployments.delete(d.name);
  const owned = new Set<string>();
  for (const rs of [...k8s.replicaSets.values()]) {
    if (rs.deployment !== d.name) continue;
    owned.add(rs.name);
    k8s.replicaSets.delete(rs.name);
  }
  for (const p of [...k8s.pods.values()]) if (p.owner !== null && owned.has(p.owner)) deletePod(world, p);
}

/** The next free address of the service range 10.96.0.0/12 (.0 and .255 are skipped). */
function allocateClusterIp(world: World): string {
  for (;;) {
    const n = world.k8s.nextClusterIp++;
    const third = Math.floor(n / 256) % 4096;
    const fourth = n % 256;
    if (fourth === 0 || fourth === 255) continue;
    const ip = `10.${96 + Math.floor(third / 256)}.${third % 256}.${fourth}`;
    let taken = false;
    for (const s of world.k8s.services.values()) if (s.clusterIP === ip) taken = true;
    if (!taken) return ip;
  }
}

/** Ticks a cloud load balancer takes to be provisioned (EXTERNAL-IP shows `<pending>` until then). */
export const LB_PROVISION_TICKS = 20;

export interface ServiceFields {
  name: string;
  type: 'ClusterIP' | 'LoadBalancer';
  selector: Record<string, string>;
  port: number;
  targetPort: number;
}

export function addService(world: World, f: ServiceFields): K8sService {
  const s: K8sService = {
    name: f.name,
    type: f.type,
    selector: { ...f.selector },
    port: f.port,
    targetPort: f.targetPort,
    clusterIP: allocateClusterIp(world),
    dnsName: `${f.name}.default.svc.cluster.local`,
    externalIP: '',
    createdTick: world.tick,
  };
  if (f.type === 'LoadBalancer') s.externalIP = `203.0.113.${10 + (world.k8s.services.size % 240)}`;
  world.k8s.services.set(s.name, s);
  return s;
}

/** Applies a Service manifest to an existing service (its ClusterIP stays). */
export function updateService(world: World, s: K8sService, f: ServiceFields): 'configured' | 'unchanged' {
  const before = canonicalJson(s);
  if (s.type !== f.type && f.type === 'LoadBalancer') s.externalIP = `203.0.113.${10 + (world.k8s.services.size % 240)}`;
  if (f.type === 'ClusterIP') s.externalIP = '';
  s.type = f.type;
  s.selector = { ...f.selector };
  s.port = f.port;
  s.targetPort = f.targetPort;
  return canonicalJson(s) === before ? 'unchanged' : 'configured';
}

export function addHpa(world: World, name: string, deployment: string, min: number, max: number, cpuPercent: number): Hpa {
  const hpa: Hpa = {
    name,
    deployment,
    minReplicas: min,
    maxReplicas: max,
    targetCpuPercent: cpuPercent,
    currentCpuPercent: -1,
    lastScaleTick: -1,
    recent: [],
    createdTick: world.tick,
  };
  world.k8s.hpas.set(name, hpa);
  return hpa;
}
