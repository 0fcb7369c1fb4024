// What the game screen's parts say to each other about the datacenter: a reference to
// one entity (as the world view, lists and menus name it), the world view's intents, and
// the few store look-ups that turn a reference into a name, a docker target and so on.
import type { ClientStore } from '../../state/ClientStore.ts';
import type { ContainerView } from '../../state/snapshot.ts';

export type EntityType = 'host' | 'vm' | 'container' | 'service' | 'deployment' | 'pod';
export const ENTITY_TYPES: readonly EntityType[] = ['host', 'vm', 'container', 'service', 'deployment', 'pod'];

/** A host or VM id, a container uid (as text; a container name is accepted too), a service, deployment or pod name. */
export interface EntityRef {
  type: EntityType;
  id: string;
}

/** Intents of the world view (client/src/game): a click, and a right-click or long press at viewport coordinates. */
export type WorldIntent =
  | { kind: 'select'; entity: EntityRef | null }
  | { kind: 'context'; entity: EntityRef; screenX: number; screenY: number };

/** What the world view draws (and so what it can select, focus or outline). */
export interface WorldRef {
  type: 'host' | 'vm' | 'container';
  id: string;
}

/** What startWorld returns (client/src/game's GameHandle fits): coordinates are viewport (client) ones. */
export interface WorldHandle {
  destroy(): void;
  hitTest?(screenX: number, screenY: number): EntityRef | null;
  /** Shows the selection made in a DOM list. */
  select?(entity: WorldRef | null): void;
  /** Pans and zooms to an entity. */
  focus?(entity: WorldRef): void;
  /** Outlines a drop target while an image is dragged over the view. */
  highlight?(entity: WorldRef | null): void;
}

/** The reference as the world view knows it, or null for what it does not draw (services…). */
export function worldRef(ref: EntityRef | null): WorldRef | null {
  return ref && (ref.type === 'host' || ref.type === 'vm' || ref.type === 'container') ? { type: ref.type, id: String(ref.id) } : null;
}

export type StartWorld = (parent: HTMLElement, onIntent: (intent: WorldIntent) => void) => WorldHandle;

export function isEntityRef(value: unknown): value is EntityRef {
  if (value === null || typeof value !== 'object') return false;
  const { type, id } = value as Record<string, unknown>;
  return typeof type === 'string' && (ENTITY_TYPES as readonly string[]).includes(type) && (typeof id === 'string' || typeof id === 'number');
}

export const sameRef = (a: EntityRef | null, b: EntityRef | null) => a === b || (a !== null && b !== null && a.type === b.type && String(a.id) === String(b.id));
export const refKey = (r: EntityRef) => `${r.type}:${r.id}`;

/** The container a reference names: by uid, or by name (first match) when not a number. */
export function containerOf(store: ClientStore, id: string | number): ContainerView | null {
  const uid = Number(id);
  if (Number.isInteger(uid) && uid > 0) return store.containers.get(uid) ?? null;
  for (const c of store.containers.values()) if (c.name === id) return c;
  return null;
}

/** Whether the entity still exists in the store. */
export function exists(store: ClientStore, ref: EntityRef): boolean {
  switch (ref.type) {
    case 'host': return store.hosts.has(ref.id);
    case 'vm': return store.vms.has(ref.id);
    case 'container': return containerOf(store, ref.id) !== null;
    case 'service': return store.services.has(ref.id);
    case 'deployment': return store.deployments.has(ref.id);
    case 'pod': return store.pods.has(ref.id);
  }
}

/** The name a person reads (a container's name, not its uid). */
export function displayName(store: ClientStore, ref: EntityRef): string {
  if (ref.type === 'container') return containerOf(store, ref.id)?.name ?? String(ref.id);
  if (ref.type === 'vm') return store.vms.get(ref.id)?.name || ref.id;
  return ref.id;
}

/** Normalises a container reference to its uid, so that one container has one key. */
export function normalise(store: ClientStore, ref: EntityRef): EntityRef {
  if (ref.type !== 'container') return { type: ref.type, id: String(ref.id) };
  const c = containerOf(store, ref.id);
  return { type: 'container', id: c ? String(c.uid) : String(ref.id) };
}

/** Hosts and VMs whose kernel runs containers: where `docker -H` may point. */
export function dockerTargets(store: ClientStore): string[] {
  const out: string[] = [];
  for (const h of store.hosts.values()) if (h.role === 'container-host') out.push(h.id);
  for (const vm of store.vms.values()) out.push(vm.id);
  return out.sort(new Intl.Collator('en', { numeric: true }).compare);
}
