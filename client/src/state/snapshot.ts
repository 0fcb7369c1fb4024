// Plain types of the synced room state, derived from the schema classes with
// `import type` only: the Schema classes never reach the browser bundle (the client
// decodes state by reflection, ARCHITECTURE A6), and a field renamed in shared/schema
// breaks these types at compile time instead of drifting silently.
import type { ArraySchema, MapSchema, Schema } from '@colyseus/schema';
import type { DatacenterState } from '../../../shared/schema/DatacenterState.ts';
import type { GameState } from '../../../shared/schema/GameState.ts';
import type { LogEntryState } from '../../../shared/schema/LogEntryState.ts';
import type { ObjectiveState } from '../../../shared/schema/ObjectiveState.ts';

/** The data fields of a Schema class, without its methods. */
export type Fields<T> = Omit<T, keyof Schema>;

type Primitive = string | number | boolean;
type PrimitiveFields<T> = { [K in keyof Fields<T> as Fields<T>[K] extends Primitive ? K : never]: Fields<T>[K] };

/** Names of the root state's MapSchema collections (`hosts`, `containers`, …). */
export type CollectionName = {
  [K in keyof Fields<DatacenterState>]: Fields<DatacenterState>[K] extends MapSchema<Schema> ? K : never;
}[keyof Fields<DatacenterState>];

type ElementOf<K extends CollectionName> = DatacenterState[K] extends MapSchema<infer V> ? V : never;

/** One plain (read-only) entity per collection, field for field as the server sends it. */
export type EntityViews = { [K in CollectionName]: Readonly<PrimitiveFields<ElementOf<K>>> };

export type HostView = EntityViews['hosts'];
export type VmView = EntityViews['vms'];
export type ContainerView = EntityViews['containers'];
export type PodView = EntityViews['pods'];
export type DeploymentView = EntityViews['deployments'];
export type ServiceView = EntityViews['services'];
export type AlertView = EntityViews['alerts'];
export type IncidentView = EntityViews['incidents'];
export type TransferView = EntityViews['transfers'];
export type PlayerView = EntityViews['players'];
export type ObjectiveView = Readonly<PrimitiveFields<ObjectiveState>>;
export type LogEntryView = Readonly<PrimitiveFields<LogEntryState>>;

/** Root scalars (scenario, mode, code, phase, tick, speed) and the unlocked families. */
export type RootView = Readonly<PrimitiveFields<DatacenterState>> & {
  readonly unlocked: readonly (DatacenterState['unlocked'] extends ArraySchema<infer S> ? S : never)[];
};

/** Money, level outcome and objectives. */
export type GameView = Readonly<PrimitiveFields<GameState>> & { readonly objectives: readonly ObjectiveView[] };

/** Every collection, in the order the store and the connections walk them. */
export const COLLECTIONS = [
  'hosts',
  'vms',
  'containers',
  'pods',
  'deployments',
  'services',
  'alerts',
  'incidents',
  'transfers',
  'players',
] as const satisfies readonly CollectionName[];

// Compile-time proof that COLLECTIONS lists every MapSchema of DatacenterState.
type MissingCollection = Exclude<CollectionName, (typeof COLLECTIONS)[number]>;
export const ALL_COLLECTIONS_LISTED: [MissingCollection] extends [never] ? true : MissingCollection = true;

/** The root state before the first patch (what a fresh store shows). */
export const EMPTY_ROOT: RootView = { scenario: '', mode: 'solo', code: '', phase: 'running', tick: 0, speed: 1, unlocked: [] };

export const EMPTY_GAME: GameView = {
  balanceCents: 0,
  revenueCents: 0,
  costCents: 0,
  isLevel: false,
  durationTicks: 0,
  ended: false,
  won: false,
  stars: 0,
  score: 0,
  hintsTaken: 0,
  objectives: [],
};
