// What the service commands share: finding a service by name, short texts for its entry,
// rates, percentages and windows, and the load balancer's list of candidate backends
// (every container or pod its selector matches, in rotation or not, and why not).
import type { Container, World } from '../../model.ts';
import { backendProblem, entrySelector, entryTargetPort, matchesSelector, refusesPort, selectorText } from '../../services/backends.ts';
import type { Service } from '../../services/model.ts';
import { DEFAULT_READY_AFTER_TICKS } from '../../services/calibration.ts';
import { failWithHint } from '../hint.ts';
import type { CommandContext, Outcome } from '../types.ts';

export type Found<T> = { ok: true; value: T } | { ok: false; outcome: Outcome };

/** The service called `name`, or `Error: service "x" not found` with the list of services. */
export function findService(ctx: CommandContext, name: string | undefined): Found<Service> {
  if (name === undefined) return { ok: false, outcome: { ok: false, error: "error: command 'service inspect' requires <service> option" } };
  const s = ctx.world.services.get(name);
  if (s) return { ok: true, value: s };
  const names = [...ctx.world.services.keys()];
  const error = `Error: service "${name}" not found`;
  if (names.length === 0) return { ok: false, outcome: failWithHint(ctx, error, 'services.hint.noServices') };
  return { ok: false, outcome: failWithHint(ctx, error, 'services.hint.unknownService', { services: names.join(', ') }) };
}

/** `app=shop-web` for a label selector, `svc/shop-web` for a k8s Service. */
export function entryText(s: Service): string {
  return s.entry.kind === 'labels' ? selectorText(s.entry.selector) : `svc/${s.entry.name}`;
}

/** `10m`, `1h30m`, `45s`: a window or a day as a scenario writes it. */
export function shortDuration(ticks: number): string {
  const h = Math.floor(ticks / 3600);
  const m = Math.floor((ticks % 3600) / 60);
  const s = ticks % 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || ticks === 0 ? `${s}s` : ''}`;
}

/** `99.95%` from per-million, rounded down (never shows an SLO as met when it is not). */
export function ppmText(ppm: number): string {
  return `${(Math.floor(ppm / 100) / 100).toFixed(2)}%`;
}

/** `99.9%` from per-mille. */
export function permilleText(permille: number): string {
  return `${(permille / 10).toFixed(1)}%`;
}

/** `3.3%` share of `part` in `whole` (0.0% when whole is 0). */
export function shareText(part: number, whole: number): string {
  return whole > 0 ? `${((part * 100) / whole).toFixed(1)}%` : '0.0%';
}

/** One container or pod the service's selector matches, as the load balancer sees it. */
export interface Candidate {
  /** Container name, or pod name for a k8s entry. */
  name: string;
  container: Container | null;
  /** `in rotation`, or why not. */
  state: string;
  inRotation: boolean;
}

function problemText(world: World, c: Container): string {
  const p = backendProblem(world, c);
  if (p === 'starting') return `starting (ready after ${c.profile.readyAfterTicks ?? DEFAULT_READY_AFTER_TICKS}s)`;
  if (p === 'not-running') return c.state;
  return p.replace('-', ' ');
}

/** Every container (labels) or pod (k8s) the entry's selector matches, in world order. O(n). */
export function candidates(world: World, s: Service): Candidate[] {
  const sel = entrySelector(world, s);
  if (!sel) return [];
  const out: Candidate[] = [];
  if (s.entry.kind === 'labels') {
    for (const c of world.containers.values()) {
      if (!matchesSelector(sel, c.labels)) continue;
      const p = backendProblem(world, c);
      out.push({ name: c.name, container: c, state: p === '' ? 'in rotation' : problemText(world, c), inRotation: p === '' });
    }
    return out;
  }
  for (const pod of world.k8s.pods.values()) {
    if (!matchesSelector(sel, pod.labels)) continue;
    const c = pod.containerId ? world.containers.get(pod.containerId) ?? null : null;
    if (!pod.ready || !c) {
      out.push({ name: pod.name, container: c, state: `not ready (${pod.status})`, inRotation: false });
      continue;
    }
    const p = backendProblem(world, c);
    const port = entryTargetPort(world, s);
    if (p === '' && refusesPort(c, port)) {
      out.push({ name: pod.name, container: c, state: `connection refused (listens on ${c.profile.listenPort}, not ${port})`, inRotation: false });
      continue;
    }
    out.push({ name: pod.name, container: c, state: p === '' ? 'in rotation' : `endpoint not answering (${problemText(world, c)})`, inRotation: p === '' });
  }
  return out;
}

/** `62%` of the error budget left, or `exhausted` once the window's bad requests used it all. */
export function budgetText(permille: number): string {
  return permille <= 0 ? 'exhausted' : `${Math.floor(permille / 10)}%`;
}
