// Scenario fields for incidents (schedule, chance) and alerting, and the builder that fills world.ops
// from them. Every field is optional with a default, so scenarios without this part still load.
// docs/scenarios/incidents.md documents the fields and the catalogue of kinds.
import { z } from 'zod';
import type { World } from '../model.ts';
import { kindOf } from '../ops/kinds/index.ts';
import { INCIDENT_KINDS, type IncidentKind, type ScheduledIncident } from '../ops/model.ts';
import { parseDurationSeconds } from '../units.ts';
import type { ScenarioFile } from './schema.ts';

/** A game time: `90s`, `5m`, `1h30m`, or a number of seconds. Gives ticks. */
const time = z.union([z.number().int().min(0), z.string()]).transform((v, ctx) => {
  const s = typeof v === 'number' ? v : parseDurationSeconds(v);
  if (s === null) {
    ctx.addIssue({ code: 'custom', message: `expected a game time such as 90s, 5m or 1h30m (or a number of seconds), got "${String(v)}"` });
    return z.NEVER;
  }
  return s;
});

const kind = z.enum(INCIDENT_KINDS as [IncidentKind, ...IncidentKind[]]);

const scheduled = z.strictObject({
  /** Game time at which it begins. */
  at: time,
  kind,
  /** What it hits: a container, host, VM, rack, registry, service, deployment or image (see the catalogue). */
  target: z.string().min(1),
  /** One of the kind's forms (`slow`, `errors`, `crash` for a bad release); absent: the seed picks. */
  variant: z.string().min(1).optional(),
});

const incidents = z
  .strictObject({
    schedule: z.array(scheduled).default([]),
    random: z
      .strictObject({
        /** Expected incidents per game hour. */
        perHour: z.number().min(0).max(3600),
        kinds: z.array(kind).min(1),
        /** No chance incidents before this game time. */
        after: time.default(0),
      })
      .optional(),
    /** Players may use `inject` (facilitators always can). */
    allowInject: z.boolean().default(false),
  })
  .default({ schedule: [], allowInject: false });

export const opsFields = { incidents };

/** Kinds whose targets (hosts, racks, services) exist from the start, so a typo can be caught when the file loads. */
const STATIC_TARGETS: ReadonlySet<IncidentKind> = new Set(['host-failure', 'power-loss', 'hypervisor-failure', 'network-partition', 'disk-failure', 'vm-overcommit', 'traffic-spike']);

/** Fills the world's ops part from the scenario; pushes `path: message` problems. */
export function buildOps(world: World, scenario: ScenarioFile, problems: string[]): void {
  const spec = scenario.incidents;
  const ops = world.ops;
  ops.allowInject = spec.allowInject;
  const list: ScheduledIncident[] = [];
  spec.schedule.forEach((s, i) => {
    const def = kindOf(s.kind);
    if (def && s.variant !== undefined && !def.variants.includes(s.variant)) {
      problems.push(`incidents.schedule[${i}].variant: "${s.variant}" is not a form of ${s.kind} (${def.variants.length ? `forms: ${def.variants.join(', ')}` : 'it has none'})`);
      return;
    }
    const why = def && STATIC_TARGETS.has(s.kind) ? def.validate(world, s.target) : null;
    if (why !== null) {
      problems.push(`incidents.schedule[${i}].target: ${s.kind} needs ${def?.needs ?? 'a target'}: ${why}`);
      return;
    }
    list.push({ atTick: s.at, kind: s.kind, target: s.target, variant: s.variant ?? '', source: 'schedule' });
  });
  // Stable by time, then in file order: two incidents at the same second fire as written.
  ops.schedule = list.map((s, i) => ({ s, i })).sort((a, b) => a.s.atTick - b.s.atTick || a.i - b.i).map((x) => x.s);
  ops.nextScheduled = 0;
  if (spec.random) ops.random = { perHour: spec.random.perHour, kinds: [...spec.random.kinds], afterTick: spec.random.after };
}
