// The simulation's one entry point per tick: run the commands received for this tick
// in order, then advance every system by one game second in a fixed order. Depends
// only on its arguments; the same world and commands always give the same result.
import { EventSink, type SimEvent } from './events.ts';
import { runLine } from './commands/index.ts';
import type { CommandInput, Outcome } from './commands/types.ts';
import type { World } from './model.ts';
import { COMMAND_LOG_KEPT } from './realism.ts';
import { advanceTransfers } from './systems/transfers.ts';
import { advanceLifecycle } from './systems/lifecycle.ts';
import { advanceResources } from './systems/resources.ts';
import { advanceControlPlane } from './k8s/systems/controlPlane.ts';
import { advanceIncidents } from './ops/systems/incidents.ts';
import { advanceTraffic } from './services/systems/traffic.ts';
import { advanceServing } from './services/systems/serving.ts';
import { advanceAlerts } from './ops/systems/alerts.ts';
import { advanceHistory } from './ops/systems/history.ts';
import { advanceMoney } from './economy/systems/money.ts';
import { advanceLevel } from './level/systems/objectives.ts';

export interface StepResult {
  events: SimEvent[];
}

function record(world: World, input: CommandInput, ok: boolean): void {
  world.commandLog.push({ seq: world.logSeq++, tick: world.tick, actor: input.actor.name, line: input.line, ok });
  if (world.commandLog.length > COMMAND_LOG_KEPT) world.commandLog.splice(0, world.commandLog.length - COMMAND_LOG_KEPT);
}

/**
 * Runs one command now, at the world's current tick. A finished answer is reported at
 * once as a `result` event; a pending one (a pull) is reported when its job ends.
 */
export function runCommand(world: World, input: CommandInput, sink: EventSink): Outcome {
  let outcome: Outcome;
  try {
    outcome = runLine({ world, actor: input.actor, commandId: input.id, line: input.line, sink });
  } catch (err) {
    // A handler bug must not take the room down; the world may be half-changed, which
    // the property tests exist to prevent, but the player gets an answer either way.
    outcome = { ok: false, error: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
  if ('pending' in outcome) {
    record(world, input, true);
    return outcome;
  }
  record(world, input, outcome.ok);
  const base = { commandId: input.id, actor: input.actor.id, line: input.line, tick: world.tick };
  if (outcome.ok) sink.result({ ...base, ok: true, output: outcome.output });
  else sink.result({ ...base, ok: false, output: outcome.output ?? '', error: outcome.error });
  return outcome;
}

/** Advances the systems by one tick (one game second), in their fixed order. */
export function advance(world: World, sink: EventSink): void {
  advanceTransfers(world, sink);
  advanceLifecycle(world, sink);
  advanceControlPlane(world, sink);
  advanceIncidents(world, sink);
  advanceTraffic(world, sink);
  advanceResources(world, sink);
  advanceServing(world, sink);
  advanceAlerts(world, sink);
  advanceHistory(world, sink);
  advanceMoney(world, sink);
  advanceLevel(world, sink);
  world.tick++;
}

/** Commands of this tick (already ordered by arrival), then one tick of the systems. */
export function step(world: World, commands: readonly CommandInput[]): StepResult {
  const sink = new EventSink();
  for (const c of commands) runCommand(world, c, sink);
  advance(world, sink);
  return { events: sink.events };
}
