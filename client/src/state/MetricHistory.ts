// Short histories of one entity's numbers for the inspector's small charts: the synced
// state holds only current readings, so the client samples the watched entity once per
// game tick (a tick is one game second; at 8× several ticks pass per patch and one
// sample is taken per patch). Bounded; watching another entity starts afresh.
//
//   const history = new MetricHistory(store, 120);
//   history.watch('hosts', 'host-1');  history.series('cpuPermille') → number[]
import type { ClientStore } from './ClientStore.ts';
import type { StoreKey } from './ChangeTracker.ts';
import type { CollectionName } from './snapshot.ts';

export class MetricHistory {
  private watched: { collection: CollectionName; key: string | number } | null = null;
  private readonly samples = new Map<string, number[]>();
  private ticks: number[] = [];
  private lastTick = -1;
  private readonly stop: () => void;

  constructor(
    private readonly store: ClientStore,
    private readonly capacity = 120,
  ) {
    this.stop = store.subscribe(() => this.sample());
  }

  /** Starts recording this entity's numeric fields (and forgets the previous one's). */
  watch<K extends CollectionName>(collection: K, key: StoreKey<K>): void {
    this.watched = { collection, key };
    this.samples.clear();
    this.ticks = [];
    this.lastTick = -1;
    this.sample();
  }

  unwatch(): void {
    this.watched = null;
  }

  /** Values of `field`, oldest first (one per sampled tick). */
  series(field: string): readonly number[] {
    return this.samples.get(field) ?? [];
  }

  /** The ticks the samples were taken at. */
  get sampledTicks(): readonly number[] {
    return this.ticks;
  }

  dispose(): void {
    this.stop();
  }

  private sample(): void {
    const w = this.watched;
    const tick = this.store.root.tick;
    if (!w || tick === this.lastTick) return;
    const entity = (this.store.entities(w.collection) as ReadonlyMap<string | number, object>).get(w.key);
    if (!entity) return;
    this.lastTick = tick;
    this.ticks.push(tick);
    for (const [field, value] of Object.entries(entity)) {
      if (typeof value !== 'number') continue;
      let list = this.samples.get(field);
      if (!list) this.samples.set(field, (list = []));
      list.push(value);
      if (list.length > this.capacity) list.shift();
    }
    if (this.ticks.length > this.capacity) this.ticks.shift();
  }
}
