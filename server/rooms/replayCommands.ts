// Rebuilds a world from its seed and its ordered command log: the checkpoint a crashed
// or restarted server resumes from, and the proof that a stored game replays
// bit-exactly. It runs commands exactly as the room does — each at the tick it was
// run, before that tick's systems advance.
import { EventSink } from '../../shared/sim/events.ts';
import type { World } from '../../shared/sim/model.ts';
import type { ScenarioFile } from '../../shared/sim/scenario/schema.ts';
import { advance, runCommand } from '../../shared/sim/step.ts';
import { createWorld } from '../../shared/sim/world.ts';
import type { Lang } from '../../shared/sim/commands/types.ts';

/** One entry of a stored command log (the shape the session recorder writes). */
export interface LoggedCommand {
  seq: number;
  tick: number;
  actorId: string;
  actorName: string;
  role: string;
  lang: Lang;
  line: string;
  /** Only `command` entries reach the simulation; annotations and session commands do not. */
  kind: string;
}

/** The id the room gives the simulation for the command at log position `seq`. */
export function simCommandId(seq: number): string {
  return `c${seq}`;
}

/**
 * The world after replaying `commands` from tick 0 up to `untilTick` (the tick the
 * stored game had reached). Commands must be ordered by `seq`.
 */
export function replayCommands(scenario: ScenarioFile, seed: number, commands: readonly LoggedCommand[], untilTick: number): World {
  const world = createWorld(scenario, seed);
  const sink = new EventSink();
  let next = 0;
  const sim = commands.filter((c) => c.kind === 'command');
  for (;;) {
    while (next < sim.length && (sim[next] as LoggedCommand).tick <= world.tick) {
      const c = sim[next++] as LoggedCommand;
      runCommand(world, { id: simCommandId(c.seq), line: c.line, actor: { id: c.actorId, name: c.actorName, role: c.role, lang: c.lang } }, sink);
    }
    if (world.tick >= untilTick) break;
    advance(world, sink);
    sink.events.length = 0;
  }
  return world;
}
