// A terminal-like driver around a world: run a command line and get its answer, with
// time advancing while a long command (a pull) runs, as a shell blocks until it ends.
// Used by the headless runner, tests, benchmarks and bots; the room uses step() directly.
import type { CommandResultEvent, SimEvent } from './events.ts';
import { EventSink } from './events.ts';
import type { Actor } from './commands/types.ts';
import type { World } from './model.ts';
import { advance, runCommand } from './step.ts';

export const CONSOLE_ACTOR: Actor = { id: 'console', name: 'console', role: 'player', lang: 'en' };

export interface ExecResult {
  ok: boolean;
  output: string;
  error: string;
  /** Game seconds the command took (0 unless it waited for a transfer). */
  waitedTicks: number;
}

export class SimSession {
  private serial = 0;
  /** Every event seen, for tests and transcripts; cleared by takeEvents(). */
  private events: SimEvent[] = [];

  constructor(readonly world: World, private readonly actor: Actor = CONSOLE_ACTOR) {}

  /** Runs `line`; if it starts a job, advances time until the job answers (at most maxWaitTicks). */
  exec(line: string, actor: Actor = this.actor, maxWaitTicks = 6 * 3600): ExecResult {
    const id = `c${++this.serial}`;
    const sink = new EventSink();
    runCommand(this.world, { id, actor, line }, sink);
    this.events.push(...sink.events);
    let answer = sink.events.find((e): e is CommandResultEvent => e.kind === 'result' && e.commandId === id);
    let waited = 0;
    while (!answer && waited < maxWaitTicks) {
      const tickSink = new EventSink();
      advance(this.world, tickSink);
      waited++;
      this.events.push(...tickSink.events);
      answer = tickSink.events.find((e): e is CommandResultEvent => e.kind === 'result' && e.commandId === id);
    }
    if (!answer) return { ok: false, output: '', error: `no answer after ${maxWaitTicks}s of game time`, waitedTicks: waited };
    return { ok: answer.ok, output: answer.output, error: answer.error ?? '', waitedTicks: waited };
  }

  /** Advances the world by `ticks` game seconds. */
  wait(ticks: number): void {
    for (let i = 0; i < ticks; i++) {
      const sink = new EventSink();
      advance(this.world, sink);
      this.events.push(...sink.events);
    }
  }

  /** Events collected since the last call. */
  takeEvents(): SimEvent[] {
    const out = this.events;
    this.events = [];
    return out;
  }
}
