// Before `docker start`/`restart` touches anything: would any of these containers fail
// to bind a published host port? Checked for the whole list first, so that a refused
// command changes nothing (dockerd would start the others and report the one failure).
import { portError, portHolder } from '../../containers.ts';
import type { Container, World } from '../../model.ts';

export interface PortClash {
  c: Container;
  port: number;
  /** dockerd's error for the clash. */
  error: string;
}

/** The first container of `list` whose start would fail on a taken host port, or null. */
export function firstPortClash(world: World, list: readonly Container[], restarting: boolean): PortClash | null {
  const claimed = new Set<number>();
  for (const c of list) {
    if (c.state === 'running' && !restarting) continue;
    for (const p of c.ports) {
      const holder = portHolder(world, c.targetId, p.hostPort, c.id);
      // A restart frees the ports of the containers it restarts before starting them again.
      const outside = holder !== null && !(restarting && list.includes(holder));
      if (outside || claimed.has(p.hostPort)) {
        const published = !outside || (holder?.ports.some((q) => q.hostPort === p.hostPort) ?? true);
        return { c, port: p.hostPort, error: portError(c, p.hostPort, published) };
      }
      claimed.add(p.hostPort);
    }
  }
  return null;
}
