// `hint [<id>]`: the level's hints with their cost in score points, or one hint's text
// in the player's language. Reading a hint costs its points once, while the level runs.
import { table } from '../../format/table.ts';
import type { LevelSpec } from '../../level/model.ts';
import { failWithHint, say } from '../hint.ts';
import type { CommandContext, Handler, Outcome } from '../types.ts';
import { fail, ok } from '../types.ts';

function list(ctx: CommandContext, spec: LevelSpec): Outcome {
  const h = (k: string): string => say(ctx, `level.hint.header.${k}`);
  const rows = spec.hints.map((x) => [x.id, String(x.cost), say(ctx, ctx.world.level.hintsTaken.includes(x.id) ? 'level.hint.taken' : 'level.hint.notTaken')]);
  return ok([table([h('id'), h('cost'), h('status')], rows), '', say(ctx, 'level.hint.usage')].join('\n'));
}

export const hintCommand: Handler = (ctx, words) => {
  const level = ctx.world.level;
  const spec = level.spec;
  if (!spec || spec.hints.length === 0) return failWithHint(ctx, say(ctx, 'level.hint.none'), 'level.hint.noneHint');
  if (words.length === 0) return list(ctx, spec);
  if (words.length > 1) return fail(say(ctx, 'level.hint.usageError'));
  const id = words[0] as string;
  const found = spec.hints.find((x) => x.id === id);
  if (!found) return failWithHint(ctx, say(ctx, 'level.hint.unknown', { id, ids: spec.hints.map((x) => x.id).join(', ') }), 'level.hint.unknownHint');
  let note: string;
  if (level.hintsTaken.includes(id)) {
    note = say(ctx, 'level.hint.again');
  } else if (level.ended) {
    note = say(ctx, 'level.hint.over');
  } else {
    level.hintsTaken.push(id);
    note = say(ctx, 'level.hint.cost', { cost: found.cost });
  }
  return ok(`${found.text[ctx.actor.lang]}\n${note}`);
};
