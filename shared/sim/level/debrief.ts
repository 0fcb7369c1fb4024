// The debrief of a level as data and text: the result, each objective, the score's parts,
// a timeline of incidents with time to detect and resolve, the commands that changed the
// world, and the concepts involved with the first line of their lesson. Pure: the runner
// prints its text, the browser client will render its data.
import { translate, type Lang } from '../../i18n/index.ts';
import { dollarsText } from '../economy/summary.ts';
import type { World } from '../model.ts';
import { clock, humanDuration } from '../units.ts';
import { percentText, targetText } from './format.ts';
import type { LevelEndReason, ScoreBreakdown } from './model.ts';
import { levelHeadline, objectivesTable } from './present.ts';
import { isReadOnlyCommand } from './readOnly.ts';
import { computeScore } from './score.ts';

export interface DebriefIncident {
  id: string;
  kind: string;
  target: string;
  openedTick: number;
  /** Ticks from opening to detection / resolution; -1 when it did not happen (by the end). */
  ttdTicks: number;
  ttrTicks: number;
  detectedBy: string;
  rootCause: string;
}

export interface Debrief {
  ended: boolean;
  won: boolean;
  stars: number;
  score: number;
  endReason: LevelEndReason | null;
  endedTick: number;
  objectives: { id: string; title: string; met: boolean; failed: boolean; progress: string }[];
  breakdown: ScoreBreakdown;
  incidents: DebriefIncident[];
  commands: { tick: number; actor: string; line: string }[];
  concepts: { id: string; title: string; summary: string }[];
  /** The level's own lesson (its debrief text in the scenario), '' outside levels. */
  lesson: string;
  /** The whole debrief as the runner prints it. */
  text: string;
}

function incidentsUntil(world: World, at: number): DebriefIncident[] {
  const out: DebriefIncident[] = [];
  for (const inc of world.ops.incidents.values()) {
    if (inc.openedTick >= at) continue;
    const detected = inc.detectedTick >= 0 && inc.detectedTick <= at;
    const resolved = inc.state === 'resolved' && inc.resolvedTick >= 0 && inc.resolvedTick <= at;
    out.push({
      id: inc.id,
      kind: inc.kind,
      target: inc.target,
      openedTick: inc.openedTick,
      ttdTicks: detected ? inc.detectedTick - inc.openedTick : -1,
      ttrTicks: resolved ? inc.resolvedTick - inc.openedTick : -1,
      detectedBy: inc.detectedBy ?? '',
      rootCause: inc.rootCause,
    });
  }
  return out;
}

/** Level concepts first, then those the incidents touched, each once. */
function conceptIds(world: World, incidents: readonly DebriefIncident[]): string[] {
  const ids = [...(world.level.spec?.concepts ?? [])];
  for (const i of incidents) for (const c of world.ops.incidents.get(i.id)?.concepts ?? []) if (!ids.includes(c)) ids.push(c);
  return ids;
}

function scoreLines(lang: Lang, b: ScoreBreakdown, world: World): string[] {
  const t = (k: string, p: Record<string, string | number> = {}): string => translate(lang, `level.end.${k}`, p);
  const stars = world.level.spec?.stars ?? { one: 0, two: 0, three: 0 };
  const lines = [`  ${t('profit', { profit: dollarsText(b.profitCents), points: b.profitPoints })}`, `  ${t('slo', { points: b.sloPoints })}`];
  for (const s of b.services) {
    lines.push(`    ${t('sloService', { name: s.name, availability: percentText(s.availabilityMilliPercent), target: targetText(s.targetMilliPercent), points: s.points })}`);
  }
  lines.push(`  ${t('incidents', { points: b.incidentPenalty })}`, `  ${t('hints', { points: b.hintCost })}`);
  lines.push(`  ${t('total', { score: b.total, one: stars.one, two: stars.two, three: stars.three, stars: world.level.stars })}`);
  return lines;
}

function incidentLines(lang: Lang, incidents: readonly DebriefIncident[]): string[] {
  const t = (k: string, p: Record<string, string | number> = {}): string => translate(lang, `level.end.${k}`, p);
  if (incidents.length === 0) return [`  ${t('noIncidents')}`];
  const span = (ticks: number): string => (ticks < 0 ? t('never') : t('after', { duration: humanDuration(ticks) }));
  return incidents.flatMap((i) => [
    `  ${t('incident', { opened: clock(i.openedTick), id: i.id, kind: i.kind, target: i.target, ttd: span(i.ttdTicks), ttr: span(i.ttrTicks) })}`,
    ...(i.rootCause ? [`    ${t('rootCause', { cause: i.rootCause })}`] : []),
  ]);
}

/** The debrief of the world's level in `lang`, as of its end (or now, if it has not ended). */
export function buildDebrief(world: World, lang: Lang): Debrief {
  const level = world.level;
  const spec = level.spec;
  const at = level.ended ? level.endedTick : world.tick;
  const breakdown = level.breakdown ?? (spec ? computeScore(world, spec, level.hintsTaken, at) : computeScoreless());
  const incidents = incidentsUntil(world, at);
  const commands = world.commandLog.filter((e) => e.ok && (!level.ended || e.tick < at) && !isReadOnlyCommand(e.line)).map((e) => ({ tick: e.tick, actor: e.actor, line: e.line }));
  const concepts = conceptIds(world, incidents).map((id) => ({
    id,
    title: translate(lang, `concepts.${id}.title`),
    summary: translate(lang, `concepts.${id}.body`).split('\n')[0] ?? '',
  }));
  const objectives = (spec?.objectives ?? []).map((o, i) => {
    const s = level.objectives[i];
    return { id: o.id, title: o.title[lang], met: s?.met ?? false, failed: s?.failed ?? false, progress: s?.progress ?? '' };
  });
  const t = (k: string): string => translate(lang, `level.end.${k}`);
  const text = [
    `== ${translate(lang, 'level.label.debrief')} ==`,
    levelHeadline(world, lang),
    ...(level.endReason ? [`(${t(`reason.${level.endReason}`)})`] : []),
    '',
    ...(spec ? [spec.debrief[lang], ''] : []),
    `${t('objectives')}:`,
    objectivesTable(world, lang),
    '',
    `${t('score')}:`,
    ...scoreLines(lang, breakdown, world),
    '',
    `${t('timeline')}:`,
    ...incidentLines(lang, incidents),
    '',
    `${t('commands')}:`,
    ...(commands.length ? commands.map((c) => `  [${clock(c.tick)}] ${c.actor}$ ${c.line}`) : [`  ${t('noCommands')}`]),
    '',
    `${t('concepts')}:`,
    ...concepts.map((c) => `  ${c.id} — ${c.title}: ${c.summary}`),
  ].join('\n');
  return { ended: level.ended, won: level.won, stars: level.stars, score: level.score, endReason: level.endReason, endedTick: level.endedTick, objectives, breakdown, incidents, commands, concepts, lesson: spec ? spec.debrief[lang] : '', text };
}

function computeScoreless(): ScoreBreakdown {
  return { profitCents: 0, profitPoints: 0, sloPoints: 0, services: [], incidentPenalty: 0, hintCost: 0, total: 0 };
}
