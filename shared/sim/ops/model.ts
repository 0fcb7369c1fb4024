// Operations data: incidents (with their hidden root cause), alerts that fire on
// symptoms, the incident schedule, and bounded metric histories for diagnosis.

export type IncidentKind =
  | 'crash'
  | 'crash-loop'
  | 'memory-leak'
  | 'noisy-neighbour'
  | 'host-failure'
  | 'disk-failure'
  | 'disk-full'
  | 'network-partition'
  | 'kernel-panic'
  | 'hypervisor-failure'
  | 'vm-overcommit'
  | 'traffic-spike'
  | 'bad-release'
  | 'registry-outage'
  | 'image-pull-failure'
  | 'secret-leak'
  | 'container-escape'
  | 'power-loss';

export interface Incident {
  id: string;
  kind: IncidentKind;
  /** What it was injected into (container, host, VM, service, registry, rack…). */
  target: string;
  openedTick: number;
  /** First acknowledgement of a related alert or first relevant action; -1 until then. */
  detectedTick: number;
  resolvedTick: number;
  state: 'open' | 'resolved';
  /** Hidden from players until the debrief. */
  rootCause: string;
  /** Curriculum concepts involved (ids of shared/sim/concepts.ts). */
  concepts: string[];
  /** Who injected it: `schedule`, `chance`, or a facilitator's name. */
  source: string;
  /** Kind-specific memory (original values to restore, counters). */
  data: Record<string, string | number | boolean>;
}

export interface Alert {
  id: string;
  rule: string;
  subject: string;
  severity: 'warning' | 'critical';
  summary: string;
  firingSinceTick: number;
  /** -1 while firing. */
  resolvedTick: number;
  ackedBy: string | null;
  ackedTick: number;
}

export interface ScheduledIncident {
  atTick: number;
  kind: IncidentKind;
  target: string;
}

export interface RandomIncidents {
  /** Expected incidents per game hour (0 = none). */
  perHour: number;
  kinds: IncidentKind[];
  /** No chance incidents before this tick. */
  afterTick: number;
}

/** A bounded series sampled every `everyTicks`. */
export interface MetricSeries {
  everyTicks: number;
  samples: number[];
  capacity: number;
}

export interface Ops {
  incidents: Map<string, Incident>;
  alerts: Map<string, Alert>;
  schedule: ScheduledIncident[];
  random: RandomIncidents;
  nextIncident: number;
  nextAlert: number;
  /** `host-1.cpu`, `web.memory`, `shop-web.latency` … */
  history: Map<string, MetricSeries>;
}

export function emptyOps(): Ops {
  return {
    incidents: new Map(),
    alerts: new Map(),
    schedule: [],
    random: { perHour: 0, kinds: [], afterTick: 0 },
    nextIncident: 1,
    nextAlert: 1,
    history: new Map(),
  };
}
