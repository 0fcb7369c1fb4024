// What a step reports besides the new world: answers to commands (some arrive ticks
// later, when the long-running work they started finishes) and notable happenings
// for logs, the UI and, later, scoring.

export interface CommandResultEvent {
  kind: 'result';
  /** The id the caller gave the command (protocol `id`). */
  commandId: string;
  actor: string;
  line: string;
  ok: boolean;
  /** What the real tool would print on stdout. */
  output: string;
  /** What it would print on stderr, when it failed. */
  error?: string;
  /** Tick at which the answer was produced. */
  tick: number;
}

export interface HappeningEvent {
  kind: 'happening';
  tick: number;
  /** Machine-readable type, e.g. `container-oom-killed`, `vm-booted`. */
  type: string;
  /** The entity it concerns (container name, VM name, host id). */
  subject: string;
  detail: string;
}

export type SimEvent = CommandResultEvent | HappeningEvent;

/** Collects events during a step; passed to commands and systems. */
export class EventSink {
  readonly events: SimEvent[] = [];

  result(e: Omit<CommandResultEvent, 'kind'>): void {
    this.events.push({ kind: 'result', ...e });
  }

  happened(tick: number, type: string, subject: string, detail: string): void {
    this.events.push({ kind: 'happening', tick, type, subject, detail });
  }
}
