// The level's score (docs/scoring.md): profit, plus SLO attainment per service, minus
// what incidents cost by how late they were detected and resolved, minus hints taken.
// Integer arithmetic only, so the same run always gives the same score.
import { economySummary } from '../economy/summary.ts';
import type { World } from '../model.ts';
import type { LevelSpec, ScoreBreakdown } from './model.ts';
import { runRequests } from './serviceSample.ts';

/**
 * Share of `points` a service earns: all of it while its bad requests stay within the
 * error budget, falling linearly to none at three times the budget. Units: permille.
 */
export function sloShare(points: number, good: number, total: number, targetPermille: number): number {
  if (total <= 0) return points;
  const bad = (total - good) * 1000;
  const allowed = total * (1000 - targetPermille);
  if (allowed <= 0) return bad <= 0 ? points : 0;
  const left = Math.min(2 * allowed, Math.max(0, 3 * allowed - bad));
  return Math.floor((points * left) / (2 * allowed));
}

/**
 * What one incident costs: up to a third of `points` for detecting it late and two
 * thirds for resolving it late (or never). Durations in ticks; -1 means "not yet".
 */
export function incidentCost(points: number, openedTick: number, detectedTick: number, resolvedTick: number, atTick: number, spec: LevelSpec['scoring']): number {
  const detectShare = Math.floor(points / 3);
  const resolveShare = points - detectShare;
  const ttd = (detectedTick >= 0 ? detectedTick : atTick) - openedTick;
  const late = detectedTick >= 0 ? Math.min(Math.max(0, ttd), spec.detectWithinTicks) : spec.detectWithinTicks;
  const detectCost = Math.floor((detectShare * late) / Math.max(1, spec.detectWithinTicks));
  if (resolvedTick < 0) return detectCost + resolveShare;
  const ttr = Math.min(Math.max(0, resolvedTick - openedTick), spec.resolveWithinTicks);
  return detectCost + Math.floor((resolveShare * ttr) / Math.max(1, spec.resolveWithinTicks));
}

/** The score's parts for the level as the world stands at `atTick` (game seconds since the start). */
export function computeScore(world: World, spec: LevelSpec, hintsTaken: readonly string[], atTick: number): ScoreBreakdown {
  const w = spec.scoring;
  const profitCents = economySummary(world).profitCents;
  const profitPoints = Math.floor(profitCents / w.centsPerPoint);

  const services: ScoreBreakdown['services'] = [];
  const n = world.services.size;
  let sloPoints = 0;
  for (const s of world.services.values()) {
    const r = runRequests(s);
    const target = s.slo.availabilityPermille;
    // Each service earns an equal part of the SLO points.
    const points = sloShare(Math.floor(w.sloPoints / n), r.good, r.total, target);
    sloPoints += points;
    services.push({ name: s.name, availabilityMilliPercent: r.total > 0 ? Math.floor((r.good * 100_000) / r.total) : 100_000, targetMilliPercent: target * 100, points });
  }

  let incidentPenalty = 0;
  for (const inc of world.ops.incidents.values()) {
    if (inc.openedTick >= atTick) continue;
    const resolved = inc.state === 'resolved' && inc.resolvedTick >= 0 && inc.resolvedTick <= atTick ? inc.resolvedTick : -1;
    const detected = inc.detectedTick >= 0 && inc.detectedTick <= atTick ? inc.detectedTick : -1;
    incidentPenalty += incidentCost(w.incidentPoints, inc.openedTick, detected, resolved, atTick, w);
  }

  let hintCost = 0;
  for (const h of spec.hints) if (hintsTaken.includes(h.id)) hintCost += h.cost;

  const total = Math.max(0, profitPoints + sloPoints - incidentPenalty - hintCost);
  return { profitCents, profitPoints, sloPoints, services, incidentPenalty, hintCost, total };
}

/** Stars for a score: the highest threshold reached; none when the level was lost. */
export function starsFor(score: number, won: boolean, stars: LevelSpec['stars']): number {
  if (!won) return 0;
  if (score >= stars.three) return 3;
  if (score >= stars.two) return 2;
  if (score >= stars.one) return 1;
  return 0;
}
