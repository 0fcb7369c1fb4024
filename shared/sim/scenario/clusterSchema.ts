// Scenario fields for the orchestrator (nodes that joined, initial deployments, services, secrets), and the builder that fills world.k8s
// from them. Every field is optional with a default, so scenarios without this part still load.
// `cluster.nodes` names the machines whose kubelet joins at the start: host or VM ids,
// `*hosts` (every container host) and `*vms` (every running Linux VM).
import { z } from 'zod';
import { cpuMillis, memoryMiB } from '../k8s/manifests/quantity.ts';
import type { ContainerSpec } from '../k8s/model.ts';
import { joinNode } from '../k8s/nodes.ts';
import { bindPod, createPod } from '../k8s/pods.ts';
import type { World } from '../model.ts';
import { K8S_EVICTION_TOLERATION_TICKS } from '../realism.ts';
import { parseDurationSeconds } from '../units.ts';
import type { ScenarioFile } from './schema.ts';
import { buildWorkloads, workloadsFields } from './workloadsSchema.ts';

const podName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'a DNS label: lower-case letters, digits and "-"');
const quantity = z.union([z.string(), z.number()]);

/** A bare pod (no owner: nothing recreates it), as `kubectl run` would make. */
const clusterPod = z.object({
  name: podName,
  image: z.string().min(1),
  labels: z.record(z.string(), z.string()).default({}),
  requests: z.object({ cpu: quantity.optional(), memory: quantity.optional() }).default({}),
  limits: z.object({ cpu: quantity.optional(), memory: quantity.optional() }).default({}),
  port: z.number().int().min(0).max(65_535).default(0),
  /** spec.nodeName: bound there directly, without the scheduler. */
  node: z.string().optional(),
});

const cluster = z.object({
  nodes: z.array(z.string().min(1)).min(1),
  /** tolerationSeconds of the default unreachable/not-ready tolerations (`300s`, `90s`, or seconds). */
  evictionToleration: z.union([z.number().int().min(0), z.string()]).default(`${K8S_EVICTION_TOLERATION_TICKS}s`),
  pods: z.array(clusterPod).default([]),
});

export const clusterFields = {
  cluster: cluster.optional(),
  // Workloads helper: deployments, k8sServices, secrets, manifests (workloadsSchema.ts).
  ...workloadsFields,
};

export type ClusterSpec = z.infer<typeof cluster>;

/** The machine ids `nodes` names, in order, without repeats. */
function expandNodes(world: World, spec: ClusterSpec, problems: string[]): string[] {
  const out: string[] = [];
  const add = (id: string) => {
    if (!out.includes(id)) out.push(id);
  };
  spec.nodes.forEach((entry, i) => {
    if (entry === '*hosts') {
      for (const h of world.hosts.values()) if (h.role === 'container-host') add(h.id);
    } else if (entry === '*vms') {
      for (const v of world.vms.values()) if (v.os === 'linux' && v.state === 'running') add(v.id);
    } else if (out.includes(entry)) {
      problems.push(`cluster.nodes[${i}]: "${entry}" is listed twice`);
    } else if (!world.hosts.has(entry) && !world.vms.has(entry)) {
      problems.push(`cluster.nodes[${i}]: "${entry}" is not a host or VM of this scenario (or use "*hosts", "*vms")`);
    } else {
      add(entry);
    }
  });
  return out;
}

function quantityOf(raw: string | number | undefined, parse: (v: unknown) => number | null, path: string, problems: string[]): number {
  if (raw === undefined) return 0;
  const v = parse(raw);
  if (v === null) problems.push(`${path}: "${String(raw)}" is not a quantity (e.g. 250m, 0.5, 128Mi, 1Gi)`);
  return v ?? 0;
}

function buildPods(world: World, spec: ClusterSpec, problems: string[]): void {
  spec.pods.forEach((p, i) => {
    const at = `cluster.pods[${i}]`;
    if (world.k8s.pods.has(p.name)) problems.push(`${at}.name: duplicate pod "${p.name}"`);
    const container: ContainerSpec = {
      name: p.name,
      image: p.image,
      cpuRequestMillis: quantityOf(p.requests.cpu, cpuMillis, `${at}.requests.cpu`, problems),
      memoryRequestMiB: quantityOf(p.requests.memory, memoryMiB, `${at}.requests.memory`, problems),
      cpuLimitMillis: quantityOf(p.limits.cpu, cpuMillis, `${at}.limits.cpu`, problems),
      memoryLimitMiB: quantityOf(p.limits.memory, memoryMiB, `${at}.limits.memory`, problems),
      containerPort: p.port,
      env: [],
      readinessDelayTicks: 0,
    };
    const pod = createPod(world, { name: p.name, owner: null, labels: { run: p.name, ...p.labels }, spec: container });
    if (p.node === undefined) return;
    const node = world.k8s.nodes.get(p.node);
    if (!node) problems.push(`${at}.node: "${p.node}" is not a node of the cluster (cluster.nodes)`);
    else bindPod(pod, node);
  });
}

/** Fills the world's k8s part from the scenario; pushes `path: message` problems. */
export function buildCluster(world: World, scenario: ScenarioFile, problems: string[]): void {
  const spec = scenario.cluster;
  if (!spec) return buildWorkloads(world, scenario, problems);
  const k8s = world.k8s;
  k8s.enabled = true;
  const toleration = typeof spec.evictionToleration === 'number' ? spec.evictionToleration : parseDurationSeconds(spec.evictionToleration);
  if (toleration === null) problems.push(`cluster.evictionToleration: "${String(spec.evictionToleration)}" is not a duration such as 300s or 5m`);
  else k8s.evictionTolerationTicks = toleration;
  for (const id of expandNodes(world, spec, problems)) {
    const joined = joinNode(world, id);
    if (typeof joined === 'string') problems.push(`cluster.nodes: ${joined}`);
  }
  buildPods(world, spec, problems);
  buildWorkloads(world, scenario, problems);
}
