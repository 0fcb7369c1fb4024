// A level's progress (data only): what the scenario asks (objectives, stars, hints,
// texts, all durations already in ticks), objectives checked every tick, hints taken,
// the end of the level, its score and stars. docs/scenarios.md describes the fields.

export interface LocalText {
  en: string;
  ko: string;
}

/**
 * `end`: judged when the level ends (it may come and go before). `always`: must hold on
 * every tick from `fromTick` on; the first violation fails it for good and loses the level.
 */
export type ObjectiveMode = 'end' | 'always';

/** What an objective checks; every kind is evaluated on the world each tick. */
export type ObjectiveCheck =
  | { kind: 'service-availability'; service: string; minMilliPercent: number; windowTicks: number }
  | { kind: 'service-latency'; service: string; maxMs: number; windowTicks: number }
  | { kind: 'running'; selector: Record<string, string>; image: string; on: string; machine: 'any' | 'bare-metal' | 'vm'; min: number }
  | { kind: 'max-hosts'; n: number }
  | { kind: 'budget-never-below'; cents: number }
  | { kind: 'no-oom-kills' }
  | { kind: 'incident-resolved'; incidentKind: string; incidentId: string }
  | { kind: 'deployment-available'; name: string; replicas: number }
  | { kind: 'image-in-registry'; ref: string; registry: string }
  | { kind: 'command-used'; pattern: string }
  | { kind: 'vm-count'; min: number; max: number; os: string }
  /** Always: no volume mounted by a container carrying these labels loses its data (a failed disk). */
  | { kind: 'volume-data-kept'; selector: Record<string, string> };

export interface ObjectiveSpec {
  id: string;
  title: LocalText;
  mode: ObjectiveMode;
  /** Always-objectives are checked from this tick on (0: from the start). */
  fromTick: number;
  check: ObjectiveCheck;
}

export interface HintSpec {
  id: string;
  /** Score points the hint costs once taken. */
  cost: number;
  text: LocalText;
}

/** Weights of the score formula (docs/scoring.md). */
export interface ScoringSpec {
  /** Profit in cents that is worth one point. */
  centsPerPoint: number;
  /** Points for meeting every service's SLO over the level. */
  sloPoints: number;
  /** Most an incident can cost when it is detected and resolved too late. */
  incidentPoints: number;
  /** Detection later than this costs the full detection share, ticks. */
  detectWithinTicks: number;
  /** Resolution later than this (or never) costs the full resolution share, ticks. */
  resolveWithinTicks: number;
}

export interface LevelSpec {
  number: number;
  concepts: string[];
  briefing: LocalText;
  debrief: LocalText;
  endWhenMet: boolean;
  objectives: ObjectiveSpec[];
  stars: { one: number; two: number; three: number };
  hints: HintSpec[];
  scoring: ScoringSpec;
}

/**
 * Rolling sums over the last `size` ticks: each tick's pair (a, b) goes into a ring
 * slot and the sums are kept up to date, so a window costs O(1) per tick.
 */
export interface WindowSums {
  a: number[];
  b: number[];
  cursor: number;
  /** Ticks sampled so far, capped at the ring size. */
  filled: number;
  sumA: number;
  sumB: number;
  /** Cumulative counters read last tick, when samples are differences of running totals. */
  prevA: number;
  prevB: number;
}

export interface ObjectiveState {
  id: string;
  /** Currently satisfied. */
  met: boolean;
  /** Broken for good (an "always" objective that was violated). */
  failed: boolean;
  /** Short progress text for the HUD (`99.2% / 99.0%`). */
  progress: string;
  /** Tick of the violation that failed it (-1: none). */
  failedTick: number;
  /** Sampled window of a service objective (null for other kinds). */
  ring: WindowSums | null;
  /** Position in the command log already scanned (command-used). */
  seenLogSeq: number;
}

/** The parts of the score, as docs/scoring.md defines them (points, integers). */
export interface ScoreBreakdown {
  profitCents: number;
  profitPoints: number;
  sloPoints: number;
  /** Per service: availability over the level in milli-percent (100000 = 100 %), target and points. */
  services: { name: string; availabilityMilliPercent: number; targetMilliPercent: number; points: number }[];
  incidentPenalty: number;
  hintCost: number;
  total: number;
}

export type LevelEndReason = 'time' | 'met' | 'failed';

export interface LevelState {
  /** Scenario defines objectives: the run is a level that can be won or lost. */
  isLevel: boolean;
  durationTicks: number;
  objectives: ObjectiveState[];
  hintsTaken: string[];
  ended: boolean;
  endedTick: number;
  won: boolean;
  score: number;
  stars: number;
  /** Why the level ended (null while it runs). */
  endReason: LevelEndReason | null;
  /** The score's parts at the end (null while it runs). */
  breakdown: ScoreBreakdown | null;
  /** What the scenario asks; null when the scenario is not a level. */
  spec: LevelSpec | null;
}

export function emptyLevel(): LevelState {
  return {
    isLevel: false,
    durationTicks: 0,
    objectives: [],
    hintsTaken: [],
    ended: false,
    endedTick: -1,
    won: false,
    score: 0,
    stars: 0,
    endReason: null,
    breakdown: null,
    spec: null,
  };
}
