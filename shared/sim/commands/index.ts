// The command registry: the first word of a line picks a family (`host`, `vm`,
// `docker`, …); the scenario decides which families are unlocked. `help` and
// `explain` are always available, since they teach and change nothing, and so are the
// level's `status`, `objectives` and `hint`, which are about the game itself.
import { tokenize } from './tokenize.ts';
import type { CommandContext, Handler, Outcome } from './types.ts';
import { fail } from './types.ts';
import { hostCommand } from './host/index.ts';
import { vmCommand } from './vm/index.ts';
import { dockerCommand } from './docker/index.ts';
import { helpCommand } from './help.ts';
import { explainCommand } from './explain.ts';
import { editCommand } from './edit.ts';
import { injectCommand } from './ops/inject.ts';
import { alertsCommand } from './ops/alerts.ts';
import { alertCommand } from './ops/alert.ts';
import { incidentsCommand } from './ops/incidents.ts';
import { kubectlCommand } from './kubectl/index.ts';
import { serviceCommand } from './service/index.ts';
import { statusCommand } from './level/status.ts';
import { objectivesCommand } from './level/objectives.ts';
import { hintCommand } from './level/hint.ts';

export const FAMILIES: Record<string, Handler> = {
  host: hostCommand,
  vm: vmCommand,
  docker: dockerCommand,
  help: helpCommand,
  explain: explainCommand,
  edit: editCommand,
  inject: injectCommand,
  alerts: alertsCommand,
  alert: alertCommand,
  incidents: incidentsCommand,
  kubectl: kubectlCommand,
  service: serviceCommand,
  status: statusCommand,
  objectives: objectivesCommand,
  hint: hintCommand,
};

// `inject` checks its own permission (the scenario's allowInject, or a facilitator).
const ALWAYS_UNLOCKED = new Set(['help', 'explain', 'status', 'objectives', 'hint', 'inject']);

/** Whether the scenario lets players use a command family. */
export function isUnlocked(unlocked: readonly string[], family: string): boolean {
  return ALWAYS_UNLOCKED.has(family) || unlocked.includes('*') || unlocked.includes(family);
}

/** Parses and runs one command line against the world (validate first, then apply). */
export function runLine(ctx: CommandContext): Outcome {
  const t = tokenize(ctx.line);
  if (!t.ok) return fail(`syntax error: ${t.error}`);
  const [verb, ...rest] = t.words;
  if (!verb) return fail('empty command: type "help" to see the commands');
  const handler = Object.hasOwn(FAMILIES, verb) ? FAMILIES[verb] : undefined;
  if (!handler) return fail(`${verb}: command not found (type "help" to see the commands)`);
  if (!isUnlocked(ctx.world.scenario.unlocked, verb)) {
    return fail(`${verb}: not available in this scenario (unlocked: ${ctx.world.scenario.unlocked.join(', ')})`);
  }
  return handler(ctx, rest);
}
