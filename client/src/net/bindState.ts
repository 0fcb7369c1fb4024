// Mirrors a decoded DatacenterState into a StateSink through schema 3's callbacks:
// `$(state).<map>.onAdd/onRemove` and `$(entity).onChange` for the entity maps, and
// dirty flags for the root scalars, the game (with its objectives) and the log, which
// are copied once per patch in flush(). Copies are plain objects, field for field, so
// nothing downstream holds a Schema instance. Takes the callback proxy rather than the
// room, so that the only colyseus.js import stays in ColyseusConnection and a bare
// @colyseus/schema Decoder can drive it (tests, measurements).
import type { SchemaCallbackProxy } from '@colyseus/schema';
import type { DatacenterState } from '../../../shared/schema/DatacenterState.ts';
import { COLLECTIONS, type CollectionName, type EntityViews, type GameView, type LogEntryView, type ObjectiveView, type RootView } from '../state/snapshot.ts';
import type { StateSink } from './GameConnection.ts';

type Primitive = string | number | boolean;
interface FieldSpec {
  name: string;
  /** What a field the server never sent reads as: its type's zero. */
  zero: Primitive;
}

const METADATA: symbol = (Symbol as { metadata?: symbol }).metadata ?? Symbol.for('Symbol.metadata');
const fieldCache = new WeakMap<object, readonly FieldSpec[]>();

/** The primitive fields of a decoded instance's class, from its schema metadata (cached). */
function primitiveFields(instance: object): readonly FieldSpec[] {
  const ctor = instance.constructor;
  const cached = fieldCache.get(ctor);
  if (cached) return cached;
  const meta = ((ctor as unknown as Record<symbol, unknown>)[METADATA] ?? {}) as Record<string, { name?: string; type?: unknown }>;
  const list: FieldSpec[] = [];
  for (const key of Object.keys(meta)) {
    const field = meta[key];
    if (!/^\d+$/.test(key) || !field?.name || typeof field.type !== 'string') continue;
    list.push({ name: field.name, zero: field.type === 'string' ? '' : field.type === 'boolean' ? false : 0 });
  }
  fieldCache.set(ctor, list);
  return list;
}

/** A plain copy of an instance's primitive fields. */
export function copyFields<T>(instance: object): T {
  const out: Record<string, Primitive> = {};
  const source = instance as Record<string, Primitive | undefined>;
  for (const f of primitiveFields(instance)) out[f.name] = source[f.name] ?? f.zero;
  return out as T;
}

export interface StateBinding {
  /** Sends what changed in the patch just decoded (root, game, log) and commits it. */
  flush(): void;
}

/** Registers the callbacks; every entity already in `state` is reported at once. */
export function bindState($: SchemaCallbackProxy<DatacenterState>, state: DatacenterState, sink: StateSink): StateBinding {
  let rootDirty = true;
  let gameDirty = true;
  let logDirty = true;
  const $state = $(state);

  $state.onChange(() => (rootDirty = true));
  $state.unlocked.onAdd(() => (rootDirty = true));
  $state.unlocked.onRemove(() => (rootDirty = true));

  $state.game.onChange(() => (gameDirty = true));
  $state.game.objectives.onAdd((objective) => {
    gameDirty = true;
    $(objective).onChange(() => (gameDirty = true));
  });
  $state.game.objectives.onRemove(() => (gameDirty = true));

  $state.log.onAdd(() => (logDirty = true));
  $state.log.onRemove(() => (logDirty = true));
  $state.log.onChange(() => (logDirty = true));

  for (const name of COLLECTIONS) bindCollection($, state, name, sink);

  return {
    flush() {
      if (rootDirty) sink.setRoot({ ...copyFields<Omit<RootView, 'unlocked'>>(state), unlocked: Array.from(state.unlocked) });
      if (gameDirty) {
        const game = state.game;
        sink.setGame({ ...copyFields<Omit<GameView, 'objectives'>>(game), objectives: Array.from(game.objectives, (o) => copyFields<ObjectiveView>(o)) });
      }
      if (logDirty) sink.setLog(Array.from(state.log, (e) => copyFields<LogEntryView>(e)));
      rootDirty = gameDirty = logDirty = false;
      sink.commit();
    },
  };
}

function bindCollection<K extends CollectionName>($: SchemaCallbackProxy<DatacenterState>, state: DatacenterState, name: K, sink: StateSink): void {
  // The proxy's per-collection types differ only by element; one loose view of them is enough here.
  const $map = $(state)[name] as unknown as {
    onAdd(cb: (item: object, key: string) => void, immediate?: boolean): () => void;
    onRemove(cb: (item: object, key: string) => void): () => void;
  };
  $map.onAdd((item, key) => {
    sink.setEntity(name, key, copyFields<EntityViews[K]>(item));
    ($ as unknown as (x: object) => { onChange(cb: () => void): () => void })(item).onChange(() => {
      sink.setEntity(name, key, copyFields<EntityViews[K]>(item));
    });
  }, true);
  $map.onRemove((_item, key) => sink.removeEntity(name, key));
}
