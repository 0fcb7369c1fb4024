// Level per tick: objectives checked on the world, the end of the level, score and stars.
// Runs last in the tick, after money, so it judges the world this tick produced. Worlds
// that are not levels (the sandbox, the benchmark) return at once.
import type { EventSink } from '../../events.ts';
import type { World } from '../../model.ts';
import { evaluateCheck } from '../checks.ts';
import type { LevelEndReason, LevelSpec, LevelState } from '../model.ts';
import { computeScore, starsFor } from '../score.ts';

/** Updates every objective's met/failed/progress for this tick. */
function evaluateObjectives(world: World, spec: LevelSpec, level: LevelState, sink: EventSink): void {
  for (let i = 0; i < spec.objectives.length; i++) {
    const o = spec.objectives[i];
    const state = level.objectives[i];
    if (!o || !state || state.failed) continue;
    const r = evaluateCheck(world, o.check, state, sink);
    state.progress = r.progress;
    if (o.mode === 'end') {
      state.met = r.met;
    } else if (world.tick >= o.fromTick && r.violated) {
      state.met = false;
      state.failed = true;
      state.failedTick = world.tick;
      sink.happened(world.tick, 'objective-failed', o.id, r.progress);
    } else {
      // An always-objective holds as long as it has not been broken.
      state.met = true;
    }
  }
}

/** Ends the level now: freezes the result, the score and the stars, and reports it. */
export function endLevel(world: World, reason: LevelEndReason, sink: EventSink): void {
  const level = world.level;
  const spec = level.spec;
  if (!spec || level.ended) return;
  const at = world.tick + 1;
  level.ended = true;
  level.endedTick = at;
  level.endReason = reason;
  level.won = reason !== 'failed' && level.objectives.every((o) => o.met && !o.failed);
  level.breakdown = computeScore(world, spec, level.hintsTaken, at);
  level.score = level.breakdown.total;
  level.stars = starsFor(level.score, level.won, spec.stars);
  // Name what lost it: the broken always-objectives, or else those not met at the end.
  const broken = level.objectives.filter((o) => o.failed);
  const missed = (broken.length ? broken : level.objectives.filter((o) => !o.met)).map((o) => o.id);
  const outcome = level.won ? 'won' : `lost (${missed.join(', ')})`;
  sink.happened(at, 'level-ended', world.scenario.id, `${outcome}: ${level.stars} star${level.stars === 1 ? '' : 's'}, score ${level.score}`);
}

export function advanceLevel(world: World, sink: EventSink): void {
  const level = world.level;
  const spec = level.spec;
  if (!level.isLevel || !spec || level.ended) return;
  evaluateObjectives(world, spec, level, sink);
  if (level.objectives.some((o) => o.failed)) {
    endLevel(world, 'failed', sink);
  } else if (world.tick + 1 >= level.durationTicks) {
    endLevel(world, 'time', sink);
  } else if (spec.endWhenMet && level.objectives.every((o) => o.met)) {
    endLevel(world, 'met', sink);
  }
}
