// The campaign as Home shows it: levels in order, best stars from the profile (and from
// debriefs seen since), locks (a level opens once the previous one has a star), the next
// level, and which scenarios are offered for free play and hosting.
import { describe, expect, it } from 'vitest';
import { buildCampaign, hostableScenarios, mergeStars, nextLevel, parseProgress, sandboxScenarios } from '../../../client/src/app/campaign.ts';
import type { ScenarioInfo } from '../../../client/src/app/scenarioCatalog.ts';

function scenario(id: string, level: number | null): ScenarioInfo {
  return { id, title: { en: id, ko: id }, description: null, isLevel: level !== null, level, concepts: [], briefing: null, objectives: [], durationSeconds: null };
}

// Deliberately out of order, with non-levels mixed in.
const MENU = [scenario('level-03', 3), scenario('sandbox', null), scenario('level-01', 1), scenario('bench-10k', null), scenario('level-02', 2)];

const progress = (rows: [string, number][]) => mergeStars(rows.map(([s, stars]) => ({ scenario: s, bestStars: stars, bestScore: 0, wins: stars > 0 ? 1 : 0, plays: 1 })));

describe('buildCampaign', () => {
  it('orders levels by number and leaves other scenarios out', () => {
    expect(buildCampaign(MENU, new Map()).map((l) => l.scenario.id)).toEqual(['level-01', 'level-02', 'level-03']);
  });

  it('opens only the first level for a new profile', () => {
    const campaign = buildCampaign(MENU, new Map());
    expect(campaign.map((l) => l.unlocked)).toEqual([true, false, false]);
    expect(campaign.map((l) => l.bestStars)).toEqual([0, 0, 0]);
    expect(campaign[1]?.requires?.id).toBe('level-01');
    expect(campaign[0]?.requires).toBeNull();
  });

  it('opens a level once the previous one has at least one star', () => {
    expect(buildCampaign(MENU, progress([['level-01', 1]])).map((l) => l.unlocked)).toEqual([true, true, false]);
    expect(buildCampaign(MENU, progress([['level-01', 3], ['level-02', 2]])).map((l) => l.unlocked)).toEqual([true, true, true]);
  });

  it('keeps a level locked when the previous one was played without a star', () => {
    const campaign = buildCampaign(MENU, progress([['level-01', 0]]));
    expect(campaign.map((l) => l.unlocked)).toEqual([true, false, false]);
    expect(campaign[0]?.plays).toBe(1);
  });

  it('does not open a level because a later one has stars', () => {
    expect(buildCampaign(MENU, progress([['level-03', 3]])).map((l) => l.unlocked)).toEqual([true, false, false]);
  });
});

describe('mergeStars', () => {
  it('keeps the best of the profile and of debriefs seen in this page', () => {
    const rows = parseProgress([{ scenario: 'level-01', bestStars: 1, bestScore: 50, wins: 1, plays: 2 }]);
    const merged = mergeStars(rows, new Map([['level-01', 3], ['level-02', 0]]));
    expect(merged.get('level-01')).toEqual({ stars: 3, plays: 2 });
    expect(merged.get('level-02')).toEqual({ stars: 0, plays: 1 });
    expect(mergeStars(rows, new Map([['level-01', 0]])).get('level-01')?.stars).toBe(1);
  });
});

describe('parseProgress', () => {
  it('keeps well-formed rows and clamps stars to 0…3', () => {
    const rows = parseProgress([{ scenario: 'a', bestStars: 7, bestScore: 10, wins: 1, plays: 1 }, { scenario: 'b', bestStars: -2 }, { bestStars: 3 }, null, 'x']);
    expect(rows).toEqual([
      { scenario: 'a', bestStars: 3, bestScore: 10, wins: 1, plays: 1 },
      { scenario: 'b', bestStars: 0, bestScore: 0, wins: 0, plays: 0 },
    ]);
    expect(parseProgress({ not: 'a list' })).toEqual([]);
  });
});

describe('nextLevel and scenario groups', () => {
  it('finds the next level in campaign order, none after the last', () => {
    const campaign = buildCampaign(MENU, new Map());
    expect(nextLevel(campaign, 'level-01')?.scenario.id).toBe('level-02');
    expect(nextLevel(campaign, 'level-03')).toBeNull();
    expect(nextLevel(campaign, 'sandbox')).toBeNull();
  });

  it('offers the sandbox for free play and leaves benchmark worlds out', () => {
    expect(sandboxScenarios(MENU).map((s) => s.id)).toEqual(['sandbox']);
    expect(hostableScenarios(MENU).map((s) => s.id)).toEqual(['sandbox', 'level-01', 'level-02', 'level-03']);
  });
});
