// Opening an incident: checks the kind, the variant and the target, records the
// incident with its hidden root cause, and lets the kind break the world. Used by the
// `inject` command, the scenario's schedule and seeded chance; the same checks run for
// all three, and a refused injection changes nothing.
import { translate } from '../../i18n/index.ts';
import type { EventSink } from '../events.ts';
import type { World } from '../model.ts';
import { nextInt } from '../rng.ts';
import { kindOf } from './kinds/index.ts';
import type { KindDef } from './kinds/types.ts';
import type { Incident, IncidentKind } from './model.ts';
import { INCIDENT_KINDS } from './model.ts';
import { pick } from './pick.ts';

export type Checked = { ok: true; def: KindDef; variant: string } | { ok: false; error: string };

/** Whether `kind` can hit `target` now (and `variant` is one of its forms). Changes nothing. */
export function checkInjection(world: World, kind: string, target: string, variant = ''): Checked {
  const def = kindOf(kind);
  if (!def) return { ok: false, error: `unknown incident kind "${kind}" (kinds: ${INCIDENT_KINDS.join(', ')})` };
  if (variant !== '' && !def.variants.includes(variant)) {
    return { ok: false, error: def.variants.length ? `${kind} has no variant "${variant}" (variants: ${def.variants.join(', ')})` : `${kind} has no variants` };
  }
  const why = def.validate(world, target);
  if (why !== null) return { ok: false, error: `${kind} needs ${def.needs}: ${why}` };
  return { ok: true, def, variant };
}

/** The root cause in a language, from what the incident recorded. */
export function rootCauseText(incident: Incident, lang: 'en' | 'ko'): string {
  const params: Record<string, string | number> = { target: incident.target, variant: incident.variant };
  for (const [k, v] of Object.entries(incident.data)) params[k] = typeof v === 'boolean' ? String(v) : v;
  const key = incident.variant ? `ops.cause.${incident.kind}.${incident.variant}` : `ops.cause.${incident.kind}.main`;
  return translate(lang, key, params);
}

/**
 * Opens an incident of a checked kind against `target` and applies it. `source` is
 * `schedule`, `chance` or the facilitator's name.
 */
export function openIncident(world: World, def: KindDef, target: string, variant: string, source: string, sink: EventSink): Incident {
  const ops = world.ops;
  const incident: Incident = {
    id: `INC-${ops.nextIncident++}`,
    kind: def.id,
    target,
    variant,
    openedTick: world.tick,
    detectedTick: -1,
    detectedBy: '',
    resolvedTick: -1,
    state: 'open',
    rootCause: '',
    concepts: [...def.concepts],
    source,
    subjects: [target],
    // Commands logged from now on (the `inject` line itself is logged after this) may detect it.
    logCursor: world.logSeq,
    data: {},
  };
  ops.incidents.set(incident.id, incident);
  def.inject(world, incident, sink);
  incident.rootCause = rootCauseText(incident, 'en');
  sink.happened(world.tick, 'incident-opened', incident.id, `${incident.kind} ${incident.target}`);
  return incident;
}

/** A chance incident: a kind from the scenario's list, a target that would take it, a variant. Null when none fits. */
export function openRandomIncident(world: World, kinds: readonly IncidentKind[], sink: EventSink): Incident | null {
  if (kinds.length === 0) return null;
  const def = kindOf(pick(world, kinds));
  if (!def) return null;
  const targets = def.candidates(world);
  if (targets.length === 0) return null;
  const target = targets[nextInt(world, targets.length)] as string;
  if (def.validate(world, target) !== null) return null;
  return openIncident(world, def, target, '', 'chance', sink);
}
