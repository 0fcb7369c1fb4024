// Pooled entries of a large MapSchema (containers, pods). In schema 3 a delete from a
// large collection costs O(all objects), so entities never come and go as map entries:
// the map only grows, keyed by slot number, and an entity that disappears frees its slot
// (its fields reset to the "free" values) for the next one to reuse in place.
import type { MapSchema, Schema } from '@colyseus/schema';

/** Where a pool finds an entity's slot: a Map, or a DenseSlotIndex for integer keys. */
export interface SlotIndex<K> {
  get(key: K): number | undefined;
  set(key: K, slot: number): unknown;
  delete(key: K): unknown;
  readonly size: number;
}

/**
 * Slots by a dense, never-reused integer key (a container's index): a typed array read
 * in the order the world stores its entities, cheaper than hashing 10,000 keys a tick.
 */
export class DenseSlotIndex implements SlotIndex<number> {
  /** slot + 1 by key; 0 = none. */
  private slots = new Int32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(key: number): number | undefined {
    const v = key < this.slots.length ? (this.slots[key] as number) : 0;
    return v === 0 ? undefined : v - 1;
  }

  set(key: number, slot: number): void {
    if (key >= this.slots.length) {
      const grown = new Int32Array(Math.max(key + 1, this.slots.length * 2));
      grown.set(this.slots);
      this.slots = grown;
    }
    if (this.slots[key] === 0) this.count++;
    this.slots[key] = slot + 1;
  }

  delete(key: number): void {
    if (key < this.slots.length && this.slots[key] !== 0) {
      this.slots[key] = 0;
      this.count--;
    }
  }
}

export class SlotPool<K, S extends Schema> {
  /** Children by slot number (the map key is the slot number as a string). */
  readonly slots: S[] = [];
  /** Key of the entity in each slot (undefined: free). */
  private readonly keyOf: (K | undefined)[] = [];
  /** Pass in which each slot was last visited. */
  private readonly visited: number[] = [];
  /** Free slots, the lowest last (it is reused first). */
  private readonly free: number[] = [];
  /** Slots freed in this pass, reset by settle() unless taken again. */
  private readonly unsettled: number[] = [];
  private pass = 0;
  private visitedCount = 0;

  constructor(
    private readonly map: MapSchema<S>,
    private readonly create: () => S,
    private readonly reset: (child: S, slot: number) => void,
    private readonly index: SlotIndex<K> = new Map<K, number>(),
  ) {}

  /** Number of slots that hold an entity. */
  get used(): number {
    return this.index.size;
  }

  /** Starts a pass over the world's entities. */
  begin(): void {
    this.pass++;
    this.visitedCount = 0;
  }

  /** The slot of `key` (marked as still present), or -1 when it has none yet. */
  visit(key: K): number {
    const slot = this.index.get(key);
    if (slot === undefined) return -1;
    if (this.visited[slot] !== this.pass) {
      this.visited[slot] = this.pass;
      this.visitedCount++;
    }
    return slot;
  }

  /**
   * Frees the slots of entities not visited in this pass. Call after visiting every
   * entity and before claiming slots for new ones, so they reuse these; then settle().
   */
  releaseUnvisited(): void {
    if (this.visitedCount === this.index.size) return;
    for (let slot = 0; slot < this.slots.length; slot++) {
      const key = this.keyOf[slot];
      if (key === undefined || this.visited[slot] === this.pass) continue;
      this.index.delete(key);
      this.keyOf[slot] = undefined;
      this.free.push(slot);
      this.unsettled.push(slot);
    }
    this.free.sort((a, b) => b - a);
  }

  /**
   * Resets the slots freed in this pass that no new entity took. A slot taken again is
   * not reset first: the new entity's values overwrite the old ones, and the fields both
   * share (same image, same machine) cost nothing.
   */
  settle(): void {
    for (const slot of this.unsettled) if (this.keyOf[slot] === undefined) this.reset(this.slots[slot] as S, slot);
    this.unsettled.length = 0;
  }

  /** A slot for a new entity: the lowest free one when there is one, else a new map entry. */
  claim(key: K): number {
    let slot = this.free.pop();
    if (slot === undefined) {
      slot = this.slots.length;
      const child = this.create();
      this.slots.push(child);
      this.map.set(String(slot), child);
    }
    this.index.set(key, slot);
    this.keyOf[slot] = key;
    this.visited[slot] = this.pass;
    this.visitedCount++;
    return slot;
  }
}
