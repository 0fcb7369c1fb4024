// `incidents [--all]`: the incidents the team knows about: detected or resolved ones,
// with time to detect and time to resolve. An incident nobody noticed yet is not in the
// list (only monitoring and curiosity find it); its kind and root cause stay hidden
// until it is resolved. A facilitator sees everything.
import { table } from '../../format/table.ts';
import type { Incident } from '../../ops/model.ts';
import { rootCauseText } from '../../ops/open.ts';
import { clock } from '../../units.ts';
import { f, hasFlag, parseFlags } from '../flags.ts';
import { say } from '../hint.ts';
import type { CommandContext, Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { isFacilitator, shortDuration } from './format.ts';

function row(ctx: CommandContext, i: Incident, reveal: boolean): string[] {
  const now = ctx.world.tick;
  // Status tokens stay English, as column values of a CLI table do.
  const status = i.state === 'resolved' ? 'resolved' : i.detectedTick >= 0 ? 'open' : 'undetected';
  const ttd = i.detectedTick >= 0 ? shortDuration(i.detectedTick - i.openedTick) : i.state === 'open' ? `(${shortDuration(now - i.openedTick)})` : '-';
  const ttr = i.state === 'resolved' ? shortDuration(i.resolvedTick - i.openedTick) : `(${shortDuration(now - i.openedTick)})`;
  const kind = reveal ? `${i.kind}${i.variant ? ` (${i.variant})` : ''}` : '?';
  return [i.id, status, clock(i.openedTick), ttd, ttr, kind, reveal ? i.target : '?'];
}

export const incidentsCommand: Handler = (ctx, words) => {
  const parsed = parseFlags(words, [f('all', ['--all', '-a'], false)]);
  if (!parsed.ok) return fail(`incidents: ${parsed.error}\nusage: incidents [--all]`);
  if (parsed.parsed.positionals.length > 0) return fail(`incidents: unexpected argument "${parsed.parsed.positionals[0]}"\nusage: incidents [--all]`);
  const facilitator = isFacilitator(ctx);
  const all = hasFlag(parsed.parsed, 'all');
  const list = [...ctx.world.ops.incidents.values()].filter((i) => {
    if (!facilitator && i.state === 'open' && i.detectedTick < 0) return false;
    return all || i.state === 'open' || ctx.world.tick - i.resolvedTick <= 3600;
  });
  if (list.length === 0) return ok(say(ctx, 'ops.incidents.none'));
  const rows = list.map((i) => row(ctx, i, facilitator || i.state === 'resolved'));
  const out = [table(['ID', 'STATUS', 'OPENED', 'TTD', 'TTR', 'KIND', 'TARGET'], rows)];
  const causes = list.filter((i) => facilitator || i.state === 'resolved');
  if (causes.length > 0) {
    out.push('', say(ctx, 'ops.incidents.causes'));
    for (const i of causes) out.push(`  ${i.id}: ${rootCauseText(i, ctx.actor.lang)} [${i.concepts.join(', ')}]`);
  }
  out.push('', say(ctx, 'ops.incidents.legend'));
  return ok(out.join('\n'));
};
