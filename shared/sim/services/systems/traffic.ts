// Offered load per tick: each service's request rate from its daily curve, spread over its healthy backends as per-container rps and CPU.
// Runs before resources, so the CPU requests need competes with everything else on the
// kernel: a CFS quota, a noisy neighbour, steal or swapping then throttle the service.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';
import { buildBackendIndex, concurrencyMillis, roundRobinShare } from '../backends.ts';
import { offeredRps } from '../curve.ts';

// Local copies of imported bindings used per backend: under tsx's CommonJS interop each
// access to an import is a getter call, which shows in a loop over thousands of backends.
const rrShare = roundRobinShare;
const workersMillis = concurrencyMillis;

/** Sets every service's offered rps and each backend container's offeredRps and trafficCpuMillis. */
export function advanceTraffic(world: World, _sink: EventSink): void {
  if (world.services.size === 0) return;
  const ix = buildBackendIndex(world);
  for (let i = 0; i < ix.services.length; i++) {
    const s = ix.services[i];
    const list = ix.backends[i];
    if (!s || !list) continue;
    const rps = offeredRps(world.seed, s, i, world.tick);
    s.metrics.offeredRps = rps;
    const n = list.length + (ix.unreachable[i] ?? 0);
    for (let j = 0; j < list.length; j++) {
      const c = list[j];
      if (!c) continue;
      const share = rrShare(rps, n, j, world.tick);
      if (share === 0) continue;
      const m = c.metrics;
      m.offeredRps += share;
      // Its worker processes cannot burn more than one core each, however long the queue.
      const room = Math.max(0, workersMillis(c) - c.profile.cpuMillis);
      m.trafficCpuMillis = Math.min(room, m.trafficCpuMillis + share * s.cpuPerRequestMilli);
    }
  }
}
