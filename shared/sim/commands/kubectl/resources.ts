// The resource types kubectl knows (what `kubectl api-resources` would list): their
// names and short names, and how `get`, `describe` and `delete` render or remove one.
// The verbs are generic and dispatch here by type. Each type lives in its own module;
// add a type by importing it and listing it in RESOURCE_TYPES.
import type { Lang } from '../types.ts';
import type { World } from '../../model.ts';
import { EVENTS } from './eventsResource.ts';
import { NODES } from './nodesResource.ts';
import { PODS } from './podsResource.ts';
// Workloads helper: deployments, replica sets, services, endpoints, secrets, autoscalers.
import { WORKLOAD_RESOURCE_TYPES } from '../../k8s/workloads/views/resources.ts';

export interface DeleteOptions {
  /** `--grace-period` in seconds (-1: the object's default). */
  gracePeriod: number;
  /** `--force` together with `--grace-period=0`. */
  force: boolean;
}

export interface ResourceType {
  /** Plural, lower case (`pods`): error messages use it. */
  plural: string;
  singular: string;
  shortNames: readonly string[];
  /** How a deleted object is named: `pod`, `deployment.apps`. */
  qualified: string;
  /** Cluster-scoped types (nodes) ignore `-n`. */
  namespaced: boolean;
  /** Every object's name, in listing order. */
  names(world: World): string[];
  exists(world: World, name: string): boolean;
  header(wide: boolean): string[];
  row(world: World, name: string, wide: boolean): string[];
  describe?(world: World, name: string, lang: Lang): string;
  /** Removes (or starts removing) an object known to exist; returns the line kubectl prints. */
  delete?(world: World, name: string, opts: DeleteOptions): string;
}

export const RESOURCE_TYPES: ResourceType[] = [PODS, NODES, EVENTS, ...WORKLOAD_RESOURCE_TYPES];

/** The type a word names (`pods`, `pod`, `po`, `Pod`, `pods.v1`), or undefined. */
export function resolveType(word: string): ResourceType | undefined {
  const w = word.toLowerCase().replace(/\.(v1|apps|apps\/v1|autoscaling)$/, '');
  return RESOURCE_TYPES.find((t) => t.plural === w || t.singular === w || t.shortNames.includes(w));
}

/** kubectl's answer to a type it does not know. */
export function unknownType(word: string): string {
  return `error: the server doesn't have a resource type "${word}"`;
}

/** kubectl's answer to a missing object (`deployments.apps "web" not found`: plural plus API group). */
export function notFound(t: ResourceType, name: string): string {
  // Workloads helper: the API group comes from `qualified` (`deployment.apps` → `.apps`).
  const dot = t.qualified.indexOf('.');
  const group = dot < 0 ? '' : t.qualified.slice(dot);
  return `Error from server (NotFound): ${t.plural}${group} "${name}" not found`;
}

export type Targets = { ok: true; type: ResourceType; names: string[] } | { ok: false; error: string };

/**
 * The objects named by kubectl's positional forms: `TYPE [NAME…]` or `TYPE/NAME…`
 * (every word then carries its own type, and they must agree here).
 */
export function parseTargets(words: readonly string[]): Targets | null {
  const first = words[0];
  if (first === undefined) return null;
  if (first.includes('/')) {
    let type: ResourceType | undefined;
    const names: string[] = [];
    for (const w of words) {
      const slash = w.indexOf('/');
      if (slash < 0) return { ok: false, error: 'error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. \'kubectl get resource/<resource_name>\' instead of \'kubectl get resource resource/<resource_name>\'' };
      const word = w.slice(0, slash);
      const t = resolveType(word);
      if (!t) return { ok: false, error: unknownType(word) };
      if (type && t !== type) return { ok: false, error: 'error: this game\'s kubectl takes objects of one type per command' };
      type = t;
      names.push(w.slice(slash + 1));
    }
    return type ? { ok: true, type, names } : null;
  }
  const type = resolveType(first);
  if (!type) return { ok: false, error: unknownType(first) };
  return { ok: true, type, names: words.slice(1) };
}
