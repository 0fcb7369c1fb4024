// `alerts [--all]`: the alerts firing now (with `--all`, recently resolved ones too), as
// an on-call tool lists them: id, severity, rule, subject, for how long, and who has
// acknowledged it. Summaries are in the reader's language.
import { table } from '../../format/table.ts';
import type { Alert } from '../../ops/model.ts';
import { f, hasFlag, parseFlags } from '../flags.ts';
import { say } from '../hint.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { shortDuration } from './format.ts';

/** As amtool prints states: English tokens that keep the columns aligned in any language. */
function stateText(now: number, a: Alert): string {
  if (a.resolvedTick >= 0) return `resolved ${shortDuration(now - a.resolvedTick)} ago`;
  if (a.ackedBy !== null) return `acked by ${a.ackedBy}`;
  return 'firing';
}

export const alertsCommand: Handler = (ctx, words) => {
  const parsed = parseFlags(words, [f('all', ['--all', '-a'], false)]);
  if (!parsed.ok) return fail(`alerts: ${parsed.error}\nusage: alerts [--all]`);
  if (parsed.parsed.positionals.length > 0) return fail(`alerts: unexpected argument "${parsed.parsed.positionals[0]}"\nusage: alerts [--all]`);
  const all = hasFlag(parsed.parsed, 'all');
  const list = [...ctx.world.ops.alerts.values()].filter((a) => all || a.resolvedTick < 0);
  if (list.length === 0) return ok(say(ctx, all ? 'ops.alerts.none' : 'ops.alerts.noneFiring'));
  // Critical first, then oldest first: what to look at before what.
  list.sort((a, b) => (a.resolvedTick >= 0 ? 1 : 0) - (b.resolvedTick >= 0 ? 1 : 0) || (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1) || a.firingSinceTick - b.firingSinceTick);
  const rows = list.map((a) => [a.id, a.severity, a.rule, a.subject, shortDuration(ctx.world.tick - a.firingSinceTick), stateText(ctx.world.tick, a), say(ctx, `ops.alert.${a.rule}`, a.params)]);
  return ok(table(['ID', 'SEVERITY', 'RULE', 'SUBJECT', 'SINCE', 'STATE', 'SUMMARY'], rows));
};
