// The object a workload verb acts on, named as kubectl accepts it: `deployment/web`,
// `deployment web`, `deploy/web`. Unknown types, missing names and missing objects get
// kubectl's own refusals; types the verb cannot handle get the verb's message.
import type { Deployment } from '../../k8s/model.ts';
import type { World } from '../../model.ts';
import { notFound, parseTargets, type ResourceType } from './resources.ts';

export type WorkloadTarget = { ok: true; type: ResourceType; name: string; rest: string[] } | { ok: false; error: string };

/**
 * The first object named by the positionals (type and name), and the positionals left
 * after it. `allowed` are the singular type names the verb handles; `unsupported` words
 * the refusal for another type (`{{kind}}` is replaced by its kind, e.g. `Service`).
 */
export function workloadTarget(world: World, positionals: readonly string[], allowed: readonly string[], unsupported: string): WorkloadTarget {
  if (positionals.length === 0) return { ok: false, error: 'error: required resource not specified' };
  const first = positionals[0] as string;
  const slashed = first.includes('/');
  const t = parseTargets(slashed ? [first] : positionals.slice(0, 2));
  if (t === null) return { ok: false, error: 'error: required resource not specified' };
  if (!t.ok) return { ok: false, error: t.error };
  const name = t.names[0];
  if (name === undefined || name === '') return { ok: false, error: 'error: resource(s) were provided, but no name was specified' };
  if (!allowed.includes(t.type.singular)) {
    const kind = t.type.singular.charAt(0).toUpperCase() + t.type.singular.slice(1);
    return { ok: false, error: unsupported.replace('{{kind}}', kind) };
  }
  if (!t.type.exists(world, name)) return { ok: false, error: notFound(t.type, name) };
  return { ok: true, type: t.type, name, rest: positionals.slice(slashed ? 1 : 2) };
}

/** The deployment a target names (the caller checked the type). */
export function deploymentOf(world: World, name: string): Deployment {
  return world.k8s.deployments.get(name) as Deployment;
}
