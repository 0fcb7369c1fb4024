// Room-wide figures into GameState: money from the economy, and for a level its
// objectives (titles in both languages from the level spec, progress text as the
// `objectives` command shows it), hints taken, the result, and the score and stars —
// final once the level ended, else as they stand (the score `status` shows, and the
// stars it would earn if the level ended now with the objectives as they are).
import type { World } from '../../../shared/sim/model.ts';
import { economySummary } from '../../../shared/sim/economy/summary.ts';
import { computeScore, starsFor } from '../../../shared/sim/level/score.ts';
import type { GameState } from '../../../shared/schema/GameState.ts';
import { ObjectiveState } from '../../../shared/schema/ObjectiveState.ts';
import { clampUint } from './quantise.ts';

function projectMoney(world: World, g: GameState): void {
  const e = economySummary(world);
  if (g.balanceCents !== e.balanceCents) g.balanceCents = e.balanceCents;
  if (g.revenueCents !== e.revenueCents) g.revenueCents = e.revenueCents;
  if (g.costCents !== e.costCents) g.costCents = e.costCents;
}

function projectObjectives(world: World, g: GameState): void {
  const spec = world.level.spec;
  if (!spec) return;
  // The spec's objectives never change during a game: the entries are added once.
  while (g.objectives.length < spec.objectives.length) g.objectives.push(new ObjectiveState());
  spec.objectives.forEach((o, i) => {
    const s = g.objectives[i] as ObjectiveState;
    const state = world.level.objectives[i];
    if (s.id !== o.id) s.id = o.id;
    if (s.en !== o.title.en) s.en = o.title.en;
    if (s.ko !== o.title.ko) s.ko = o.title.ko;
    const met = state?.met === true;
    if (s.met !== met) s.met = met;
    const failed = state?.failed === true;
    if (s.failed !== failed) s.failed = failed;
    const progress = state?.progress ?? '';
    if (s.progress !== progress) s.progress = progress;
  });
}

function projectLevel(world: World, g: GameState, outcomeShown: boolean): void {
  const level = world.level;
  if (g.isLevel !== level.isLevel) g.isLevel = level.isLevel;
  if (g.durationTicks !== level.durationTicks) g.durationTicks = level.durationTicks;
  // Until the room has stored the result, a finished level still looks like it is running.
  const ended = level.ended && outcomeShown;
  if (g.ended !== ended) g.ended = ended;
  const won = ended && level.won;
  if (g.won !== won) g.won = won;
  const hints = clampUint(level.hintsTaken.length, 255);
  if (g.hintsTaken !== hints) g.hintsTaken = hints;
  const spec = level.spec;
  let score = level.score;
  let stars = level.stars;
  if (spec && !level.ended) {
    score = computeScore(world, spec, level.hintsTaken, world.tick).total;
    const wonNow = level.objectives.every((o) => o.met && !o.failed);
    stars = starsFor(score, wonNow, spec.stars);
  }
  if (g.score !== score) g.score = score;
  const starCount = clampUint(stars, 255);
  if (g.stars !== starCount) g.stars = starCount;
  projectObjectives(world, g);
}

export function projectGame(world: World, g: GameState, outcomeShown = true): void {
  projectMoney(world, g);
  projectLevel(world, g, outcomeShown);
}
