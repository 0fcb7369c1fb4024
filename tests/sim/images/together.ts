// Test helper: several command lines issued in the same tick (as several players, or
// several terminals, would), then time advanced until every one is answered.
import { EventSink, type SimEvent } from '../../../shared/sim/events.ts';
import type { World } from '../../../shared/sim/model.ts';
import { CONSOLE_ACTOR } from '../../../shared/sim/session.ts';
import { advance, runCommand } from '../../../shared/sim/step.ts';
import { fingerprint } from '../../../shared/sim/hash.ts';

export interface Answer {
  ok: boolean;
  output: string;
  error: string;
  /** Game seconds from the command to its answer. */
  ticks: number;
}

export function runTogether(world: World, lines: readonly string[], maxTicks = 3600): Answer[] {
  const tag = fingerprint(`${world.tick}|${lines.join('|')}`);
  const answers = new Map<string, Answer>();
  let waited = 0;
  const collect = (events: SimEvent[]) => {
    for (const e of events) {
      if (e.kind === 'result' && e.commandId.startsWith(tag)) answers.set(e.commandId, { ok: e.ok, output: e.output, error: e.error ?? '', ticks: waited });
    }
  };
  const sink = new EventSink();
  lines.forEach((line, i) => runCommand(world, { id: `${tag}-${i}`, actor: CONSOLE_ACTOR, line }, sink));
  collect(sink.events);
  while (answers.size < lines.length && waited < maxTicks) {
    const s = new EventSink();
    advance(world, s);
    waited++;
    collect(s.events);
  }
  return lines.map((line, i) => answers.get(`${tag}-${i}`) ?? { ok: false, output: '', error: `no answer to ${line}`, ticks: waited });
}

/** MiB that moved for the layers a pull or push report lists with `status` (`Pull complete`, `Pushed`). */
export function movedMiB(world: World, output: string, status: string): number {
  let sum = 0;
  for (const line of output.split('\n')) {
    const m = /^([0-9a-f]{12}): (.+)$/.exec(line);
    if (!m || m[2] !== status) continue;
    for (const [digest, layer] of world.layers) if (digest.startsWith(`sha256:${m[1]}`)) sum += layer.sizeMiB;
  }
  return sum;
}

/** How many report lines carry `status`. */
export function countLines(output: string, status: string): number {
  return output.split('\n').filter((l) => l.endsWith(`: ${status}`)).length;
}
