// `objectives`: the level's objectives with their status (met, not met, holding, FAILED),
// progress, and when each is judged; the level's headline above them.
import { levelHeadline, objectivesTable } from '../../level/present.ts';
import type { Handler } from '../types.ts';
import { fail, ok } from '../types.ts';

export const objectivesCommand: Handler = (ctx, words) => {
  if (words.length > 0) return fail('objectives: too many arguments\nUsage: objectives');
  const { world, actor } = ctx;
  if (!world.level.spec) return ok(levelHeadline(world, actor.lang));
  return ok([levelHeadline(world, actor.lang), '', objectivesTable(world, actor.lang)].join('\n'));
};
