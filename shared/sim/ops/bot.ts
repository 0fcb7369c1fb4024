// Other actors of the datacenter: a CI/CD pipeline that ships releases and another team
// that starts batch work. Incidents caused by them run real command lines under their
// own name, so the event log shows who changed what (a debrief reads "ci-bot: kubectl
// set image …" right before the errors began). Bots are not bound by the scenario's
// unlocked command families: those limit the players.
import type { EventSink } from '../events.ts';
import type { World } from '../model.ts';
import { COMMAND_LOG_KEPT } from '../realism.ts';
import { FAMILIES } from '../commands/index.ts';
import { tokenize } from '../commands/tokenize.ts';
import type { Actor, Outcome } from '../commands/types.ts';

export const CI_BOT: Actor = { id: 'ci-bot', name: 'ci-bot', role: 'bot', lang: 'en' };
export const BATCH_BOT: Actor = { id: 'batch-team', name: 'batch-team', role: 'bot', lang: 'en' };

/** Whether a command log actor is one of the bots (their commands are not anyone's diagnosis). */
export function isBotName(name: string): boolean {
  return name === CI_BOT.name || name === BATCH_BOT.name;
}

/**
 * Runs one command line as a bot, logs it like any player's command and reports its
 * answer as a result event. A command that starts a job (a pull) answers later.
 */
export function botRun(world: World, line: string, sink: EventSink, actor: Actor = CI_BOT): Outcome {
  const t = tokenize(line);
  const verb = t.ok ? t.words[0] : undefined;
  const handler = verb !== undefined && Object.hasOwn(FAMILIES, verb) ? FAMILIES[verb] : undefined;
  const commandId = `${actor.id}-${world.logSeq}`;
  let outcome: Outcome;
  if (!t.ok || !handler) outcome = { ok: false, error: `${verb ?? ''}: command not found` };
  else outcome = handler({ world, actor, commandId, line, sink }, t.words.slice(1));
  const ok = 'pending' in outcome || outcome.ok;
  world.commandLog.push({ seq: world.logSeq++, tick: world.tick, actor: actor.name, line, ok });
  if (world.commandLog.length > COMMAND_LOG_KEPT) world.commandLog.splice(0, world.commandLog.length - COMMAND_LOG_KEPT);
  if (!('pending' in outcome)) {
    const base = { commandId, actor: actor.id, line, tick: world.tick };
    if (outcome.ok) sink.result({ ...base, ok: true, output: outcome.output });
    else sink.result({ ...base, ok: false, output: outcome.output ?? '', error: outcome.error });
  }
  return outcome;
}

/** Quotes a word for a command line when it holds anything a shell would split or expand. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
