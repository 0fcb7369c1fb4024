// The scenario file format (JSON), validated with zod. A scenario is data: the
// datacenter's hardware, the images in the registry, build recipes, and what starts
// already running. docs/scenarios.md documents it for instructors.
import { z } from 'zod';
import { parseSizeMiB } from '../units.ts';
import { clusterFields } from './clusterSchema.ts';
import { servicesFields } from './servicesSchema.ts';
import { opsFields } from './opsSchema.ts';
import { economyFields } from './economySchema.ts';
import { levelFields } from './levelSchema.ts';

const idPattern = /^[a-z0-9][a-z0-9._-]{0,62}$/;
const name = z.string().regex(idPattern, 'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');

const size = z
  .union([z.number().int().positive(), z.string()])
  .transform((v, ctx) => {
    const mib = typeof v === 'number' ? v : parseSizeMiB(v);
    if (mib === null) {
      ctx.addIssue({ code: 'custom', message: `expected a size such as 512m, 4g, 4Gi or a number of MiB, got "${String(v)}"` });
      return z.NEVER;
    }
    return mib;
  });

const text = z.object({ en: z.string().min(1), ko: z.string().min(1) });

const hostType = z.object({
  cores: z.number().int().min(1).max(512),
  memory: size,
  disk: size,
  nicMbps: z.number().int().min(10).max(400_000),
  price: z.number().min(0),
  costPerHour: z.number().min(0),
});

const hostSpec = z.object({
  /** A single host id, or with `count` a prefix numbered from `start`. */
  id: name.optional(),
  idPrefix: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
  start: z.number().int().min(0).default(1),
  count: z.number().int().min(1).max(20_000).default(1),
  type: name,
  role: z.enum(['container-host', 'hypervisor']),
  hypervisor: z.enum(['type1', 'type2']).optional(),
}).superRefine((h, ctx) => {
  if (!h.id && !h.idPrefix) ctx.addIssue({ code: 'custom', message: 'give "id" (one host) or "idPrefix" with "count"' });
  if (h.id && h.count !== 1) ctx.addIssue({ code: 'custom', path: ['count'], message: '"count" needs "idPrefix", not "id"' });
  if (h.role === 'hypervisor' && !h.hypervisor) ctx.addIssue({ code: 'custom', path: ['hypervisor'], message: 'a hypervisor host needs "hypervisor": "type1" or "type2"' });
  if (h.role === 'container-host' && h.hypervisor) ctx.addIssue({ code: 'custom', path: ['hypervisor'], message: 'a container host runs no hypervisor' });
});

const rack = z.object({ id: name, hosts: z.array(hostSpec).min(1) });

const profile = z.object({
  cpuMillis: z.number().int().min(0).max(256_000),
  memoryMiB: z.number().int().min(1).max(1_048_576),
  memoryGrowthMiB: z.number().int().min(0).max(65_536).default(0),
  writeKiB: z.number().int().min(0).max(4_194_304).default(0),
  listenPort: z.number().int().min(0).max(65_535).default(0),
  dataPath: z.string().startsWith('/').optional(),
  command: z.string().min(1),
  workers: z.number().int().min(0).max(64).optional(),
  exitAfterTicks: z.number().int().min(1).optional(),
  registry: z.boolean().optional(),
});

const imageStep = z.object({
  createdBy: z.string().min(1),
  sizeMiB: z.number().int().min(0).max(1_048_576),
  secret: z.string().optional(),
});

const image = z.object({
  ref: z.string().regex(/^[a-z0-9][a-z0-9._/-]*:[A-Za-z0-9._-]+$/, 'an image reference such as "shop/web:1.0"'),
  /** Image whose layers this one starts from (its FROM). */
  from: z.string().optional(),
  os: z.enum(['linux', 'windows']).default('linux'),
  steps: z.array(imageStep).min(1),
  profile: profile.optional(),
  env: z.record(z.string(), z.string()).default({}),
});

const recipe = z.object({
  text: z.string().min(1),
  files: z.record(z.string(), z.object({ sizeMiB: z.number().int().min(0), version: z.number().int().min(0).default(1) })).default({}),
  profile: profile.partial().optional(),
  /** Sizes of RUN steps the built-in package catalogue cannot guess: step text → MiB. */
  stepSizes: z.record(z.string(), z.number().int().min(0)).default({}),
});

const vmSpec = z.object({
  name: name.optional(),
  namePrefix: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
  count: z.number().int().min(1).max(100_000).default(1),
  /** A host id, or `*` to spread round-robin over the hypervisor hosts. */
  host: z.string(),
  vcpus: z.number().int().min(1).max(256),
  memory: size,
  os: z.enum(['linux', 'windows']).default('linux'),
}).superRefine((v, ctx) => {
  if (!v.name && !v.namePrefix) ctx.addIssue({ code: 'custom', message: 'give "name" (one VM) or "namePrefix" with "count"' });
});

const containerSpec = z.object({
  name: name.optional(),
  namePrefix: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
  count: z.number().int().min(1).max(200_000).default(1),
  image: z.string(),
  /** A host or VM id, `*hosts` (container hosts round-robin), `*vms` (Linux VMs) or `*` (both). */
  on: z.string(),
  cpus: z.number().positive().optional(),
  memory: size.optional(),
  restart: z.enum(['no', 'always', 'on-failure', 'unless-stopped']).default('no'),
  /** `docker run -l k=v`: what a service's load balancer selects its backends by. */
  labels: z.record(z.string(), z.string()).default({}),
}).superRefine((c, ctx) => {
  if (!c.name && !c.namePrefix) ctx.addIssue({ code: 'custom', message: 'give "name" (one container) or "namePrefix" with "count"' });
});

export const scenarioSchema = z.object({
  id: name,
  title: text,
  description: text.optional(),
  /** Command families the player may use: host, vm, docker, kubectl, … or "*". */
  unlocked: z.array(z.string()).default(['*']),
  defaultDockerHost: z.string(),
  /** The datacenter's internet uplink, Mbit/s: every pull from and push to docker.io shares it. Absent: unlimited. */
  uplinkMbps: z.number().int().min(1).max(400_000).optional(),
  hostTypes: z.record(name, hostType),
  racks: z.array(rack).min(1),
  images: z.array(image).default([]),
  /** Images already present on every container host and Linux VM at the start. */
  preload: z.array(z.string()).default([]),
  recipes: z.record(name, recipe).default({}),
  vms: z.array(vmSpec).default([]),
  containers: z.array(containerSpec).default([]),
  ...clusterFields,
  ...servicesFields,
  ...opsFields,
  ...economyFields,
  ...levelFields,
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type ProfileSpec = z.infer<typeof profile>;

/** Validation problems as `path: message` lines, precise enough to fix a file by hand. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '(root)';
    return `${path}: ${issue.message}`;
  });
}

/** Parses unknown JSON into a scenario, or gives the list of problems. */
export function parseScenario(data: unknown): { ok: true; scenario: ScenarioFile } | { ok: false; errors: string[] } {
  const r = scenarioSchema.safeParse(data);
  if (r.success) return { ok: true, scenario: r.data };
  return { ok: false, errors: describeIssues(r.error) };
}
