// Entries of a keyed MapSchema with a plain "shown" copy of what was last assigned to
// each child. Reading a schema field goes through an accessor whose keyed load is
// megamorphic (every field of every schema class shares it): ~20 ns a read, which adds
// up to milliseconds over thousands of hosts and VMs a tick. Comparing against a plain
// object costs next to nothing, and the schema setter is called only on a change.
// Entries are found by the entity's dense index first (an array read in world order),
// by id only when that misses.
import type { MapSchema, Schema } from '@colyseus/schema';

export interface Mirrored<S, V> {
  child: S;
  shown: V;
}

interface Entry<S, V> extends Mirrored<S, V> {
  key: string;
  index: number;
  pass: number;
}

export class MirroredEntries<S extends Schema, V> {
  private readonly entries = new Map<string, Entry<S, V>>();
  private readonly byIndex: (Entry<S, V> | undefined)[] = [];
  private pass = 0;
  private visited = 0;

  constructor(
    private readonly map: MapSchema<S>,
    private readonly createChild: () => S,
    private readonly createShown: () => V,
  ) {}

  /** Starts a pass over the world's entities. */
  begin(): void {
    this.pass++;
    this.visited = 0;
  }

  /** The entry for `key` (created and added to the map when new), marked as present. */
  visit(key: string, index: number): Mirrored<S, V> {
    let e = this.byIndex[index];
    if (e === undefined || e.key !== key) {
      e = this.entries.get(key);
      if (e === undefined) {
        e = { child: this.createChild(), shown: this.createShown(), key, index, pass: 0 };
        this.entries.set(key, e);
        this.map.set(key, e.child);
      }
      e.index = index;
      this.byIndex[index] = e;
    }
    if (e.pass !== this.pass) {
      e.pass = this.pass;
      this.visited++;
    }
    return e;
  }

  /** Deletes the entries not visited in this pass (their entity left the world). */
  end(): void {
    if (this.visited === this.entries.size) return;
    for (const [key, e] of this.entries) {
      if (e.pass === this.pass) continue;
      this.entries.delete(key);
      if (this.byIndex[e.index] === e) this.byIndex[e.index] = undefined;
      this.map.delete(key);
    }
  }
}
