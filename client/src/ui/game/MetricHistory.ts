// Short client-side histories of an entity's readings for the inspector's charts: the
// synced state holds only the current value, so the screen keeps the last N readings
// (one per game tick at most) of the few entities someone has selected lately.
import type { ClientStore } from '../../state/ClientStore.ts';
import { containerOf, type EntityRef } from './entities.ts';

export type SeriesKey = 'cpu' | 'memory' | 'served' | 'errors' | 'ready';

/** One reading: its value and the scale it is drawn against (a limit, a capacity). */
export interface Sample {
  key: SeriesKey;
  value: number;
  max: number;
  /** How to print a value of this series. */
  unit: 'permille' | 'millicores' | 'mib' | 'rps' | 'count';
}

export interface Series {
  key: SeriesKey;
  unit: Sample['unit'];
  values: readonly number[];
  /** The largest scale seen (so the chart does not jump when a limit is lifted). */
  max: number;
}

/** The readings of an entity now, or null when it has none (or is gone). */
export function sampleEntity(store: ClientStore, ref: EntityRef): Sample[] | null {
  switch (ref.type) {
    case 'host':
    case 'vm': {
      const m = ref.type === 'host' ? store.hosts.get(ref.id) : store.vms.get(ref.id);
      if (!m) return null;
      return [
        { key: 'cpu', value: m.cpuPermille, max: 1000, unit: 'permille' },
        { key: 'memory', value: m.memPermille, max: 1000, unit: 'permille' },
      ];
    }
    case 'container': {
      const c = containerOf(store, ref.id);
      if (!c) return null;
      return [
        { key: 'cpu', value: c.cpuMillis, max: c.cpuLimitMillis || Math.max(1000, c.cpuMillis), unit: 'millicores' },
        { key: 'memory', value: c.memMiB, max: c.memLimitMiB || Math.max(256, c.memMiB), unit: 'mib' },
      ];
    }
    case 'service': {
      const s = store.services.get(ref.id);
      if (!s) return null;
      const scale = Math.max(1, s.offeredRps, s.servedRps);
      return [
        { key: 'served', value: s.servedRps, max: scale, unit: 'rps' },
        { key: 'errors', value: s.errorRps, max: scale, unit: 'rps' },
      ];
    }
    case 'deployment': {
      const d = store.deployments.get(ref.id);
      return d ? [{ key: 'ready', value: d.ready, max: Math.max(1, d.replicas), unit: 'count' }] : null;
    }
    case 'pod':
      return null;
  }
}

interface Track {
  tick: number;
  series: Map<SeriesKey, { unit: Sample['unit']; values: number[]; max: number }>;
}

export class MetricHistory {
  private readonly tracks = new Map<string, Track>();

  /** `limit` readings per series; the `entities` most recently recorded are kept. */
  constructor(
    private readonly limit = 60,
    private readonly entities = 8,
  ) {}

  /** Records the readings of entity `key` at `tick`; a second reading in the same tick replaces the first. */
  record(key: string, tick: number, samples: readonly Sample[]): void {
    let track = this.tracks.get(key);
    if (track) this.tracks.delete(key);
    else track = { tick: -1, series: new Map() };
    this.tracks.set(key, track); // most recent last
    const sameTick = track.tick === tick;
    track.tick = tick;
    for (const s of samples) {
      let series = track.series.get(s.key);
      if (!series) track.series.set(s.key, (series = { unit: s.unit, values: [], max: 0 }));
      if (sameTick && series.values.length > 0) series.values[series.values.length - 1] = s.value;
      else series.values.push(s.value);
      if (series.values.length > this.limit) series.values.splice(0, series.values.length - this.limit);
      series.max = Math.max(series.max, s.max, s.value);
    }
    while (this.tracks.size > this.entities) {
      const oldest = this.tracks.keys().next().value as string;
      this.tracks.delete(oldest);
    }
  }

  series(key: string): Series[] {
    const track = this.tracks.get(key);
    if (!track) return [];
    return [...track.series].map(([k, s]) => ({ key: k, unit: s.unit, values: [...s.values], max: s.max }));
  }

  forget(key: string): void {
    this.tracks.delete(key);
  }
}
