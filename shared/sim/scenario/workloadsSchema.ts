// Scenario fields for workloads on the orchestrator: deployments and services running
// from the start, secrets, and named manifests for `kubectl apply -f <name>`. Spread into
// clusterFields (clusterSchema.ts), whose builder calls buildWorkloads once the nodes
// exist. A scenario that gives these without a `cluster` is refused with a precise problem.
import { z } from 'zod';
import { cpuMillis, memoryMiB } from '../k8s/manifests/quantity.ts';
import { labelProblem, serviceNameProblem, subdomainProblem } from '../k8s/manifests/invalid.ts';
import { secretKeyProblem } from '../k8s/manifests/secret.ts';
import type { EnvVar } from '../k8s/model.ts';
import { addDeployment, addService, createdDeploymentFields } from '../k8s/workloads/objects.ts';
import { putSecret } from '../k8s/workloads/secrets.ts';
import type { World } from '../model.ts';
import type { ScenarioFile } from './schema.ts';

const quantity = z.union([z.string(), z.number()]);

const deployment = z.object({
  name: z.string().min(1),
  image: z.string().min(1),
  replicas: z.number().int().min(0).max(1000).default(1),
  /** containerPort of the pods (0: none). */
  port: z.number().int().min(0).max(65_535).default(0),
  requests: z.object({ cpu: quantity.optional(), memory: quantity.optional() }).default({}),
  limits: z.object({ cpu: quantity.optional(), memory: quantity.optional() }).default({}),
  /** Plain env vars. */
  env: z.record(z.string(), z.string()).default({}),
  /** Env vars read from a secret at container start: `{"DB_PASSWORD": "db:password"}` (secret:key). */
  secretEnv: z.record(z.string(), z.string().regex(/^[^:]+:[^:]+$/, 'expected "<secret>:<key>"')).default({}),
  /** readinessProbe.initialDelaySeconds. */
  readinessDelaySeconds: z.number().int().min(0).max(3600).default(0),
  maxSurge: z.union([z.string(), z.number().int().min(0)]).default('25%'),
  maxUnavailable: z.union([z.string(), z.number().int().min(0)]).default('25%'),
});

const k8sService = z.object({
  name: z.string().min(1),
  type: z.enum(['ClusterIP', 'LoadBalancer']).default('ClusterIP'),
  /** Pod labels to select (default: app=<name>). */
  selector: z.record(z.string(), z.string()).optional(),
  port: z.number().int().min(1).max(65_535),
  targetPort: z.number().int().min(1).max(65_535).optional(),
});

const secret = z.object({ name: z.string().min(1), data: z.record(z.string(), z.string()).default({}) });

export const workloadsFields = {
  deployments: z.array(deployment).default([]),
  k8sServices: z.array(k8sService).default([]),
  secrets: z.array(secret).default([]),
  /** Manifests by name (`web.yaml`): YAML text players apply with `kubectl apply -f web.yaml`. */
  manifests: z.record(z.string().min(1), z.string()).default({}),
};

function quantityOf(raw: string | number | undefined, parse: (v: unknown) => number | null, path: string, problems: string[]): number {
  if (raw === undefined) return 0;
  const v = parse(raw);
  if (v === null) problems.push(`${path}: "${String(raw)}" is not a quantity (e.g. 250m, 0.5, 128Mi, 1Gi)`);
  return v ?? 0;
}

function buildDeployments(world: World, scenario: ScenarioFile, problems: string[]): void {
  scenario.deployments.forEach((d, i) => {
    const at = `deployments[${i}]`;
    const bad = subdomainProblem(d.name);
    if (bad) problems.push(`${at}.name: ${bad}`);
    if (world.k8s.deployments.has(d.name)) problems.push(`${at}.name: duplicate deployment "${d.name}"`);
    const fields = createdDeploymentFields(d.name, d.image, d.replicas, d.port);
    const c = fields.template.container;
    if (labelProblem(c.name)) problems.push(`${at}.image: "${d.image}" gives no valid container name`);
    c.cpuRequestMillis = quantityOf(d.requests.cpu, cpuMillis, `${at}.requests.cpu`, problems);
    c.memoryRequestMiB = quantityOf(d.requests.memory, memoryMiB, `${at}.requests.memory`, problems);
    c.cpuLimitMillis = quantityOf(d.limits.cpu, cpuMillis, `${at}.limits.cpu`, problems);
    c.memoryLimitMiB = quantityOf(d.limits.memory, memoryMiB, `${at}.limits.memory`, problems);
    if (c.cpuRequestMillis === 0) c.cpuRequestMillis = c.cpuLimitMillis;
    if (c.memoryRequestMiB === 0) c.memoryRequestMiB = c.memoryLimitMiB;
    const env: EnvVar[] = Object.keys(d.env).sort().map((name) => ({ name, value: d.env[name] as string }));
    for (const name of Object.keys(d.secretEnv).sort()) {
      const [secretName, key] = (d.secretEnv[name] as string).split(':') as [string, string];
      env.push({ name, secretKeyRef: { name: secretName, key } });
      if (!scenario.secrets.some((s) => s.name === secretName)) problems.push(`${at}.secretEnv.${name}: secret "${secretName}" is not in "secrets" (its pods would fail with CreateContainerConfigError)`);
    }
    c.env = env;
    c.readinessDelayTicks = d.readinessDelaySeconds;
    fields.maxSurge = String(d.maxSurge);
    fields.maxUnavailable = String(d.maxUnavailable);
    addDeployment(world, fields);
  });
}

function buildServices(world: World, scenario: ScenarioFile, problems: string[]): void {
  scenario.k8sServices.forEach((s, i) => {
    const bad = serviceNameProblem(s.name);
    if (bad) problems.push(`k8sServices[${i}].name: ${bad}`);
    if (world.k8s.services.has(s.name)) problems.push(`k8sServices[${i}].name: duplicate service "${s.name}"`);
    addService(world, { name: s.name, type: s.type, selector: s.selector ?? { app: s.name }, port: s.port, targetPort: s.targetPort ?? s.port });
  });
}

/** Fills deployments, services, secrets and manifests; called by buildCluster. */
export function buildWorkloads(world: World, scenario: ScenarioFile, problems: string[]): void {
  const any = scenario.deployments.length + scenario.k8sServices.length + scenario.secrets.length + Object.keys(scenario.manifests).length > 0;
  if (!any) return;
  if (!world.k8s.enabled) {
    problems.push('deployments: workloads need an orchestrator: add "cluster": {"nodes": [...]} to the scenario');
    return;
  }
  scenario.secrets.forEach((s, i) => {
    const bad = subdomainProblem(s.name);
    if (bad) problems.push(`secrets[${i}].name: ${bad}`);
    for (const k of Object.keys(s.data)) if (secretKeyProblem(k)) problems.push(`secrets[${i}].data.${k}: ${secretKeyProblem(k)}`);
    putSecret(world, s.name, s.data);
  });
  buildDeployments(world, scenario, problems);
  buildServices(world, scenario, problems);
  // Manifests are not validated here: a level may hand out a broken one on purpose.
  for (const name of Object.keys(scenario.manifests).sort()) world.k8s.manifests.set(name, scenario.manifests[name] as string);
}
