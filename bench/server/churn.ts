// The players' activity that keeps a share of the reference room's containers changing
// every tick. Left alone, bench-10k is in steady state and the projection's dead-bands
// send no container at all; so the bench's players do what on-call engineers do in a
// rolling restart: each tick some stop all plain docker containers of a few container
// hosts (`docker -H ch-7 stop web-25 … shop-31 …`) and others start those stopped the tick
// before. Every such container changes what players see (state, exit code, CPU, memory)
// and the load balancer shifts its traffic: real commands through the real room, no rule
// added to the simulation for the bench.

/** The fields of a projected container the plan needs. */
export interface ContainerView {
  uid: number;
  name: string;
  target: string;
  pod: string;
}

export interface ChurnGroup {
  host: string;
  names: string[];
}

/**
 * Plain docker containers (not a pod's) on the given hosts, grouped by host, hosts in the
 * order given; free slots (uid 0) are skipped.
 */
export function churnGroups(containers: Iterable<ContainerView>, hosts: readonly string[]): ChurnGroup[] {
  const byHost = new Map<string, string[]>(hosts.map((h) => [h, []]));
  for (const c of containers) {
    if (c.uid === 0 || c.pod !== '') continue;
    byHost.get(c.target)?.push(c.name);
  }
  return [...byHost].filter(([, names]) => names.length > 0).map(([host, names]) => ({ host, names: names.sort() }));
}

/** Each tick: stop the next groups (at least `perTick` containers), start last tick's. */
export class RollingChurn {
  private next = 0;
  private stopped: ChurnGroup[] = [];
  /** Most containers one tick may stop: half of them, so a tick never stops what it starts. */
  readonly maxPerTick: number;

  constructor(
    private readonly groups: readonly ChurnGroup[],
    /** Containers to stop per tick; as many are started, so about twice this change. */
    private readonly perTick: number,
  ) {
    if (groups.length === 0) throw new Error('no containers to churn');
    const all = groups.reduce((n, g) => n + g.names.length, 0);
    this.maxPerTick = Math.floor(all / 2) - Math.max(...groups.map((g) => g.names.length));
    if (perTick > this.maxPerTick) throw new Error(`cannot stop ${perTick} containers a tick out of ${all} (half would be down)`);
  }

  /** The command lines of one tick; `stop` overrides the containers to stop this tick. */
  tick(stop = this.perTick): string[] {
    const target = Math.max(1, Math.min(this.maxPerTick, stop));
    const lines = this.stopped.map((g) => `docker -H ${g.host} start ${g.names.join(' ')}`);
    const stopping: ChurnGroup[] = [];
    let n = 0;
    while (n < target) {
      const g = this.groups[this.next] as ChurnGroup;
      this.next = (this.next + 1) % this.groups.length;
      stopping.push(g);
      n += g.names.length;
    }
    for (const g of stopping) lines.push(`docker -H ${g.host} stop ${g.names.join(' ')}`);
    this.stopped = stopping;
    return lines;
  }

  /** Lines that start whatever the last tick stopped. */
  finish(): string[] {
    const lines = this.stopped.map((g) => `docker -H ${g.host} start ${g.names.join(' ')}`);
    this.stopped = [];
    return lines;
  }
}
