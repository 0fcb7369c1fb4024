// Test helpers for workloads: a cluster sandbox, images with a changed behaviour (a
// release that crash-loops or is slow to become ready) published to the public
// registry, and counts of a deployment's pods over time.
import { ensureImage, imageIdOf, layerDigest, ensureLayer } from '../../../../shared/sim/images.ts';
import type { Pod } from '../../../../shared/sim/k8s/model.ts';
import { isActive } from '../../../../shared/sim/k8s/pods.ts';
import { templateHash } from '../../../../shared/sim/k8s/workloads/templateHash.ts';
import type { World, WorkloadProfile } from '../../../../shared/sim/model.ts';
import type { SimSession } from '../../../../shared/sim/session.ts';

export { clusterSandbox, waitUntil, containerOf, crash, hostDown, type Json } from '../cluster.ts';

/**
 * Publishes `ref` (e.g. `shop/web:2.0`): `base` with one more app layer and the profile
 * changed by `profile` (crashAfterTicks for a crashing release, readyAfterTicks for a slow start).
 */
export function publish(world: World, base: string, ref: string, profile: Partial<WorkloadProfile>): void {
  const registry = world.registries.get('docker.io');
  const baseId = registry?.tags[base];
  const image = baseId ? world.images.get(baseId) : undefined;
  if (!registry || !image) throw new Error(`no image ${base}`);
  const parent = image.layers[image.layers.length - 1] ?? '';
  const digest = ensureLayer(world, { digest: layerDigest(parent, `COPY app/ /app/ # ${ref}`, ref), sizeMiB: 1, createdBy: `COPY app/ /app/ # ${ref}` });
  const layers = [...image.layers, digest];
  const full: WorkloadProfile = { ...image.profile, ...profile };
  const made = ensureImage(world, { id: imageIdOf(layers, image.os, full, image.env), layers, os: image.os, profile: full, createdTick: world.tick, env: { ...image.env } });
  registry.tags[ref] = made.id;
  for (const d of layers) if (!registry.blobs.includes(d)) registry.blobs.push(d);
}

/** Pods of a deployment's replica sets that are not being deleted. */
export function activePods(world: World, deployment: string): Pod[] {
  return [...world.k8s.pods.values()].filter((p) => isActive(p) && p.owner !== null && world.k8s.replicaSets.get(p.owner)?.deployment === deployment);
}

/** Runs a command that must succeed; returns its output. */
export function run(sh: SimSession, line: string): string {
  const r = sh.exec(line);
  if (!r.ok) throw new Error(`${line} failed: ${r.error}`);
  return r.output;
}

/** Waits until the deployment has `n` Ready pods of its current template and no others. */
export function settled(world: World, name: string, n: number): () => boolean {
  return () => {
    const d = world.k8s.deployments.get(name);
    if (!d) return false;
    const pods = activePods(world, name);
    const hash = templateHash(d.template);
    return pods.length === n && pods.every((p) => p.ready && p.templateHash === hash) && d.rolloutStartedTick < 0;
  };
}

export interface YamlOptions {
  name?: string;
  replicas?: number;
  image: string;
  container?: string;
  port?: number;
  /** readinessProbe.initialDelaySeconds (no probe when absent). */
  readinessDelay?: number;
  cpuRequest?: string;
  env?: string[];
  annotations?: string[];
}

/** A Deployment manifest as lines of YAML. */
export function deploymentYaml(o: YamlOptions): string[] {
  const name = o.name ?? 'web';
  const lines = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${name}`];
  if (o.annotations) lines.push('  annotations:', ...o.annotations.map((a) => `    ${a}`));
  lines.push('spec:', `  replicas: ${o.replicas ?? 3}`, '  selector:', '    matchLabels:', `      app: ${name}`, '  template:', '    metadata:', '      labels:', `        app: ${name}`);
  lines.push('    spec:', '      containers:', `      - name: ${o.container ?? name}`, `        image: ${o.image}`);
  if (o.port) lines.push('        ports:', `        - containerPort: ${o.port}`);
  if (o.env) lines.push('        env:', ...o.env.map((e) => `        ${e}`));
  if (o.cpuRequest) lines.push('        resources:', '          requests:', `            cpu: ${o.cpuRequest}`);
  if (o.readinessDelay !== undefined) lines.push('        readinessProbe:', '          tcpSocket:', `            port: ${o.port ?? 80}`, `          initialDelaySeconds: ${o.readinessDelay}`);
  return lines;
}

/** The manifest as `kubectl apply -f` takes it inline: one quoted word with `\n` between lines. */
export function inline(lines: readonly string[]): string {
  return `"${lines.join('\\n')}"`;
}
