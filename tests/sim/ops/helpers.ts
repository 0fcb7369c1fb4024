// Helpers for the incident tests: inject as a facilitator, read the incident and the
// alerts, and wait for a condition with a clear failure message.
import { expect } from 'vitest';
import type { Actor } from '../../../shared/sim/commands/types.ts';
import type { World } from '../../../shared/sim/model.ts';
import type { Alert, Incident } from '../../../shared/sim/ops/model.ts';
import type { SimSession } from '../../../shared/sim/session.ts';

export { named, refused, waitUntil } from '../containers/docker.ts';

/** Runs a command that must succeed (as `actor`, by default the console); returns its output. */
export function ok(sh: SimSession, line: string, actor?: Actor): string {
  const r = actor ? sh.exec(line, actor) : sh.exec(line);
  if (!r.ok) throw new Error(`${line}\n${r.error}`);
  return r.output;
}

export const FACILITATOR: Actor = { id: 'fac', name: 'instructor', role: 'facilitator', lang: 'en' };
export const PLAYER: Actor = { id: 'p1', name: 'alice', role: 'player', lang: 'en' };

/** Changes a host type of a scenario's JSON (for `sandboxWith`): smaller disks, fewer cores… */
export function patchHostType(json: Record<string, unknown>, type: string, patch: Record<string, unknown>): void {
  const types = json.hostTypes as Record<string, Record<string, unknown>>;
  const t = types[type];
  if (!t) throw new Error(`no host type ${type}`);
  Object.assign(t, patch);
}

/** Injects as the facilitator; returns the incident it opened. */
export function inject(sh: SimSession, line: string): Incident {
  const r = sh.exec(`inject ${line}`, FACILITATOR);
  if (!r.ok) throw new Error(`inject ${line}\n${r.error}`);
  const id = /incident (INC-\d+) opened/.exec(r.output)?.[1];
  if (!id) throw new Error(`no incident opened: ${r.output}`);
  return incidentById(sh.world, id);
}

export function incidentById(world: World, id: string): Incident {
  const inc = world.ops.incidents.get(id);
  if (!inc) throw new Error(`no incident ${id}`);
  return inc;
}

/** Alerts firing now with this rule (and subject, when given). */
export function firing(world: World, rule: string, subject?: string): Alert[] {
  return [...world.ops.alerts.values()].filter((a) => a.resolvedTick < 0 && a.rule === rule && (subject === undefined || a.subject === subject));
}

/** Acknowledges the first firing alert of a rule as a player; returns it. */
export function ack(sh: SimSession, rule: string, actor: Actor = PLAYER): Alert {
  const a = firing(sh.world, rule)[0];
  if (!a) throw new Error(`no ${rule} alert firing; firing: ${[...sh.world.ops.alerts.values()].filter((x) => x.resolvedTick < 0).map((x) => `${x.rule} ${x.subject}`).join(', ')}`);
  const r = sh.exec(`alert ack ${a.id}`, actor);
  expect(r.ok, r.error).toBe(true);
  return a;
}

/** TTD and TTR of an incident in seconds (null while unknown). */
export function timings(inc: Incident): { ttd: number | null; ttr: number | null } {
  return { ttd: inc.detectedTick >= 0 ? inc.detectedTick - inc.openedTick : null, ttr: inc.state === 'resolved' ? inc.resolvedTick - inc.openedTick : null };
}
