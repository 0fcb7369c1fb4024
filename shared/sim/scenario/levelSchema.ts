// Scenario fields for a level: objectives, stars, hints, briefing and debrief, and the builder that fills world.level
// from them. Every field is optional with a default, so scenarios without this part still load.
// docs/scenarios.md documents the fields and the objectives' semantics.
import { z } from 'zod';
import { CONCEPT_IDS } from '../concepts.ts';
import { PUBLIC_REGISTRY, parseImageRef, repoTagKey } from '../images.ts';
import type { World } from '../model.ts';
import { INCIDENT_KINDS } from '../ops/model.ts';
import type { ObjectiveCheck, ObjectiveSpec } from '../level/model.ts';
import { newObjectiveState } from '../level/objectiveState.ts';
import { parseDurationSeconds } from '../units.ts';
import type { ScenarioFile } from './schema.ts';

const id = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');
const text = z.strictObject({ en: z.string().min(1, 'the English text is empty'), ko: z.string().min(1, 'the Korean text is empty') });

/** A game duration: `90s`, `10m`, `1h30m`, or a number of seconds. Gives ticks. */
const duration = z.union([z.number().int().min(0), z.string()]).transform((v, ctx) => {
  const s = typeof v === 'number' ? v : parseDurationSeconds(v);
  if (s === null) {
    ctx.addIssue({ code: 'custom', message: `expected a duration such as 90s, 10m or 1h30m, got "${String(v)}"` });
    return z.NEVER;
  }
  return s;
});

const percent = z.number().gt(0).max(100);
const count = z.number().int().min(0);

export const OBJECTIVE_KINDS = [
  'service-availability', 'service-latency', 'running', 'max-hosts', 'budget-never-below', 'no-oom-kills',
  'incident-resolved', 'deployment-available', 'image-in-registry', 'command-used', 'vm-count', 'volume-data-kept',
] as const;

const base = {
  id,
  title: text,
  /** end (default): judged at the level's end; always: fails on the first violation. */
  mode: z.enum(['end', 'always']).optional(),
  /** For always-objectives: checked from this game time on. */
  from: duration.optional(),
};

// `'window'` is quoted so the purity check does not take the key for the browser global.
const objective = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('service-availability'), service: z.string().min(1), min: percent, 'window': duration }),
  z.strictObject({ ...base, kind: z.literal('service-latency'), service: z.string().min(1), maxMs: z.number().int().min(1), 'window': duration }),
  z.strictObject({
    ...base,
    kind: z.literal('running'),
    selector: z.record(z.string(), z.string()).optional(),
    image: z.string().min(1).optional(),
    /** A host or VM id the containers must run on. */
    on: z.string().min(1).optional(),
    machine: z.enum(['any', 'bare-metal', 'vm']).default('any'),
    min: z.number().int().min(1),
  }),
  z.strictObject({ ...base, kind: z.literal('max-hosts'), n: count }),
  z.strictObject({ ...base, kind: z.literal('budget-never-below'), dollars: z.number().int() }),
  z.strictObject({ ...base, kind: z.literal('no-oom-kills') }),
  z.strictObject({ ...base, kind: z.literal('incident-resolved'), incidentKind: z.enum(INCIDENT_KINDS).optional(), incident: z.string().min(1).optional() }),
  z.strictObject({ ...base, kind: z.literal('deployment-available'), name: id, replicas: z.number().int().min(1) }),
  /** `ref` may carry its registry (`host-1:5000/shop/web:1.2`); `registry` overrides it. */
  z.strictObject({ ...base, kind: z.literal('image-in-registry'), ref: z.string().min(1), registry: z.string().min(1).optional() }),
  z.strictObject({ ...base, kind: z.literal('command-used'), pattern: z.string().min(1) }),
  z.strictObject({ ...base, kind: z.literal('vm-count'), min: count.optional(), max: count.optional(), os: z.enum(['linux', 'windows']).optional() }),
  /** The data of the containers carrying `selector` (their volumes) is never lost. */
  z.strictObject({ ...base, kind: z.literal('volume-data-kept'), selector: z.record(z.string(), z.string()).refine((s) => Object.keys(s).length > 0, 'give at least one label, e.g. {"app": "orders-db"}') }),
], { error: (issue) => (issue.code === 'invalid_union' ? `unknown objective kind; expected one of: ${OBJECTIVE_KINDS.join(', ')}` : undefined) });

/** Kinds that are about the whole run, so they can only be always-objectives. */
const ALWAYS_ONLY = new Set(['budget-never-below', 'no-oom-kills', 'volume-data-kept']);

type ObjectiveFile = z.infer<typeof objective>;

const hint = z.strictObject({ id, cost: z.number().int().min(0), text });

const scoring = z.strictObject({
  centsPerPoint: z.number().int().min(1).default(100),
  sloPoints: z.number().int().min(0).default(1000),
  incidentPoints: z.number().int().min(0).default(200),
  detectWithin: duration.default(600),
  resolveWithin: duration.default(1800),
});

const level = z.strictObject({
  number: z.number().int().min(1),
  concepts: z.array(z.enum(CONCEPT_IDS)).default([]),
  briefing: text,
  debrief: text,
  duration: duration,
  /** End (won) as soon as every objective is met, instead of playing the whole duration. */
  endWhenMet: z.boolean().default(false),
  objectives: z.array(objective).min(1, 'a level needs at least one objective'),
  stars: z.strictObject({ one: count, two: count, three: count }),
  hints: z.array(hint).default([]),
  scoring: scoring.default({ centsPerPoint: 100, sloPoints: 1000, incidentPoints: 200, detectWithin: 600, resolveWithin: 1800 }),
}).superRefine((l, ctx) => {
  if (l.duration < 1) ctx.addIssue({ code: 'custom', path: ['duration'], message: 'a level must last at least one second' });
  if (!(l.stars.one < l.stars.two && l.stars.two < l.stars.three)) {
    ctx.addIssue({ code: 'custom', path: ['stars'], message: `thresholds must increase: one < two < three (got ${l.stars.one}, ${l.stars.two}, ${l.stars.three})` });
  }
  const seen = new Set<string>();
  l.objectives.forEach((o, i) => {
    if (seen.has(o.id)) ctx.addIssue({ code: 'custom', path: ['objectives', i, 'id'], message: `duplicate objective id "${o.id}"` });
    seen.add(o.id);
    checkObjective(o, i, l.duration, ctx);
  });
  const hints = new Set<string>();
  l.hints.forEach((h, i) => {
    if (hints.has(h.id)) ctx.addIssue({ code: 'custom', path: ['hints', i, 'id'], message: `duplicate hint id "${h.id}"` });
    hints.add(h.id);
  });
});

function checkObjective(o: ObjectiveFile, i: number, durationTicks: number, ctx: z.RefinementCtx): void {
  const at = (key: string, message: string): void => ctx.addIssue({ code: 'custom', path: ['objectives', i, key], message });
  if (ALWAYS_ONLY.has(o.kind) && o.mode === 'end') at('mode', `"${o.kind}" is judged on every tick: use "always" or leave "mode" out`);
  if (o.from !== undefined && (o.mode ?? (ALWAYS_ONLY.has(o.kind) ? 'always' : 'end')) !== 'always') at('from', '"from" only applies to "mode": "always"');
  if (o.from !== undefined && o.from >= durationTicks) at('from', `starts at ${o.from}s, not before the level ends (${durationTicks}s)`);
  if ((o.kind === 'service-availability' || o.kind === 'service-latency') && o.window > durationTicks) {
    at('window', `a ${o.window}s window can never fill in a ${durationTicks}s level`);
  }
  if ((o.kind === 'service-availability' || o.kind === 'service-latency') && o.window < 1) at('window', 'the window must be at least 1s');
  if (o.kind === 'running' && !o.selector && !o.image && !o.on) at('kind', '"running" needs "selector", "image" or "on" to say which containers count');
  if (o.kind === 'incident-resolved' && !o.incidentKind === !o.incident) at('kind', '"incident-resolved" needs exactly one of "incidentKind" or "incident"');
  if (o.kind === 'vm-count' && o.min === undefined && o.max === undefined) at('kind', '"vm-count" needs "min", "max" or both');
  if (o.kind === 'vm-count' && o.min !== undefined && o.max !== undefined && o.min > o.max) at('max', `max ${o.max} is below min ${o.min}`);
  if (o.kind === 'image-in-registry' && !parseImageRef(o.ref)) at('ref', `"${o.ref}" is not an image reference such as "shop/web:1.2" or "host-1:5000/shop/web:1.2"`);
  if (o.kind === 'command-used') {
    try {
      new RegExp(o.pattern);
    } catch (err) {
      at('pattern', `not a valid regular expression: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

export const levelFields = {
  /** Present only in levels: objectives, star thresholds, hints, briefing and debrief. */
  level: level.optional(),
};

function toCheck(o: ObjectiveFile): ObjectiveCheck {
  switch (o.kind) {
    case 'service-availability':
      return { kind: o.kind, service: o.service, minMilliPercent: Math.round(o.min * 1000), windowTicks: o.window };
    case 'service-latency':
      return { kind: o.kind, service: o.service, maxMs: o.maxMs, windowTicks: o.window };
    case 'running':
      return { kind: o.kind, selector: { ...(o.selector ?? {}) }, image: o.image ?? '', on: o.on ?? '', machine: o.machine, min: o.min };
    case 'max-hosts':
      return { kind: o.kind, n: o.n };
    case 'budget-never-below':
      return { kind: o.kind, cents: o.dollars * 100 };
    case 'no-oom-kills':
      return { kind: o.kind };
    case 'incident-resolved':
      return { kind: o.kind, incidentKind: o.incidentKind ?? '', incidentId: o.incident ?? '' };
    case 'deployment-available':
      return { kind: o.kind, name: o.name, replicas: o.replicas };
    case 'image-in-registry': {
      const ref = parseImageRef(o.ref);
      return { kind: o.kind, ref: ref ? repoTagKey(ref) : o.ref, registry: o.registry ?? ref?.registry ?? PUBLIC_REGISTRY };
    }
    case 'command-used':
      return { kind: o.kind, pattern: o.pattern };
    case 'vm-count':
      return { kind: o.kind, min: o.min ?? 0, max: o.max ?? -1, os: o.os ?? '' };
    case 'volume-data-kept':
      return { kind: o.kind, selector: { ...o.selector } };
  }
}

/** References an objective makes to the world that the world must have; pushes problems. */
function checkReferences(world: World, o: ObjectiveFile, i: number, durationTicks: number, problems: string[]): void {
  const at = `level.objectives[${i}]`;
  if ((o.kind === 'service-availability' || o.kind === 'service-latency') && !world.services.has(o.service)) {
    const known = [...world.services.keys()];
    problems.push(`${at}.service: unknown service "${o.service}" (${known.length ? `known: ${known.join(', ')}` : 'the scenario defines no services'})`);
  }
  if (o.kind === 'running' && o.on && !world.hosts.has(o.on) && !world.vms.has(o.on)) {
    problems.push(`${at}.on: "${o.on}" is not a host or VM of this scenario`);
  }
  if (o.kind === 'max-hosts' && o.n < 1) problems.push(`${at}.n: a datacenter with no host can run nothing`);
  if (o.kind === 'max-hosts' && o.mode === 'always' && (o.from ?? 0) === 0 && world.hosts.size > o.n) {
    problems.push(`${at}.n: the scenario starts with ${world.hosts.size} hosts, so "at most ${o.n}" fails at once`);
  }
  if (o.kind === 'deployment-available' && !world.k8s.enabled) problems.push(`${at}: this scenario has no orchestrator, so deployment "${o.name}" can never exist`);
  if (o.kind === 'vm-count' && (o.min ?? 0) > 0 && ![...world.hosts.values()].some((h) => h.role === 'hypervisor')) {
    problems.push(`${at}.min: no host of this scenario is a hypervisor, so no VM can run`);
  }
  if (o.kind === 'image-in-registry') {
    const registry = o.registry ?? parseImageRef(o.ref)?.registry ?? PUBLIC_REGISTRY;
    // A private registry may sit on a VM created during play, so only the form is checked.
    if (registry !== PUBLIC_REGISTRY && !/^[a-z0-9][a-z0-9.-]*:\d{1,5}$/.test(registry)) {
      problems.push(`${at}.registry: "${registry}" is neither docker.io nor <host-or-vm>:<port>`);
    }
  }
  if (o.kind === 'incident-resolved' && o.incidentKind) {
    const ops = world.ops;
    const possible = ops.allowInject || ops.schedule.some((s) => s.kind === o.incidentKind && s.atTick < durationTicks) || (ops.random.perHour > 0 && ops.random.kinds.includes(o.incidentKind));
    if (!possible) problems.push(`${at}.incidentKind: no "${o.incidentKind}" incident is scheduled before the level ends, can happen by chance, or may be injected in this scenario`);
  }
}

/** Fills the world's level part from the scenario; pushes `path: message` problems. */
export function buildLevel(world: World, scenario: ScenarioFile, problems: string[]): void {
  const l = scenario.level;
  if (!l) return;
  l.objectives.forEach((o, i) => checkReferences(world, o, i, l.duration, problems));
  const objectives: ObjectiveSpec[] = l.objectives.map((o) => ({
    id: o.id,
    title: { ...o.title },
    mode: o.mode ?? (ALWAYS_ONLY.has(o.kind) ? 'always' : 'end'),
    fromTick: o.from ?? 0,
    check: toCheck(o),
  }));
  const s = l.scoring;
  world.level.isLevel = true;
  world.level.durationTicks = l.duration;
  world.level.spec = {
    number: l.number,
    concepts: [...l.concepts],
    briefing: { ...l.briefing },
    debrief: { ...l.debrief },
    endWhenMet: l.endWhenMet,
    objectives,
    stars: { ...l.stars },
    hints: l.hints.map((h) => ({ id: h.id, cost: h.cost, text: { ...h.text } })),
    scoring: { centsPerPoint: s.centsPerPoint, sloPoints: s.sloPoints, incidentPoints: s.incidentPoints, detectWithinTicks: s.detectWithin, resolveWithinTicks: s.resolveWithin },
  };
  world.level.objectives = objectives.map((o) => newObjectiveState(o));
}
