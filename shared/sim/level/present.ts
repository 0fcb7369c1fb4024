// How a level reads to a player, in either language: the header line (level, time left
// or the result) and the objectives table. Shared by `status`, `objectives` and the debrief.
import { translate, type Lang } from '../../i18n/index.ts';
import { table } from '../format/table.ts';
import type { World } from '../model.ts';
import { clock } from '../units.ts';
import type { ObjectiveSpec, ObjectiveState } from './model.ts';

/** `Level 1: Bare metal — 0h12m30s left of 0h20m00s`, or the result once it ended. */
export function levelHeadline(world: World, lang: Lang): string {
  const level = world.level;
  const spec = level.spec;
  if (!spec) return translate(lang, 'level.label.notALevel');
  const head = translate(lang, 'level.label.level', { number: spec.number, title: world.scenario.title[lang] });
  if (!level.ended) {
    const left = Math.max(0, level.durationTicks - world.tick);
    return `${head} — ${translate(lang, 'level.label.timeLeft', { left: clock(left), total: clock(level.durationTicks) })}`;
  }
  return `${head} — ${resultLine(world, lang)} (${translate(lang, 'level.label.ended', { at: clock(level.endedTick) })})`;
}

/** `WON: 2 of 3 stars, score 1234`. */
export function resultLine(world: World, lang: Lang): string {
  const l = world.level;
  return translate(lang, 'level.label.result', { outcome: translate(lang, l.won ? 'level.label.won' : 'level.label.lost'), stars: l.stars, score: l.score });
}

/** The status word of one objective: met / not met for end-objectives, holding / FAILED for always ones. */
export function objectiveStatus(spec: ObjectiveSpec, state: ObjectiveState, lang: Lang): string {
  if (state.failed) return translate(lang, 'level.objectives.failed');
  if (spec.mode === 'always') return translate(lang, 'level.objectives.holding');
  return translate(lang, state.met ? 'level.objectives.met' : 'level.objectives.notMet');
}

/** When the objective is judged, in words. */
export function objectiveWhen(spec: ObjectiveSpec, lang: Lang): string {
  if (spec.mode === 'end') return translate(lang, 'level.objectives.atEnd');
  if (spec.fromTick > 0) return translate(lang, 'level.objectives.alwaysFrom', { from: clock(spec.fromTick) });
  return translate(lang, 'level.objectives.always');
}

/** The objectives as a table: id, status, progress, title (and when it is judged). */
export function objectivesTable(world: World, lang: Lang): string {
  const spec = world.level.spec;
  if (!spec) return translate(lang, 'level.label.notALevel');
  const h = (k: string): string => translate(lang, `level.objectives.header.${k}`);
  const rows = spec.objectives.map((o, i) => {
    const state = world.level.objectives[i] as ObjectiveState;
    return [o.id, objectiveStatus(o, state, lang), state.progress || '-', `${o.title[lang]} (${objectiveWhen(o, lang)})`];
  });
  return table([h('id'), h('status'), h('progress'), h('objective')], rows);
}

/** How many objectives count as met right now. */
export function metCount(world: World): number {
  return world.level.objectives.filter((o) => o.met && !o.failed).length;
}
