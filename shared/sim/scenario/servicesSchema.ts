// Scenario fields for customer-facing services and their traffic, and the builder that fills world.services
// from them. Every field is optional with a default, so scenarios without this part still load.
// docs/scenarios/services.md documents the fields with an example.
import { z } from 'zod';
import type { World } from '../model.ts';
import { emptyServiceMetrics, type Service, type ServiceEntry } from '../services/model.ts';
import { emptyWindow } from '../services/slo.ts';
import { parseDurationSeconds } from '../units.ts';
import type { ScenarioFile } from './schema.ts';

const name = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit');

/** A game duration: `90s`, `30m`, `1h30m`, or a number of seconds. Gives ticks. */
const duration = z.union([z.number().int().min(0), z.string()]).transform((v, ctx) => {
  const s = typeof v === 'number' ? v : parseDurationSeconds(v);
  if (s === null) {
    ctx.addIssue({ code: 'custom', message: `expected a duration such as 90s, 30m or 1h30m (or a number of seconds), got "${String(v)}"` });
    return z.NEVER;
  }
  return s;
});

/** Game dollars with at most two decimals, given in cents. */
export const dollars = z.number().min(0).max(1e12).transform((v, ctx) => {
  const cents = Math.round(v * 100);
  if (Math.abs(v * 100 - cents) > 1e-6) {
    ctx.addIssue({ code: 'custom', message: `expected dollars with at most two decimals (whole cents), got ${v}` });
    return z.NEVER;
  }
  return cents;
});

const labelKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,252}$/, 'a label key such as "app" or "tier"');

const entry = z
  .strictObject({
    /** A load balancer that sends to running containers carrying all these labels (`docker run -l app=shop-web`). */
    labels: z.record(labelKey, z.string().max(63)).optional(),
    /** kube-proxy: the endpoints of the k8s Service of this name (it may be created during play). */
    k8sService: name.optional(),
  })
  .superRefine((e, ctx) => {
    if ((e.labels === undefined) === (e.k8sService === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'give exactly one of "labels" (e.g. {"app": "shop-web"}) or "k8sService" (e.g. "shop-web")' });
    } else if (e.labels && Object.keys(e.labels).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['labels'], message: 'an empty selector would send requests to every container: name at least one label' });
    }
  });

const spike = z.strictObject({
  at: duration,
  duration: duration,
  /** Multiplier of the traffic while it lasts (3 = three times the usual rate). */
  factor: z.number().min(0).max(1000),
});

const traffic = z
  .strictObject({
    baseRps: z.number().int().min(0).max(10_000_000),
    peakRps: z.number().int().min(0).max(10_000_000).optional(),
    dayLength: duration.default(86_400),
    peakAt: duration.optional(),
    /** Random variation per tick, per-mille of the curve. */
    noise: z.number().int().min(0).max(1000).default(0),
    spikes: z.array(spike).default([]),
  })
  .superRefine((t, ctx) => {
    if (t.dayLength < 2) ctx.addIssue({ code: 'custom', path: ['dayLength'], message: 'a day must last at least 2 seconds' });
    if (t.peakRps !== undefined && t.peakRps < t.baseRps) {
      ctx.addIssue({ code: 'custom', path: ['peakRps'], message: `the peak (${t.peakRps}) is below the base rate (${t.baseRps})` });
    }
    if (t.peakAt !== undefined && t.peakAt >= t.dayLength) {
      ctx.addIssue({ code: 'custom', path: ['peakAt'], message: `${t.peakAt}s is past the end of the ${t.dayLength}s day` });
    }
    t.spikes.forEach((s, i) => {
      if (s.duration < 1) ctx.addIssue({ code: 'custom', path: ['spikes', i, 'duration'], message: 'a spike must last at least 1s' });
    });
  });

const slo = z.strictObject({
  /** Percent of requests that must be good (served, in time, within latencyMs). */
  availability: z
    .number()
    .gt(0)
    .max(100)
    .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-6, { message: 'the game counts availability in steps of 0.1 % (99.9, not 99.95)' })
    .default(99.9),
  latencyMs: z.number().int().min(1).max(600_000).default(300),
});

const service = z.strictObject({
  name,
  entry,
  port: z.number().int().min(1).max(65_535),
  traffic,
  /** CPU time per request, millicore-seconds (20 → one core serves 50 req/s). */
  cpuPerRequestMilli: z.number().int().min(1).max(1_000_000).default(20),
  /** p95 latency at low load, ms. */
  baseLatencyMs: z.number().int().min(1).max(600_000).default(50),
  slo: slo.default({ availability: 99.9, latencyMs: 300 }),
  /** Game dollars earned per 1,000 served requests. */
  revenuePerThousand: dollars.default(0),
  /** How far back availability and the error budget look. */
  sloWindow: duration.refine((v) => v >= 1 && v <= 86_400, { message: 'expected a window from 1s to 24h' }).default(600),
});

export const servicesFields = {
  /** Customer-facing services: where their requests enter and how much traffic they get. */
  services: z.array(service).default([]),
};

type ServiceFile = z.infer<typeof service>;

function toEntry(e: ServiceFile['entry']): ServiceEntry {
  return e.labels ? { kind: 'labels', selector: { ...e.labels } } : { kind: 'k8s-service', name: e.k8sService ?? '' };
}

/** Fills the world's services part from the scenario; pushes `path: message` problems. */
export function buildServices(world: World, scenario: ScenarioFile, problems: string[]): void {
  scenario.services.forEach((spec, i) => {
    const at = `services[${i}]`;
    if (world.services.has(spec.name)) {
      problems.push(`${at}.name: duplicate service "${spec.name}"`);
      return;
    }
    if (spec.entry.k8sService !== undefined && !world.k8s.enabled) {
      problems.push(`${at}.entry.k8sService: "${spec.entry.k8sService}" needs the orchestrator, and this scenario has none (add the cluster part, or use "labels")`);
      return;
    }
    const t = spec.traffic;
    const s: Service = {
      name: spec.name,
      entry: toEntry(spec.entry),
      port: spec.port,
      traffic: {
        baseRps: t.baseRps,
        peakRps: t.peakRps ?? t.baseRps,
        dayTicks: t.dayLength,
        peakAtTick: t.peakAt ?? Math.floor(t.dayLength / 2),
        noisePermille: t.noise,
        spikes: t.spikes.map((p) => ({ atTick: p.at, durationTicks: p.duration, factorPermille: Math.round(p.factor * 1000) })),
      },
      cpuPerRequestMilli: spec.cpuPerRequestMilli,
      baseLatencyMs: spec.baseLatencyMs,
      slo: { availabilityPermille: Math.round(spec.slo.availability * 10), latencyMs: spec.slo.latencyMs },
      revenuePerKiloRequestCents: spec.revenuePerThousand,
      trafficFactorPermille: 1000,
      metrics: emptyServiceMetrics(),
      totals: { requests: 0, served: 0, failed: 0, slow: 0 },
      sloWindow: emptyWindow(spec.sloWindow),
    };
    world.services.set(s.name, s);
  });
}
