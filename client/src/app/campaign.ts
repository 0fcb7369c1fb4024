// The solo campaign as Home shows it: levels in campaign order with the profile's best
// stars, and which are open. A level opens once the one before it has at least one
// star; the first is always open. Other scenarios are grouped for the sandbox and the
// host form (benchmark worlds are for the benchmark, not for people).
import type { ScenarioInfo } from './scenarioCatalog.ts';

/** One row of GET /api/profile `progress`. */
export interface ProgressEntry {
  scenario: string;
  bestStars: number;
  bestScore: number;
  wins: number;
  plays: number;
}

export interface CampaignLevel {
  scenario: ScenarioInfo;
  number: number;
  /** 0…3. */
  bestStars: number;
  plays: number;
  unlocked: boolean;
  /** The level that has to earn a star first (null for the first level). */
  requires: ScenarioInfo | null;
}

const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);

/** The `progress` list of GET /api/profile, malformed rows left out. */
export function parseProgress(v: unknown): ProgressEntry[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((row) => {
    if (typeof row !== 'object' || row === null) return [];
    const r = row as Record<string, unknown>;
    if (typeof r.scenario !== 'string') return [];
    return [{ scenario: r.scenario, bestStars: Math.min(3, count(r.bestStars)), bestScore: count(r.bestScore), wins: count(r.wins), plays: count(r.plays) }];
  });
}

/** Best stars per scenario; a debrief seen in this page counts even before the profile is read again. */
export function mergeStars(progress: readonly ProgressEntry[], extra: ReadonlyMap<string, number> = new Map()): Map<string, { stars: number; plays: number }> {
  const out = new Map<string, { stars: number; plays: number }>();
  for (const p of progress) out.set(p.scenario, { stars: Math.max(out.get(p.scenario)?.stars ?? 0, p.bestStars), plays: p.plays });
  for (const [scenario, stars] of extra) {
    const had = out.get(scenario);
    out.set(scenario, { stars: Math.max(had?.stars ?? 0, Math.min(3, count(stars))), plays: Math.max(had?.plays ?? 0, 1) });
  }
  return out;
}

/** The campaign levels by number, each with its stars and whether it is open. */
export function buildCampaign(scenarios: readonly ScenarioInfo[], stars: ReadonlyMap<string, { stars: number; plays: number }>): CampaignLevel[] {
  const levels = scenarios.filter((s) => s.isLevel && s.level !== null).sort((a, b) => (a.level ?? 0) - (b.level ?? 0) || a.id.localeCompare(b.id));
  const out: CampaignLevel[] = [];
  levels.forEach((scenario, i) => {
    const previous = i > 0 ? out[i - 1] : undefined;
    const record = stars.get(scenario.id);
    out.push({
      scenario,
      number: scenario.level ?? i + 1,
      bestStars: record?.stars ?? 0,
      plays: record?.plays ?? 0,
      unlocked: previous === undefined || previous.bestStars >= 1,
      requires: previous?.scenario ?? null,
    });
  });
  return out;
}

/** The level after `scenarioId` in the campaign, or null at the end (or for a non-level). */
export function nextLevel(campaign: readonly CampaignLevel[], scenarioId: string): CampaignLevel | null {
  const i = campaign.findIndex((l) => l.scenario.id === scenarioId);
  return i >= 0 ? (campaign[i + 1] ?? null) : null;
}

/** Scenarios meant for people: everything but the benchmark worlds. */
export function playableScenarios(scenarios: readonly ScenarioInfo[]): ScenarioInfo[] {
  return scenarios.filter((s) => !s.id.startsWith('bench'));
}

/** Free-play scenarios (not levels), the sandbox first. */
export function sandboxScenarios(scenarios: readonly ScenarioInfo[]): ScenarioInfo[] {
  return playableScenarios(scenarios)
    .filter((s) => !s.isLevel)
    .sort((a, b) => Number(b.id === 'sandbox') - Number(a.id === 'sandbox') || a.id.localeCompare(b.id));
}

/** What a team session can be run on: the sandbox(es), then the levels in order. */
export function hostableScenarios(scenarios: readonly ScenarioInfo[]): ScenarioInfo[] {
  const levels = playableScenarios(scenarios).filter((s) => s.isLevel).sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
  return [...sandboxScenarios(scenarios), ...levels];
}
