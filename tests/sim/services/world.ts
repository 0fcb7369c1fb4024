// Test helpers for the services tests: the sandbox with one `shop` service at a constant
// request rate (no daily swing, no noise unless asked), and readers for its metrics.
import type { Container, World } from '../../../shared/sim/model.ts';
import type { SimSession } from '../../../shared/sim/session.ts';
import type { Service } from '../../../shared/sim/services/model.ts';
import { sandboxWith } from '../../helpers/sim.ts';

export interface ShopOptions {
  rps: number;
  peakRps?: number;
  cpuPerRequestMilli?: number;
  baseLatencyMs?: number;
  noise?: number;
  spikes?: { at: number | string; duration: number | string; factor: number }[];
  extra?: (json: Record<string, unknown>) => void;
}

/** The sandbox whose only service `shop` sends `rps` req/s to containers labelled app=shop. */
export function shopWorld(o: ShopOptions, seed = 1): { world: World; sh: SimSession } {
  return sandboxWith((json) => {
    json.services = [
      {
        name: 'shop',
        entry: { labels: { app: 'shop' } },
        port: 8000,
        traffic: { baseRps: o.rps, peakRps: o.peakRps ?? o.rps, dayLength: '30m', peakAt: '15m', noise: o.noise ?? 0, spikes: o.spikes ?? [] },
        cpuPerRequestMilli: o.cpuPerRequestMilli ?? 20,
        baseLatencyMs: o.baseLatencyMs ?? 40,
        slo: { availability: 99.9, latencyMs: 300 },
        revenuePerThousand: 0.5,
        sloWindow: '10m',
      },
    ];
    o.extra?.(json);
  }, seed);
}

export function shop(world: World): Service {
  const s = world.services.get('shop');
  if (!s) throw new Error('no shop service');
  return s;
}

/** Runs `docker [-H target] run -d -l app=shop --name <name> [flags] shop/web:1.0`; throws if refused. */
export function runBackend(sh: SimSession, name: string, flags = '', target = 'host-1'): void {
  const r = sh.exec(`docker -H ${target} run -d -l app=shop --name ${name} ${flags} shop/web:1.0`.replace(/\s+/g, ' '));
  if (!r.ok) throw new Error(r.error);
}

/** The container called `name` on `target`. */
export function container(world: World, name: string, target = 'host-1'): Container {
  for (const c of world.containers.values()) if (c.name === name && c.targetId === target) return c;
  throw new Error(`no container ${name} on ${target}`);
}
