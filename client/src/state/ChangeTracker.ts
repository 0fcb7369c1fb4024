// What changed in the store since a reader last looked: one tracker per renderer (the
// datacenter view, the inspector, the HUD…), so each applies only the entities that
// changed since its last frame, whatever the others do. Containers are keyed by uid,
// pods by name, everything else by the server's key (host id, VM id, alert id, seat…).
import { COLLECTIONS, type CollectionName } from './snapshot.ts';

/** The key the store uses for an entity of collection K. */
export type StoreKey<K extends CollectionName> = K extends 'containers' ? number : string;

export interface CollectionChanges<Key> {
  /** Added or changed since the last drain (read the entity from the store). */
  readonly upserted: ReadonlySet<Key>;
  /** Gone since the last drain (may include keys this reader never saw). */
  readonly removed: ReadonlySet<Key>;
}

export interface StoreChanges {
  /** The whole state was replaced (new room, reconnection): rebuild everything. */
  readonly reset: boolean;
  readonly root: boolean;
  readonly game: boolean;
  readonly log: boolean;
  /** Seat, connection status, pending commands, transcript or debrief. */
  readonly session: boolean;
  readonly collections: { readonly [K in CollectionName]: CollectionChanges<StoreKey<K>> };
  /** Anything at all. */
  readonly any: boolean;
}

type MutableChanges = { [K in CollectionName]: { upserted: Set<StoreKey<K>>; removed: Set<StoreKey<K>> } };

function emptyCollections(): MutableChanges {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, { upserted: new Set(), removed: new Set() }])) as unknown as MutableChanges;
}

export class ChangeTracker {
  private sets = emptyCollections();
  private flags = { reset: false, root: false, game: false, log: false, session: false };
  private count = 0;

  constructor(private readonly onDispose: (t: ChangeTracker) => void) {}

  /** Everything recorded since the previous drain; starts a new period. */
  drain(): StoreChanges {
    const out: StoreChanges = { ...this.flags, collections: this.sets, any: this.count > 0 || Object.values(this.flags).some(Boolean) };
    this.sets = emptyCollections();
    this.flags = { reset: false, root: false, game: false, log: false, session: false };
    this.count = 0;
    return out;
  }

  /** Stops recording (the reader is gone). */
  dispose(): void {
    this.onDispose(this);
  }

  /** @internal store side */
  upserted<K extends CollectionName>(collection: K, key: StoreKey<K>): void {
    const s = this.sets[collection];
    s.upserted.add(key);
    s.removed.delete(key);
    this.count++;
  }

  /** @internal store side */
  removed<K extends CollectionName>(collection: K, key: StoreKey<K>): void {
    const s = this.sets[collection];
    s.upserted.delete(key);
    s.removed.add(key);
    this.count++;
  }

  /** @internal store side */
  flag(name: 'reset' | 'root' | 'game' | 'log' | 'session'): void {
    if (name === 'reset') {
      this.sets = emptyCollections();
      this.count = 0;
    }
    this.flags[name] = true;
  }
}
