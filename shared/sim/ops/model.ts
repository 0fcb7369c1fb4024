// Operations data: incidents (with their hidden root cause), alerts that fire on
// symptoms, the incident schedule, machine outages and reboots in progress, and
// bounded metric histories for diagnosis.

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

export const INCIDENT_KINDS: readonly IncidentKind[] = [
  'crash',
  'crash-loop',
  'memory-leak',
  'noisy-neighbour',
  'host-failure',
  'disk-failure',
  'disk-full',
  'network-partition',
  'kernel-panic',
  'hypervisor-failure',
  'vm-overcommit',
  'traffic-spike',
  'bad-release',
  'registry-outage',
  'image-pull-failure',
  'secret-leak',
  'container-escape',
  'power-loss',
];

/** Values an incident keeps about itself (originals to restore, counters, names). */
export type IncidentData = Record<string, string | number | boolean>;

export interface Incident {
  id: string;
  kind: IncidentKind;
  /** What it was injected into (container, host, VM, service, registry, rack…). */
  target: string;
  /** Which form of the kind (`slow`, `errors`, `crash` for a bad release…); '' when the kind has one. */
  variant: string;
  openedTick: number;
  /** First acknowledgement of a related alert or first relevant action; -1 until then. */
  detectedTick: number;
  /** Who detected it (`alice acked A3`, `bob: docker logs web`); '' until then. */
  detectedBy: string;
  resolvedTick: number;
  state: 'open' | 'resolved';
  /** Hidden from players until the debrief (English; the commands render it per language). */
  rootCause: string;
  /** Curriculum concepts involved (ids of shared/sim/concepts.ts). */
  concepts: string[];
  /** Who injected it: `schedule`, `chance`, or a facilitator's name. */
  source: string;
  /** Names whose mention in a command, or in an acknowledged alert's subject, counts as detection. */
  subjects: string[];
  /** Command log entries from this sequence number on are checked for detection. */
  logCursor: number;
  /** Kind-specific memory (original values to restore, counters). */
  data: IncidentData;
}

export interface Alert {
  id: string;
  rule: string;
  subject: string;
  severity: 'warning' | 'critical';
  summary: string;
  /** Values the summary was made from, so each player reads it in their language. */
  params: Record<string, string | number>;
  firingSinceTick: number;
  /** Last evaluation at which the symptom was present. */
  lastTrueTick: number;
  /** -1 while firing. */
  resolvedTick: number;
  ackedBy: string | null;
  ackedTick: number;
}

export interface ScheduledIncident {
  atTick: number;
  kind: IncidentKind;
  target: string;
  /** '' lets the seeded generator pick the kind's variant. */
  variant: string;
  /** `schedule` for the scenario's own, a facilitator's name for `inject --at`. */
  source: string;
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
  /** Oldest first; at most `capacity`. */
  samples: number[];
  capacity: number;
  /** Tick of the newest sample (-1 before the first). */
  lastTick: number;
}

/** A host that is down (hardware failure, rack power, reinstall) and what brings it back. */
export interface HostOutage {
  hostId: string;
  reason: 'failure' | 'power' | 'reimage';
  sinceTick: number;
  /** Tick the host is up again (after repair and boot); -1 until someone repairs it. */
  upAtTick: number;
  /** VMs that were running when it went down: libvirt autostarts them at boot. */
  vms: string[];
}

/** A fault on a host that leaves it running: its NIC (network partition) being replaced. */
export interface NicRepair {
  hostId: string;
  doneAtTick: number;
}

/** A kernel that panicked: the watchdog reboots its machine at `atTick`. */
export interface PendingReboot {
  kernelId: string;
  atTick: number;
  /** `boot`: the reboot started; the (host) kernel is up at `atTick`. */
  phase: 'panicked' | 'boot';
}

/** A symptom seen as an event (an OOM kill, a failed pull) that alert rules read for a while. */
export interface EventMark {
  rule: string;
  subject: string;
  tick: number;
  params: Record<string, string | number>;
}

export interface Ops {
  incidents: Map<string, Incident>;
  alerts: Map<string, Alert>;
  /** Sorted by tick; entries before `nextScheduled` have fired. */
  schedule: ScheduledIncident[];
  nextScheduled: number;
  random: RandomIncidents;
  /** Players may use `inject` (facilitators always can). */
  allowInject: boolean;
  nextIncident: number;
  nextAlert: number;
  /** `rule|subject` → id of the alert firing for it. */
  firing: Map<string, string>;
  /** `rule|subject` → first tick the symptom was seen, while it waits out the rule's `for`. */
  pending: Map<string, number>;
  /** `rule|subject` → the latest event of that kind (pruned when too old to matter). */
  marks: Map<string, EventMark>;
  outages: Map<string, HostOutage>;
  nicRepairs: Map<string, NicRepair>;
  reboots: Map<string, PendingReboot>;
  /** `host-1.cpu`, `host-1/web.memory`, `shop-web.latency` … */
  history: Map<string, MetricSeries>;
}

export function emptyOps(): Ops {
  return {
    incidents: new Map(),
    alerts: new Map(),
    schedule: [],
    nextScheduled: 0,
    random: { perHour: 0, kinds: [], afterTick: 0 },
    allowInject: false,
    nextIncident: 1,
    nextAlert: 1,
    firing: new Map(),
    pending: new Map(),
    marks: new Map(),
    outages: new Map(),
    nicRepairs: new Map(),
    reboots: new Map(),
    history: new Map(),
  };
}
