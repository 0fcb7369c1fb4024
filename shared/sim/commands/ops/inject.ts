// `inject <kind> <target> [--variant <v>] [--at <time>]`: a facilitator (or anyone, where
// the scenario allows it) starts an incident now or at a game time (`--at 10m`, or
// `--at +90s` from now). Everything is checked first; a refused injection changes nothing.
import { clock, parseDurationSeconds } from '../../units.ts';
import { INCIDENT_KINDS } from '../../ops/model.ts';
import { checkInjection, openIncident } from '../../ops/open.ts';
import { f, flag, parseFlags } from '../flags.ts';
import { failWithHint, say } from '../hint.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';
import { isFacilitator } from './format.ts';

const USAGE = 'usage: inject <kind> <target> [--variant <variant>] [--at <time>|+<delay>]';
const SPECS = [f('variant', ['--variant']), f('at', ['--at'])];

/** The tick `--at` names: `10m` is a game time, `+90s` a delay from now. */
function atTick(text: string, now: number): number | null {
  const relative = text.startsWith('+');
  const s = parseDurationSeconds(relative ? text.slice(1) : text);
  if (s === null) return null;
  return relative ? now + s : s;
}

export const injectCommand: Handler = (ctx, words) => {
  const world = ctx.world;
  if (!world.ops.allowInject && !isFacilitator(ctx)) {
    return failWithHint(ctx, 'inject: permission denied: only a facilitator can inject incidents in this scenario', 'ops.hint.injectDenied');
  }
  const parsed = parseFlags(words, SPECS);
  if (!parsed.ok) return fail(`inject: ${parsed.error}\n${USAGE}`);
  const p = parsed.parsed;
  const [kind, target, extra] = p.positionals;
  if (kind === undefined || target === undefined) return fail(`${USAGE}\nkinds: ${INCIDENT_KINDS.join(', ')}`);
  if (extra !== undefined) return fail(`inject: unexpected argument "${extra}"\n${USAGE}`);
  const checked = checkInjection(world, kind, target, flag(p, 'variant') ?? '');
  if (!checked.ok) return fail(`inject: ${checked.error}`);
  const atText = flag(p, 'at');
  const source = ctx.actor.name;
  if (atText !== undefined) {
    const at = atTick(atText, world.tick);
    if (at === null) return fail(`inject: invalid time "${atText}": use a game time such as 10m or 1h30m, or a delay such as +90s`);
    if (at < world.tick) return fail(`inject: ${atText} is in the past (the game time is ${clock(world.tick)})`);
    if (at > world.tick) {
      const ops = world.ops;
      let i = ops.nextScheduled;
      while (i < ops.schedule.length && (ops.schedule[i]?.atTick ?? 0) <= at) i++;
      ops.schedule.splice(i, 0, { atTick: at, kind: checked.def.id, target, variant: checked.variant, source });
      return ok(say(ctx, 'ops.inject.scheduled', { kind: checked.def.id, target, at: clock(at), in: at - world.tick }));
    }
  }
  const incident = openIncident(world, checked.def, target, checked.variant, source, ctx.sink);
  const variant = incident.variant ? ` (${incident.variant})` : '';
  return ok(say(ctx, 'ops.inject.opened', { id: incident.id, kind: `${incident.kind}${variant}`, target: incident.target }));
};
